// @vitest-environment node
import { describe, expect, it } from 'vitest'
import type { Filter } from '../api/filters'
import { ApiError } from '../api/http'
import { draftOf, filterProblems, toChanges, validateFilter } from './filter-form'

const draft = { name: 'My bugs', description: '', jql: 'type = Bug', projectKey: '' }

describe('validateFilter', () => {
  it('needs a name', () => {
    expect(validateFilter({ ...draft, name: '   ' }, [])).toEqual({ name: 'Name is required' })
  })

  it('refuses a name longer than the server keeps', () => {
    expect(validateFilter({ ...draft, name: 'x'.repeat(256) }, [])).toEqual({ name: 'Name must be at most 255 characters' })
    expect(validateFilter({ ...draft, name: 'x'.repeat(255) }, [])).toEqual({})
  })

  it('refuses a name the user already gave another filter', () => {
    expect(validateFilter({ ...draft, name: ' My bugs ' }, ['My bugs'])).toEqual({ name: 'You already have a filter named “My bugs”' })
    expect(validateFilter({ ...draft, name: 'MY BUGS' }, ['My bugs'])).toEqual({ name: 'You already have a filter named “MY BUGS”' })
    expect(validateFilter(draft, ['Team bugs'])).toEqual({})
  })
})

describe('toChanges', () => {
  it('trims, drops an empty description and makes an empty project private', () => {
    expect(toChanges({ name: ' My bugs ', description: '  ', jql: ' type = Bug \n', projectKey: '' })).toEqual({
      name: 'My bugs',
      jql: 'type = Bug',
      description: undefined,
      projectKey: null,
    })
    expect(toChanges({ ...draft, projectKey: 'WEB', description: 'Mine' })).toMatchObject({ projectKey: 'WEB', description: 'Mine' })
  })

  it('starts from the filter being edited with the query on screen', () => {
    const filter = { name: 'Old', description: null, projectKey: 'WEB', jql: 'x = 1' } as Filter
    expect(draftOf(filter, 'x = 2')).toEqual({ name: 'Old', description: '', jql: 'x = 2', projectKey: 'WEB' })
  })
})

describe('filterProblems', () => {
  it('puts invalid JQL under the query', () => {
    const error = new ApiError({ status: 400, title: 'Invalid JQL', errorMessages: ['Bad (line 1, character 3)'], line: 1, character: 3 })
    expect(filterProblems(error)).toEqual({ byField: { jql: 'Bad (line 1, character 3)' }, general: null })
  })

  it('puts a taken name under the name', () => {
    expect(filterProblems(new ApiError({ status: 409, title: 'Conflict', detail: 'You already have a filter named My bugs' }))).toEqual({
      byField: { name: 'You already have a filter named My bugs' },
      general: null,
    })
  })

  it('shows field errors under their fields and anything else on its own', () => {
    const invalid = new ApiError({ status: 400, title: 'Bad Request', errors: [{ field: 'description', message: 'too long' }] })
    expect(filterProblems(invalid)).toEqual({ byField: { description: 'too long' }, general: null })
    expect(filterProblems(new ApiError({ status: 403, title: 'Forbidden', detail: 'Not yours' }))).toEqual({ byField: {}, general: 'Not yours' })
    expect(filterProblems(null)).toEqual({ byField: {}, general: null })
  })
})
