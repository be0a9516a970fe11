import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { AppRoutes } from '../app/app-routes'
import { boardScheme } from '../board/test-scheme'
import { issuePanelReads, issueSummary, json, renderWithProviders, stubFetch } from '../test-utils'

afterEach(() => vi.unstubAllGlobals())

const columns: Record<string, string[]> = { 'To Do': ['WEB-3', 'WEB-1'], Done: ['WEB-2'] }

function renderBoard() {
  stubFetch({
    'GET /api/v1/session': () => json(200, { user: { id: 1, email: 'ada@example.com', displayName: 'Ada', siteAdmin: false }, csrfToken: 'x' }),
    'GET /api/v1/projects': () => json(200, []),
    'GET /api/v1/projects/WEB/scheme': () => json(200, boardScheme),
    'GET /api/v1/projects/WEB/members': () => json(200, []),
    'GET /api/v1/issues/columns': () =>
      json(200, Object.entries(columns).map(([status, keys]) => ({ status, statusCategory: 'new', total: keys.length, items: keys.map((key) => issueSummary(key, status, '2026-01-01T00:00:00Z')) }))),
    ...issuePanelReads(issueSummary('WEB-2', 'Done', '2026-01-01T00:00:00Z')),
    ...issuePanelReads(issueSummary('WEB-3', 'To Do', '2026-01-01T00:00:00Z')),
    ...issuePanelReads(issueSummary('WEB-1', 'To Do', '2026-01-01T00:00:00Z')),
    'GET /api/v1/search': () => json(200, { total: 0, items: [] }),
  })
  renderWithProviders(<AppRoutes />, { route: '/projects/WEB/board' })
  return { user: userEvent.setup() }
}

const card = (key: string) => screen.getByRole('link', { name: new RegExp(`^${key} `) })
const drawnAhead = () => document.querySelector<HTMLElement>('aside.panel-ahead')

async function boardShown() {
  await within(await screen.findByRole('region', { name: 'Done' })).findByText('WEB-2')
}

/** Points at `key`'s card and waits for its panel to be drawn ahead, with its description. */
async function pointAt(user: ReturnType<typeof userEvent.setup>, key: string) {
  await user.hover(card(key))
  await waitFor(() => expect(drawnAhead()).toHaveAttribute('aria-label', `Issue ${key}`))
  await within(drawnAhead()!).findByText('Full text')
  return drawnAhead()!
}

// The whole app renders here (routes, session, board, panel): more than the default 5 s on two busy cores.
describe('the issue panel drawn ahead', { timeout: 15_000 }, () => {
  it('is drawn hidden for the card pointed at, and clicking the card shows that same panel', async () => {
    const { user } = renderBoard()
    await boardShown()

    const ahead = await pointAt(user, 'WEB-2')
    expect(ahead).toHaveAttribute('aria-hidden', 'true')
    expect(screen.queryByRole('complementary')).not.toBeInTheDocument()

    await user.click(card('WEB-2'))

    const panel = await screen.findByRole('complementary', { name: 'Issue WEB-2' })
    expect(panel).toBe(ahead)
    expect(panel).not.toHaveClass('panel-ahead')
    // Shown, it draws the rest (comments and history) as any panel does.
    await within(panel).findByRole('tab', { name: 'History' })
  })

  it('follows the pointer to another card, leaves j and k to the board, and ignores Esc', async () => {
    const { user } = renderBoard()
    await boardShown()
    await pointAt(user, 'WEB-2')
    await pointAt(user, 'WEB-3')
    expect(document.querySelectorAll('aside.panel')).toHaveLength(1)

    // An open panel's j would open the issue after its own (WEB-1); the board's selects its first card.
    await user.keyboard('j')
    expect(card('WEB-3')).toHaveClass('selected')
    await new Promise((resolve) => setTimeout(resolve, 100))
    expect(screen.queryByRole('complementary')).not.toBeInTheDocument()
    await user.keyboard('{Escape}')

    await new Promise((resolve) => setTimeout(resolve, 100))
    expect(screen.queryByRole('complementary')).not.toBeInTheDocument()
    expect(drawnAhead()).toHaveAttribute('aria-label', 'Issue WEB-3')
  })

  it('leaves nothing drawn once the panel it became is closed', async () => {
    const { user } = renderBoard()
    await boardShown()
    await pointAt(user, 'WEB-2')
    await user.click(card('WEB-2'))
    await screen.findByRole('complementary', { name: 'Issue WEB-2' })

    await user.keyboard('{Escape}')

    await waitFor(() => expect(document.querySelector('aside.panel')).not.toBeInTheDocument())
  })

  it('is drawn for the issue j moves to while a panel is open, and j shows it', async () => {
    const { user } = renderBoard()
    await boardShown()
    await user.click(card('WEB-3'))
    await screen.findByRole('complementary', { name: 'Issue WEB-3' })

    await waitFor(() => expect(drawnAhead()).toHaveAttribute('aria-label', 'Issue WEB-1'))
    const ahead = drawnAhead()!
    await within(ahead).findByText('Full text')
    await user.keyboard('j')

    expect(await screen.findByRole('complementary', { name: 'Issue WEB-1' })).toBe(ahead)
    // The next one along is in Done: it is drawn ahead in its turn; closing forgets it.
    await waitFor(() => expect(drawnAhead()).toHaveAttribute('aria-label', 'Issue WEB-2'))
    await user.keyboard('{Escape}')
    await waitFor(() => expect(document.querySelector('aside.panel')).not.toBeInTheDocument())
  })

  it('is forgotten on a move to another page', async () => {
    const { user } = renderBoard()
    await boardShown()
    await pointAt(user, 'WEB-2')

    await user.click(screen.getByRole('link', { name: /^Issues$/ }))

    await screen.findByRole('heading', { name: /Issues/ })
    await waitFor(() => expect(document.querySelector('aside.panel')).not.toBeInTheDocument())
  })

  it('is not drawn while a button is held, as when a card is dragged over others', async () => {
    const { user } = renderBoard()
    await boardShown()
    fireEvent.pointerDown(document.body)

    await user.hover(card('WEB-2'))
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(drawnAhead()).toBeNull()

    fireEvent.pointerUp(document.body)
    await pointAt(user, 'WEB-3')
  })
})
