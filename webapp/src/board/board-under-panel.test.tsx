import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import type { ComponentProps } from 'react'
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest'
import { preloadIssuePanel } from '../issue-view/issue-panel-loader'
import { issuePanelReads, issueSummary, json, renderWithProviders, stubFetch } from '../test-utils'
import { boardScheme } from './test-scheme'
import { AppRoutes } from '../app/app-routes'

// The board's cards drawn again (CardLink renders), by key.
const drawn = vi.hoisted(() => ({ cards: [] as string[] }))
vi.mock('../board/card-link', async (original) => {
  const actual = await original<typeof import('../board/card-link')>()
  return {
    CardLink: (props: ComponentProps<typeof actual.CardLink>) => {
      drawn.cards.push(props.issueKey)
      return actual.CardLink(props)
    },
  }
})
afterAll(() => {
  vi.doUnmock('../board/card-link')
})
afterEach(() => vi.unstubAllGlobals())

const scheme = boardScheme
const columns: Record<string, string[]> = { 'To Do': ['WEB-3', 'WEB-1'], Done: ['WEB-2'] }

function renderBoard(route = '/projects/WEB/board', more: Record<string, () => Response> = {}) {
  stubFetch({
    'GET /api/v1/session': () => json(200, { user: { id: 1, email: 'ada@example.com', displayName: 'Ada', siteAdmin: false }, csrfToken: 'x' }),
    'GET /api/v1/projects': () => json(200, []),
    'GET /api/v1/projects/WEB/scheme': () => json(200, scheme),
    'GET /api/v1/projects/WEB/members': () => json(200, []),
    'GET /api/v1/issues/columns': () =>
      json(200, Object.entries(columns).map(([status, keys]) => ({ status, statusCategory: 'new', total: keys.length, items: keys.map((key) => issueSummary(key, status, '2026-01-01T00:00:00Z')) }))),
    'GET /api/v1/issues/lanes': () => {
      const cells = Object.entries(columns).map(([status, keys]) => ({ status, statusCategory: 'new', total: keys.length, items: keys.map((key) => issueSummary(key, status, '2026-01-01T00:00:00Z')) }))
      return json(200, { by: 'assignee', columns: cells.map((cell) => ({ ...cell, items: [] })), lanes: [{ id: 'none', name: 'Unassigned', total: 3, cells }] })
    },
    ...issuePanelReads(issueSummary('WEB-2', 'Done', '2026-01-01T00:00:00Z')),
    'GET /api/v1/search': () => json(200, { total: 0, items: [] }),
    ...more,
  })
  renderWithProviders(<AppRoutes />, { route })
  return userEvent.setup()
}

const card = (key: string) => screen.getByRole('link', { name: new RegExp(`^${key} `) })

/** Clicks WEB-2's card and waits for its panel's description. */
async function openPanel(user: ReturnType<typeof userEvent.setup>) {
  await user.click(card('WEB-2'))
  const panel = await screen.findByRole('complementary', { name: 'Issue WEB-2' })
  await within(panel).findByText('Full text')
  return panel
}

/** Whether `close` takes the panel away without drawing a card of the board again. */
/** `focused`: the card of the issue closed, which takes the focus back and is drawn again for its selection ring. */
async function closesWithoutDrawingCards(panel: HTMLElement, close: () => Promise<void>, focused: string[] = []) {
  drawn.cards = []
  await close()
  await waitFor(() => expect(panel).not.toBeInTheDocument())
  expect(card('WEB-3')).toBeInTheDocument()
  await waitFor(() => expect(drawn.cards).toEqual(focused))
}

// The whole app renders here (routes, session, board, panel): more than the default 5 s on two busy cores.
describe('the board under an issue panel', { timeout: 15_000 }, () => {
  it('draws none of its cards again as the panel opens and closes, but the one clicked (it is selected)', async () => {
    const user = renderBoard()
    await within(await screen.findByRole('region', { name: 'Done' })).findByText('WEB-2')
    await waitFor(() => expect(card('WEB-3')).toBeInTheDocument())
    // As on a board left idle a moment: the panel's code is here, so it opens at once (drawn in the click's render).
    await preloadIssuePanel()
    drawn.cards = []

    await user.click(card('WEB-2'))
    const panel = await screen.findByRole('complementary', { name: 'Issue WEB-2' })
    await within(panel).findByText('Full text')

    // The click selected the card, which is drawn again for its ring; the panel opening drew no other card.
    expect(drawn.cards).toEqual(['WEB-2'])

    drawn.cards = []
    await user.keyboard('{Escape}')
    await waitFor(() => expect(panel).not.toBeInTheDocument())
    await waitFor(() => expect(card('WEB-2')).toHaveFocus())
    expect(drawn.cards).toEqual([])
  })

  it('draws none of its cards again when the panel is closed with its × button', async () => {
    const user = renderBoard()
    await within(await screen.findByRole('region', { name: 'Done' })).findByText('WEB-2')
    await preloadIssuePanel()
    const panel = await openPanel(user)

    await closesWithoutDrawingCards(panel, () => user.click(within(panel).getByRole('button', { name: 'Close issue' })))
  })

  it('draws none of its cards in swimlanes again as the panel opens and closes', async () => {
    await preloadIssuePanel()
    const user = renderBoard('/projects/WEB/board?lanes=assignee')
    await within(await screen.findByRole('region', { name: 'Unassigned: Done' })).findByText('WEB-2')
    drawn.cards = []

    const panel = await openPanel(user)
    expect(drawn.cards).toEqual(['WEB-2'])

    await closesWithoutDrawingCards(panel, () => user.click(within(panel).getByRole('button', { name: 'Close issue' })))
  })

  it('draws none of its cards again when the panel of an issue opened by its link is closed', async () => {
    await preloadIssuePanel()
    const user = renderBoard('/issues/WEB-2')
    const panel = await screen.findByRole('complementary', { name: 'Issue WEB-2' })
    await within(panel).findByText('Full text')
    await waitFor(() => expect(card('WEB-3')).toBeInTheDocument())

    await closesWithoutDrawingCards(panel, () => user.keyboard('{Escape}'), ['WEB-2'])
  })

  it('shows a moved issue opened by its old link over its new project’s board', async () => {
    const moved = issueSummary('OPS-4', 'Done', '2026-01-01T00:00:00Z', { projectKey: 'OPS' })
    const user = renderBoard('/issues/WEB-2', {
      ...issuePanelReads(moved),
      'GET /api/v1/issues/WEB-2': issuePanelReads(moved)['GET /api/v1/issues/OPS-4'],
      'GET /api/v1/projects/OPS/scheme': () => json(200, { ...scheme, project: { ...scheme.project, id: 2, key: 'OPS', name: 'Operations' } }),
      'GET /api/v1/projects/OPS/members': () => json(200, []),
    })

    const panel = await screen.findByRole('complementary', { name: 'Issue OPS-4' })
    expect(await screen.findByRole('heading', { name: 'Operations Workflow board' })).toBeInTheDocument()
    await user.keyboard('{Escape}')
    await waitFor(() => expect(panel).not.toBeInTheDocument())
    expect(screen.getByRole('heading', { name: 'Operations Workflow board' })).toBeInTheDocument()
  })
})
