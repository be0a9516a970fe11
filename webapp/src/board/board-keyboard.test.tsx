import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { Scheme } from '../api/projects'
import { AppRoutes } from '../app/app-routes'
import { issueSummary, json, renderWithProviders, stubFetch } from '../test-utils'

const ada = { id: 1, email: 'ada@example.com', displayName: 'Ada' }
const scheme: Scheme = {
  project: { id: 1, key: 'WEB', name: 'Web app', callerRole: 'member' },
  workflow: {
    statuses: [
      { id: 1, name: 'To Do', category: 'new', position: 0 },
      { id: 2, name: 'Done', category: 'done', position: 1 },
    ],
    transitions: [],
  },
  types: [{ id: 3, name: 'Task', level: 0 }],
  priorities: [],
  resolutions: [],
  components: [],
  versions: [],
}
const columns: Record<string, string[]> = { 'To Do': ['WEB-3', 'WEB-1'], Done: ['WEB-2'] }

afterEach(() => vi.unstubAllGlobals())

function renderBoard() {
  stubFetch({
    'GET /api/v1/session': () => json(200, { user: { ...ada, siteAdmin: false }, csrfToken: 'x' }),
    'GET /api/v1/projects': () => json(200, []),
    'GET /api/v1/projects/WEB/scheme': () => json(200, scheme),
    'GET /api/v1/projects/WEB/members': () => json(200, []),
    'GET /api/v1/issues': (_, url) => {
      const keys = columns[url.searchParams.get('status') ?? ''] ?? []
      const items = keys.map((key) => issueSummary(key, url.searchParams.get('status')!, '2026-01-01T00:00:00Z'))
      return json(200, { page: 0, size: 50, total: items.length, items })
    },
    'GET /api/v1/issues/WEB-2': () =>
      json(200, { ...issueSummary('WEB-2', 'Done', '2026-01-01T00:00:00Z'), id: 2, description: null, creator: null, components: [], fixVersions: [], affectsVersions: [], subtaskKeys: [], links: [] }),
    'GET /api/v1/issues/WEB-2/comments': () => json(200, []),
    'GET /api/v1/issues/WEB-2/watchers': () => json(200, []),
  })
  renderWithProviders(<AppRoutes />, { route: '/projects/WEB/board' })
  return userEvent.setup()
}

const card = (key: string) => screen.getByRole('link', { name: new RegExp(`^${key} `) })
const boardShown = async () => within(await screen.findByRole('region', { name: 'Done' })).findByText('WEB-2')

// The whole app renders here (routes, session, board, panel): more than the default 5 s on two busy cores.
describe('the board’s keyboard', { timeout: 15_000 }, () => {
  it('walks the cards column by column, top to bottom, with j and k, ringing the selected one', async () => {
    const user = renderBoard()
    await boardShown()

    await user.keyboard('j')
    expect(card('WEB-3')).toHaveFocus()
    await user.keyboard('jj')
    expect(card('WEB-2')).toHaveFocus()
    expect(card('WEB-2')).toHaveClass('selected')
    await user.keyboard('k')
    expect(card('WEB-1')).toHaveFocus()
  })

  it('opens the selected card with Enter, leaves j to the panel, and Esc comes back to the card', async () => {
    const user = renderBoard()
    await boardShown()
    await user.keyboard('jjj{Enter}')

    const panel = await screen.findByRole('complementary', { name: 'Issue WEB-2' })
    await user.keyboard('k')
    expect(card('WEB-2')).toHaveClass('selected')
    await user.keyboard('{Escape}')
    await waitFor(() => expect(panel).not.toBeInTheDocument())
    expect(card('WEB-2')).toHaveFocus()
  })
})
