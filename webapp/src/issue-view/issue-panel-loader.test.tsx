import { screen } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { CurrentUserContext } from '../app/current-user'
import { issueSummary, json, renderWithProviders, stubFetch } from '../test-utils'
import { IssuePanelOver, preloadIssuePanel } from './issue-panel-loader'

const ada = { id: 1, email: 'ada@example.com', displayName: 'Ada Lovelace', siteAdmin: false }

beforeEach(() => {
  stubFetch({
    'GET /api/v1/issues/WEB-1': () => json(200, { ...issueSummary('WEB-1', 'To Do', '2026-01-01T00:00:00Z'), summary: 'Loaded apart' }),
    'GET /api/v1/projects/WEB/scheme': () => json(404, { status: 404, title: 'Not Found' }),
    'GET /api/v1/issues/WEB-1/comments': () => json(200, []),
    'GET /api/v1/issues/WEB-1/watchers': () => json(200, []),
  })
})
afterEach(() => vi.unstubAllGlobals())

function renderPanel() {
  renderWithProviders(
    <CurrentUserContext.Provider value={ada}>
      <IssuePanelOver issueKey="WEB-1" closeTo={{ pathname: '/projects/WEB/board' }} />
    </CurrentUserContext.Provider>,
  )
}

// In this order: the panel's code is loaded once per page (and per test file).
describe('IssuePanelOver', () => {
  it('shows the issue key while the panel’s code loads, then the panel', async () => {
    renderPanel()

    expect(screen.getByRole('complementary', { name: 'Issue WEB-1' })).toHaveAttribute('aria-busy', 'true')
    expect(screen.queryByRole('button', { name: 'Close issue' })).not.toBeInTheDocument()
    expect(await screen.findByRole('button', { name: 'Close issue' })).toBeInTheDocument()
  })

  it('draws the panel in its first render once the code is here', async () => {
    await preloadIssuePanel()

    renderPanel()

    expect(screen.getByRole('button', { name: 'Close issue' })).toBeInTheDocument()
  })
})
