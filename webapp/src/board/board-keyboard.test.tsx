import { act, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { AppRoutes } from '../app/app-routes'
import { preloadIssuePanel } from '../issue-view/issue-panel-loader'
import { issuePanelReads, issueSummary, json, renderWithProviders, stubFetch } from '../test-utils'
import { boardScheme } from './test-scheme'

const ada = { id: 1, email: 'ada@example.com', displayName: 'Ada' }
const scheme = boardScheme
const shortColumns: Record<string, string[]> = { 'To Do': ['WEB-3', 'WEB-1'], Done: ['WEB-2'] }
let columns = shortColumns
const summaries: Record<string, string> = { 'WEB-1': 'DataNode stalls', 'WEB-2': 'Upload fails' }
/** Answers for a filtered board wait for this, so what the board shows before the server answers can be seen. */
let filtered = Promise.resolve()
let issue = () =>
  json(200, { ...issueSummary('WEB-2', 'Done', '2026-01-01T00:00:00Z'), summary: 'Upload fails', id: 2, description: 'Full text', creator: null, components: [], fixVersions: [], affectsVersions: [], subtaskKeys: [], links: [] })

afterEach(() => {
  vi.unstubAllGlobals()
  vi.restoreAllMocks()
  columns = shortColumns
})

function stubBoard() {
  return stubFetch({
    'GET /api/v1/session': () => json(200, { user: { ...ada, siteAdmin: false }, csrfToken: 'x' }),
    'GET /api/v1/projects': () => json(200, []),
    'GET /api/v1/projects/WEB/scheme': () => json(200, scheme),
    'GET /api/v1/projects/WEB/members': () => json(200, []),
    'GET /api/v1/issues/columns': (_, url) =>
      (url.searchParams.get('text') ? filtered : Promise.resolve()).then(() => json(
        200,
        Object.entries(columns).map(([status, keys]) => {
          const text = url.searchParams.get('text')?.toLowerCase()
          const items = keys
            .map((key) => issueSummary(key, status, '2026-01-01T00:00:00Z', { summary: summaries[key] ?? `Summary of ${key}` }))
            .filter((issue) => !text || issue.summary.toLowerCase().includes(text))
          return { status, statusCategory: 'new', total: items.length + (text ? 0 : 100), items }
        }),
      )) as unknown as Response,
    'GET /api/v1/issues/WEB-2': () => issue(),
    'GET /api/v1/issues/WEB-2/comments': () => json(200, []),
    'GET /api/v1/issues/WEB-2/worklogs': () => json(200, []),
    'GET /api/v1/issues/WEB-2/watchers': () => json(200, []),
    ...issuePanelReads(issueSummary('WEB-1', 'To Do', '2026-01-01T00:00:00Z', { summary: 'DataNode stalls' })),
  })
}

function renderBoard() {
  const fetch = stubBoard()
  renderWithProviders(<AppRoutes />, { route: '/projects/WEB/board' })
  return { user: userEvent.setup(), fetch }
}

const card = (key: string) => screen.getByRole('link', { name: new RegExp(`^${key} `) })
const boardShown = async () => within(await screen.findByRole('region', { name: 'Done' })).findByText('WEB-2')

// The whole app renders here (routes, session, board, panel): more than the default 5 s on two busy cores.
describe('the board’s keyboard', { timeout: 15_000 }, () => {
  it('walks the cards column by column, top to bottom, with j and k, ringing the selected one', async () => {
    const { user } = renderBoard()
    await boardShown()

    await user.keyboard('j')
    expect(card('WEB-3')).toHaveFocus()
    await user.keyboard('jj')
    expect(card('WEB-2')).toHaveFocus()
    expect(card('WEB-2')).toHaveClass('selected')
    await user.keyboard('k')
    expect(card('WEB-1')).toHaveFocus()
  })

  it('brings a card outside a long column’s window into the page with j, focused and scrolled to', async () => {
    // jsdom lays nothing out: the sizes a browser would give the column and its cards.
    vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(600)
    vi.spyOn(HTMLElement.prototype, 'offsetHeight', 'get').mockReturnValue(92)
    const scrolledTo = vi.fn()
    Element.prototype.scrollIntoView = scrolledTo
    columns = { 'To Do': Array.from({ length: 120 }, (_, i) => `WEB-${100 + i}`), Done: ['WEB-2'] }
    const { user } = renderBoard()
    await boardShown()
    // The cards just beyond the window's edge are drawn once its first frame is painted: counted after that.
    await act(() => new Promise<void>((done) => requestAnimationFrame(() => setTimeout(done))))
    const todo = screen.getByRole('region', { name: 'To Do' })
    const inWindow = within(todo).getAllByRole('link').length
    expect(inWindow).toBeGreaterThan(2)
    expect(inWindow).toBeLessThan(30)
    expect(screen.queryByRole('link', { name: /^WEB-139 / })).not.toBeInTheDocument()

    await user.keyboard('j'.repeat(40))

    expect(card('WEB-139')).toHaveFocus()
    expect(card('WEB-139')).toHaveClass('selected')
    expect(scrolledTo.mock.contexts.at(-1)).toBe(card('WEB-139'))
    expect(within(todo).getAllByRole('link').length).toBeLessThanOrEqual(inWindow + 1)
    await user.keyboard('k')
    expect(card('WEB-138')).toHaveFocus()
  })

  it('opens the selected card with Enter, leaves k to the panel, and Esc comes back to the card of the issue then open', async () => {
    const { user } = renderBoard()
    await boardShown()
    await preloadIssuePanel()
    await user.keyboard('jjj{Enter}')
    await within(await screen.findByRole('complementary', { name: 'Issue WEB-2' })).findByRole('heading', { name: 'Upload fails' }, { timeout: 5000 })

    await user.keyboard('k')
    const panel = await screen.findByRole('complementary', { name: 'Issue WEB-1' }, { timeout: 5000 })
    // The card of the issue the panel went on to is selected, and the focus stays in the panel.
    await waitFor(() => expect(card('WEB-1')).toHaveClass('selected'))
    expect(card('WEB-2')).not.toHaveClass('selected')
    expect(card('WEB-1')).not.toHaveFocus()
    await user.keyboard('{Escape}')
    await waitFor(() => expect(panel).not.toBeInTheDocument())
    // The focus goes back in the frame after the panel closes, to the issue it showed last.
    await waitFor(() => expect(card('WEB-1')).toHaveFocus())
  })
})

describe('the board', { timeout: 15_000 }, () => {
  it('reads all its columns in one request', async () => {
    const { fetch } = renderBoard()
    await boardShown()

    const reads = fetch.mock.calls.map(([input]) => new URL(String(input), 'http://localhost').pathname).filter((path) => path.startsWith('/api/v1/issues'))
    expect(reads).toEqual(['/api/v1/issues/columns'])
  })

  it('filters the loaded cards as the text is typed, then shows the server’s count for the whole column', async () => {
    let answer: () => void = () => {}
    filtered = new Promise((resolve) => (answer = resolve))
    const { user } = renderBoard()
    await boardShown()
    const todo = screen.getByRole('region', { name: 'To Do' })

    await user.type(screen.getByLabelText('Filter cards'), 'datanode')

    // At once, from the cards loaded: WEB-3 is gone, and the count is a lower bound (the column has more cards).
    expect(within(todo).queryByText('WEB-3')).not.toBeInTheDocument()
    expect(within(todo).getByText('WEB-1')).toBeInTheDocument()
    expect(within(todo).getByText('1+')).toBeInTheDocument()
    // Then from the server, for the whole column.
    answer()
    expect(await within(todo).findByText('1')).toBeInTheDocument()
  })

  it('opens a card’s panel with what the card shows while the issue loads, then the whole issue', async () => {
    let answer: (response: Response) => void = () => {}
    issue = () => new Promise<Response>((resolve) => (answer = resolve)) as unknown as Response
    const { user } = renderBoard()
    await boardShown()

    await user.click(card('WEB-2'))

    const panel = await screen.findByRole('complementary', { name: 'Issue WEB-2' })
    expect(within(panel).getByRole('heading', { name: 'Upload fails' })).toBeInTheDocument()
    expect(within(panel).getByText('Loading WEB-2…')).toBeInTheDocument()
    answer(json(200, { ...issueSummary('WEB-2', 'Done', '2026-01-01T00:00:00Z'), summary: 'Upload fails', id: 2, description: 'Full text', creator: null, components: [], fixVersions: [], affectsVersions: [], subtaskKeys: [], links: [] }))
    expect(await within(panel).findByText('Full text')).toBeInTheDocument()
  })
})
