import { afterEach, describe, expect, it, vi } from 'vitest'
import { json, stubFetch } from '../test-utils'
import { ApiError } from './http'
import { jqlApi, jqlError } from './jql'
import { searchApi } from './search'

afterEach(() => vi.unstubAllGlobals())

const invalid = {
  type: 'about:blank',
  title: 'Invalid JQL',
  status: 400,
  detail: "The value 'Doen' does not exist for the field 'status'. (line 1, character 10)",
  errorMessages: ["The value 'Doen' does not exist for the field 'status'. (line 1, character 10)"],
  line: 1,
  character: 10,
}

describe('jql api', () => {
  it('asks for suggestions at the caret', async () => {
    let asked: URL | undefined
    stubFetch({
      'GET /api/v1/jql/autocomplete': (_, url) => {
        asked = url
        return json(200, { replaceFrom: 0, replaceTo: 2, suggestions: [] })
      },
    })

    await jqlApi.autocomplete('st = "a&b"', 2)

    expect(asked?.searchParams.get('jql')).toBe('st = "a&b"')
    expect(asked?.searchParams.get('cursor')).toBe('2')
  })

  it('turns a refused search into the JQL problem and its position', async () => {
    stubFetch({ 'GET /api/v1/search': () => json(400, invalid, 'application/problem+json') })

    const error = await searchApi.search({ jql: 'status = Doen' }).catch((caught: unknown) => caught)

    expect(jqlError(error)).toEqual({ message: invalid.errorMessages[0], line: 1, character: 10 })
  })

  it('finds no JQL problem in other refusals', () => {
    expect(jqlError(new ApiError({ status: 400, title: 'Bad Request', errors: [{ field: 'name', message: 'must not be blank' }] }))).toBeUndefined()
    expect(jqlError(new ApiError({ status: 409, title: 'Conflict', line: 1 }))).toBeUndefined()
    expect(jqlError(new Error('offline'))).toBeUndefined()
  })
})
