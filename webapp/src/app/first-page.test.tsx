import { renderHook, waitFor } from '@testing-library/react'
import type { ReactNode } from 'react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { BOARD_PAGE_SIZE, useBoardColumns } from '../board/use-board'
import { useScheme } from '../projects/use-projects'
import { Providers, testQueryClient } from '../test-utils'
import { firstPageReady, prefetchFirstPage } from './first-page'
import { useSession } from './session'
import indexHtml from '../../index.html?raw'

afterEach(() => {
  vi.unstubAllGlobals()
  localStorage.clear()
  delete window.meridianEarly
  window.history.replaceState(null, '', '/')
})

/** Every request is held until `answer` is called, so what is sent before any answer shows the waterfall, or none. */
function holdRequests() {
  const held: { url: string; answer: (body: unknown) => void }[] = []
  const fetchMock = vi.fn(
    (input: RequestInfo | URL) =>
      new Promise<Response>((resolve) => {
        const url = String(input)
        held.push({ url, answer: (body) => resolve(new Response(JSON.stringify(body), { status: 200 })) })
      }),
  )
  vi.stubGlobal('fetch', fetchMock)
  return { held, fetchMock, urls: () => held.map((request) => request.url).sort() }
}

describe('prefetchFirstPage', () => {
  it('asks for the session and everything a board shows first at once, none waiting for another', async () => {
    const { urls } = holdRequests()

    prefetchFirstPage(testQueryClient(), '/projects/WEB/board')

    await waitFor(() =>
      expect(urls()).toEqual([
        '/api/v1/issues/columns?project=WEB&size=50',
        '/api/v1/projects',
        '/api/v1/projects/WEB/scheme',
        '/api/v1/session',
      ]),
    )
  })

  it('hands its answers to the board, which sends no second request for them', async () => {
    const { held, fetchMock } = holdRequests()
    const client = testQueryClient()
    prefetchFirstPage(client, '/projects/WEB/board')
    await waitFor(() => expect(held).toHaveLength(4))

    const wrapper = ({ children }: { children: ReactNode }) => <Providers client={client}>{children}</Providers>
    const { result } = renderHook(
      () => ({
        session: useSession(),
        scheme: useScheme('WEB'),
        // What the board page asks for on a first load: no filter, no column asked for more cards.
        columns: useBoardColumns('WEB', {}, BOARD_PAGE_SIZE, { assignee: undefined, text: undefined }),
      }),
      { wrapper },
    )
    for (const request of held) {
      if (request.url.startsWith('/api/v1/issues/columns')) request.answer([{ status: 'To Do', statusCategory: 'new', total: 0, items: [] }])
      else if (request.url === '/api/v1/session') request.answer({ user: null, csrfToken: '' })
      else request.answer({})
    }

    await waitFor(() => expect(result.current.columns.data?.[0].status).toBe('To Do'))
    expect(result.current.session.data?.user).toBeNull()
    expect(fetchMock).toHaveBeenCalledTimes(4)
  })

  it('is ready once every answer the board draws first is in, so the first render has the cards', async () => {
    const { held } = holdRequests()
    let ready = false
    void firstPageReady(prefetchFirstPage(testQueryClient(), '/projects/WEB/board'), 60_000).then(() => (ready = true))
    await waitFor(() => expect(held).toHaveLength(4))

    for (const request of held.filter((request) => !request.url.startsWith('/api/v1/issues/columns'))) request.answer({})
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(ready).toBe(false)
    held.find((request) => request.url.startsWith('/api/v1/issues/columns'))!.answer([])
    await waitFor(() => expect(ready).toBe(true))
  })

  it('does not hold the first render back longer than its limit when an answer is slow', async () => {
    holdRequests()
    const started = performance.now()

    await firstPageReady(prefetchFirstPage(testQueryClient(), '/projects/WEB/board'), 50)

    expect(performance.now() - started).toBeGreaterThanOrEqual(45)
  })

  it('asks only for the session on the login page', async () => {
    const { urls } = holdRequests()

    prefetchFirstPage(testQueryClient(), '/login')

    await waitFor(() => expect(urls()).toEqual(['/api/v1/session']))
  })

  it('loads an issue opened by its link together with the board it is shown over', async () => {
    const { urls } = holdRequests()

    prefetchFirstPage(testQueryClient(), '/issues/WEB-7')

    await waitFor(() => expect(urls()).toContain('/api/v1/issues/WEB-7'))
    expect(urls()).toEqual(
      expect.arrayContaining(['/api/v1/session', '/api/v1/issues/columns?project=WEB&size=50', '/api/v1/issues/WEB-7/comments']),
    )
  })

  it.each(['/projects/WEB/board', '/issues/WEB-7', '/', '/login', '/search', '/projects/WEB/backlog'])(
    "is asked for at %s by index.html's first script already, path for path",
    async (pathname) => {
      localStorage.setItem('meridian.lastProject', 'WEB')
      const app = holdRequests()
      prefetchFirstPage(testQueryClient(), pathname)
      await waitFor(() => expect(app.held.length).toBeGreaterThan(0))
      await new Promise((resolve) => setTimeout(resolve, 20))
      const asked = app.urls()

      const page = holdRequests()
      window.history.replaceState(null, '', pathname)
      new Function(firstScript())()

      expect(page.urls()).toEqual(asked)
      expect(Object.keys(window.meridianEarly ?? {}).sort()).toEqual(asked)
    },
  )
})

/** The inline script of index.html's head. */
function firstScript(): string {
  const script = /<script>([\s\S]*?)<\/script>/.exec(indexHtml)?.[1]
  if (!script) throw new Error('index.html has no inline script')
  return script
}

