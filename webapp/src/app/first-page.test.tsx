import { renderHook, waitFor } from '@testing-library/react'
import type { ReactNode } from 'react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { BOARD_PAGE_SIZE, useBoardColumns, useBoardLanes } from '../board/use-board'
import { useScheme } from '../projects/use-projects'
import { Providers, testQueryClient } from '../test-utils'
import { chosenGrouping } from '../board/lanes-state'
import { firstPageReady, prefetchFirstPage } from './first-page'
import { useSession } from './session'
import indexHtml from '../../index.html?raw'

afterEach(() => {
  vi.restoreAllMocks()
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

  it('asks for the swimlanes instead of the columns when the board is grouped, by its URL or as last chosen', async () => {
    localStorage.setItem('meridian.board.lanes.WEB', 'epic')
    const remembered = holdRequests()
    prefetchFirstPage(testQueryClient(), '/projects/WEB/board')
    await waitFor(() => expect(remembered.held).toHaveLength(4))
    expect(remembered.urls()).toContain('/api/v1/issues/lanes?project=WEB&by=epic&size=20')
    expect(remembered.urls().filter((url) => url.includes('/columns'))).toEqual([])

    const linked = holdRequests()
    prefetchFirstPage(testQueryClient(), '/projects/WEB/board', '?lanes=assignee')
    await waitFor(() => expect(linked.held).toHaveLength(4))
    expect(linked.urls()).toContain('/api/v1/issues/lanes?project=WEB&by=assignee&size=20')
  })

  it.each([
    ['/projects/WEB/board', ''],
    ['/projects/WEB/board', '?lanes=assignee'],
    ['/projects/WEB/board', '?lanes=none'],
    ['/issues/WEB-7', ''],
    ['/', ''],
  ])("hands every answer index.html's first script asked for at %s%s to the board's own requests", async (pathname, search) => {
    vi.spyOn(performance, 'now').mockReturnValue(1_000)
    localStorage.setItem('meridian.lastProject', 'WEB')
    localStorage.setItem('meridian.board.lanes.WEB', 'epic')
    const { held, fetchMock } = holdRequests()
    window.history.replaceState(null, '', pathname + search)
    new Function(firstScript())()
    const early = Object.keys(window.meridianEarly ?? {})
    expect(early.some((url) => url.startsWith('/api/v1/issues/'))).toBe(true)

    const client = testQueryClient()
    prefetchFirstPage(client, pathname, search)
    const grouping = chosenGrouping(new URLSearchParams(pathname.startsWith('/projects/') ? search : ''), 'WEB', localStorage)
    const filters = { assignee: undefined, type: undefined, label: undefined, text: undefined }
    const wrapper = ({ children }: { children: ReactNode }) => <Providers client={client}>{children}</Providers>
    // What the board page asks for on a first load, grouped as it will be.
    renderHook(() => [useBoardColumns('WEB', {}, BOARD_PAGE_SIZE, filters, grouping === 'none'), useBoardLanes('WEB', grouping, {}, filters)], { wrapper })
    await new Promise((resolve) => setTimeout(resolve, 20))

    expect(Object.keys(window.meridianEarly ?? {})).toEqual([])
    expect(fetchMock).toHaveBeenCalledTimes(early.length)
    expect(held.map((request) => request.url).sort()).toEqual(early.sort())
  })

  it.each([
    ['/projects/WEB/board', '', undefined],
    ['/projects/WEB/board', '', 'epic'],
    ['/projects/WEB/board', '?lanes=assignee', undefined],
    ['/projects/WEB/board', '?lanes=none', 'epic'],
    ['/projects/WEB/board', '?lanes=nonsense', 'assignee'],
    ['/issues/WEB-7', '', undefined],
    ['/issues/WEB-7', '?lanes=assignee', 'epic'],
    ['/', '', undefined],
    ['/', '?lanes=assignee', 'epic'],
    ['/login', '', undefined],
    ['/search', '', undefined],
    ['/projects/WEB/backlog', '', 'epic'],
  ])("is asked for at %s%s (lanes remembered: %s) by index.html's first script already, path for path", async (pathname, search, remembered) => {
    localStorage.setItem('meridian.lastProject', 'WEB')
    if (remembered) localStorage.setItem('meridian.board.lanes.WEB', remembered)
    const app = holdRequests()
    prefetchFirstPage(testQueryClient(), pathname, search)
    await waitFor(() => expect(app.held.length).toBeGreaterThan(0))
    await new Promise((resolve) => setTimeout(resolve, 20))
    const asked = app.urls()

    const page = holdRequests()
    window.history.replaceState(null, '', pathname + search)
    new Function(firstScript())()

    expect(page.urls()).toEqual(asked)
    expect(Object.keys(window.meridianEarly ?? {}).sort()).toEqual(asked)
  })
})

/** The inline script of index.html's head. */
function firstScript(): string {
  const script = /<script>([\s\S]*?)<\/script>/.exec(indexHtml)?.[1]
  if (!script) throw new Error('index.html has no inline script')
  return script
}

