import { describe, expect, it } from 'vitest'
import { ApiError } from '../api/http'
import type { Issue, IssueLink } from '../api/issues'
import { linkProblems, validateLink } from './link-form'

const blocking: IssueLink = { id: 1, type: 'Blocks', direction: 'outward', description: 'blocks', key: 'WEB-2', summary: 'Other', status: 'To Do' }
const issue = { key: 'WEB-1', links: [blocking] } as Issue

describe('validateLink', () => {
  it('accepts a key in any case with spaces around it', () => {
    expect(validateLink({ type: 'relates to', otherKey: '  ops-12 ' }, issue)).toEqual({})
  })

  it('asks for a key, and for one shaped like a key', () => {
    expect(validateLink({ type: 'blocks', otherKey: ' ' }, issue).otherKey).toMatch(/Enter the key/)
    expect(validateLink({ type: 'blocks', otherKey: 'WEB 12' }, issue).otherKey).toBe('“WEB 12” is not an issue key, like WEB-12')
    expect(validateLink({ type: 'blocks', otherKey: 'WEB-0' }, issue).otherKey).toMatch(/not an issue key/)
  })

  it('refuses a link to the issue itself and one it already has', () => {
    expect(validateLink({ type: 'blocks', otherKey: 'web-1' }, issue).otherKey).toBe('An issue cannot be linked to itself')
    expect(validateLink({ type: 'blocks', otherKey: 'WEB-2' }, issue).otherKey).toBe('WEB-1 already blocks WEB-2')
    expect(validateLink({ type: 'is blocked by', otherKey: 'WEB-2' }, issue)).toEqual({})
  })
})

describe('linkProblems', () => {
  it('puts a missing issue and the server’s field errors under their fields', () => {
    expect(linkProblems(new ApiError({ status: 404, title: 'Not Found', detail: 'Issue WEB-99 not found' }))).toEqual({ otherKey: 'Issue WEB-99 not found' })
    expect(
      linkProblems(new ApiError({ status: 400, title: 'Bad Request', errors: [{ field: 'type', message: "'x' is not a link type" }] })),
    ).toEqual({ otherKey: undefined, type: "'x' is not a link type" })
  })

  it('keeps any other refusal general', () => {
    expect(linkProblems(new ApiError({ status: 403, title: 'Forbidden', detail: 'Viewers cannot change issues' }))).toEqual({
      general: 'Viewers cannot change issues',
    })
    expect(linkProblems(null)).toEqual({})
  })
})
