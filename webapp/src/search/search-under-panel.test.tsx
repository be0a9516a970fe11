import { screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { AppRoutes } from '../app/app-routes'
import { preloadIssuePanel } from '../issue-view/issue-panel-loader'
import { issuePanelReads, issueSummary, json, renderWithProviders, stubFetch } from '../test-utils'

afterEach(() => vi.unstubAllGlobals())

const found = issueSummary('WEB-1', 'To Do', '2026-01-01T00:00:00Z')

describe('the search page under an issue panel', { timeout: 15_000 }, () => {
  it('runs a new query with the panel left open over it, and shows that query once the panel closes', async () => {
    const asked: string[] = []
    stubFetch({
      'GET /api/v1/session': () => json(200, { user: { id: 1, email: 'ada@example.com', displayName: 'Ada', siteAdmin: false }, csrfToken: 'x' }),
      'GET /api/v1/projects': () => json(200, []),
      'GET /api/v1/filters': () => json(200, []),
      'GET /api/v1/search': (_, url) => {
        asked.push(url.searchParams.get('jql') ?? '')
        return json(200, { startAt: 0, maxResults: 50, total: 1, issues: [found] })
      },
      'GET /api/v1/jql/reference': () => json(200, { fields: [], functions: [], reservedWords: [] }),
      'GET /api/v1/jql/validate': () => json(200, { valid: true }),
      'GET /api/v1/jql/autocomplete': () => json(200, { replaceFrom: 0, replaceTo: 0, suggestions: [] }),
      ...issuePanelReads(found),
    })
    await preloadIssuePanel()
    renderWithProviders(<AppRoutes />, { route: '/search?jql=project%20%3D%20WEB' })
    const user = userEvent.setup()
    await user.click(await screen.findByRole('link', { name: 'Summary of WEB-1' }))
    const panel = await screen.findByRole('complementary', { name: 'Issue WEB-1' })

    const box = screen.getByRole('combobox', { name: 'JQL query' })
    await user.clear(box)
    await user.type(box, 'priority = High{Enter}')

    await waitFor(() => expect(asked.at(-1)).toBe('priority = High'))
    expect(panel).toBeInTheDocument()
    box.blur()
    await user.keyboard('{Escape}')
    await waitFor(() => expect(panel).not.toBeInTheDocument())
    expect(screen.getByRole('combobox', { name: 'JQL query' })).toHaveValue('priority = High')
    expect(asked.at(-1)).toBe('priority = High')
  })
})
