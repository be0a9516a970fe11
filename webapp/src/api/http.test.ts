import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { json, stubFetch } from '../test-utils'
import { ApiError, http, withQuery } from './http'
import { allowedStatuses, staleCurrent } from './issues'

afterEach(() => vi.unstubAllGlobals())

describe('http', () => {
  beforeEach(() => {
    document.cookie = 'XSRF-TOKEN=abc%2D123'
  })

  it('maps a problem+json answer to an ApiError with its field errors', async () => {
    stubFetch({
      'POST /api/v1/issues': () =>
        json(
          400,
          {
            status: 400,
            title: 'Bad Request',
            detail: 'summary: must not be blank',
            errors: [
              { field: 'summary', message: 'must not be blank' },
              { field: 'summary', message: 'size must be at most 255' },
              { field: 'type', message: "'Bogus' is not a type of WEB" },
            ],
          },
          'application/problem+json',
        ),
    })
    const error = await http.post('/api/v1/issues', {}).catch((caught: unknown) => caught)

    expect(error).toBeInstanceOf(ApiError)
    const problem = error as ApiError
    expect(problem.status).toBe(400)
    expect(problem.message).toBe('summary: must not be blank')
    expect(problem.messagesByField).toEqual({
      summary: 'must not be blank; size must be at most 255',
      type: "'Bogus' is not a type of WEB",
    })
  })

  it('keeps problem extensions such as the current issue of a stale edit and the allowed statuses', async () => {
    const current = { key: 'WEB-1', summary: 'Theirs', version: 3 }
    stubFetch({
      'PATCH /api/v1/issues/WEB-1': () => json(409, { status: 409, title: 'Conflict', current }),
      'POST /api/v1/issues/WEB-1/transitions': () => json(409, { status: 409, title: 'Conflict', allowed: ['In Progress', 'Done'] }),
    })

    const stale = await http.patch('/api/v1/issues/WEB-1', { summary: 'Mine', version: 2 }).catch((caught: unknown) => caught)
    const refused = await http.post('/api/v1/issues/WEB-1/transitions', { status: 'In Review' }).catch((caught: unknown) => caught)

    expect(staleCurrent(stale)).toEqual(current)
    expect(allowedStatuses(stale)).toBeUndefined()
    expect(allowedStatuses(refused)).toEqual(['In Progress', 'Done'])
  })

  it('turns a non-JSON failure into an ApiError carrying the status text', async () => {
    stubFetch({ 'GET /api/v1/projects': () => new Response('<html>Bad gateway</html>', { status: 502, statusText: 'Bad Gateway' }) })
    const error = (await http.get('/api/v1/projects').catch((caught: unknown) => caught)) as ApiError

    expect(error.status).toBe(502)
    expect(error.problem.title).toBe('Bad Gateway')
    expect(error.fieldErrors).toEqual([])
  })

  it('reports an unreachable server as status 0', async () => {
    vi.stubGlobal('fetch', vi.fn().mockRejectedValue(new TypeError('Failed to fetch')))
    const error = (await http.get('/api/v1/projects').catch((caught: unknown) => caught)) as ApiError

    expect(error.status).toBe(0)
    expect(error.message).toMatch(/Could not reach the server/)
  })

  it('sends the XSRF cookie as a header on changes and X-Requested-With on every call', async () => {
    const fetchMock = stubFetch({
      'GET /api/v1/projects': () => json(200, []),
      'DELETE /api/v1/myself/tokens/7': () => json(204, null),
    })

    await http.get('/api/v1/projects')
    await expect(http.delete('/api/v1/myself/tokens/7')).resolves.toBeUndefined()

    const [getHeaders, deleteHeaders] = fetchMock.mock.calls.map(([, init]) => init?.headers as Record<string, string>)
    expect(getHeaders['X-Requested-With']).toBe('XMLHttpRequest')
    expect(getHeaders['X-XSRF-TOKEN']).toBeUndefined()
    expect(deleteHeaders['X-XSRF-TOKEN']).toBe('abc-123')
  })

  it('reads the session first when a change is about to be sent without an XSRF cookie', async () => {
    document.cookie = 'XSRF-TOKEN=; expires=Thu, 01 Jan 1970 00:00:00 GMT'
    const fetchMock = stubFetch({
      'GET /api/v1/session': () => {
        document.cookie = 'XSRF-TOKEN=fresh'
        return json(200, { user: null, csrfToken: 'masked' })
      },
      'POST /api/v1/session': () => json(200, { user: { id: 1 }, csrfToken: 'masked' }),
    })

    await http.post('/api/v1/session', { email: 'a@b.c', password: 'pw' })

    expect(fetchMock).toHaveBeenCalledTimes(2)
    expect((fetchMock.mock.calls[1][1]?.headers as Record<string, string>)['X-XSRF-TOKEN']).toBe('fresh')
  })
})

describe('withQuery', () => {
  it('leaves out empty parameters', () => {
    expect(withQuery('/api/v1/issues', { project: 'WEB', status: '', assignee: undefined, page: 0, text: 'a b' })).toBe(
      '/api/v1/issues?project=WEB&page=0&text=a+b',
    )
  })

  it('repeats a parameter for each value of a list', () => {
    expect(withQuery('/api/v1/issues/columns', { project: 'WEB', columnSize: ['Done:200', 'In Review:350'] })).toBe(
      '/api/v1/issues/columns?project=WEB&columnSize=Done%3A200&columnSize=In+Review%3A350',
    )
  })
})
