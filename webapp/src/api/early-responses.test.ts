import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { json, stubFetch } from '../test-utils'
import { http } from './http'

// The page has just loaded, as in a browser; a shared test worker's clock has run far longer.
beforeEach(() => vi.spyOn(performance, 'now').mockReturnValue(1_000))

afterEach(() => {
  vi.unstubAllGlobals()
  vi.restoreAllMocks()
  delete window.meridianEarly
})

describe('early responses', () => {
  it('hands an answer index.html asked for to the first request for its path, and asks the server for the next', async () => {
    window.meridianEarly = { '/api/v1/projects': Promise.resolve(json(200, [{ key: 'EARLY' }])) }
    const fetchMock = stubFetch({ 'GET /api/v1/projects': () => json(200, [{ key: 'LATER' }]) })

    expect(await http.get('/api/v1/projects')).toEqual([{ key: 'EARLY' }])
    expect(fetchMock).not.toHaveBeenCalled()
    expect(await http.get('/api/v1/projects')).toEqual([{ key: 'LATER' }])
    expect(fetchMock).toHaveBeenCalledTimes(1)
  })

  it('asks again when the early request failed', async () => {
    window.meridianEarly = { '/api/v1/projects': Promise.reject(new TypeError('Failed to fetch')) }
    stubFetch({ 'GET /api/v1/projects': () => json(200, [{ key: 'LATER' }]) })

    expect(await http.get('/api/v1/projects')).toEqual([{ key: 'LATER' }])
  })

  it('keeps an early answer out of a change, and out of another path', async () => {
    const early = json(200, [{ key: 'EARLY' }])
    window.meridianEarly = { '/api/v1/projects': Promise.resolve(early) }
    document.cookie = 'XSRF-TOKEN=abc'
    stubFetch({ 'POST /api/v1/projects': () => json(201, { key: 'NEW' }), 'GET /api/v1/projects/WEB': () => json(200, { key: 'WEB' }) })

    expect(await http.post('/api/v1/projects', { key: 'NEW' })).toEqual({ key: 'NEW' })
    expect(await http.get('/api/v1/projects/WEB')).toEqual({ key: 'WEB' })
    expect(window.meridianEarly['/api/v1/projects']).toBeDefined()
  })

  it('does not hand out an answer asked for long ago', async () => {
    vi.spyOn(performance, 'now').mockReturnValue(60_000)
    window.meridianEarly = { '/api/v1/projects': Promise.resolve(json(200, [{ key: 'OLD' }])) }
    stubFetch({ 'GET /api/v1/projects': () => json(200, [{ key: 'FRESH' }]) })

    expect(await http.get('/api/v1/projects')).toEqual([{ key: 'FRESH' }])
  })
})
