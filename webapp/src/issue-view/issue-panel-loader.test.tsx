import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { Route, Routes } from 'react-router'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { CurrentUserContext } from '../app/current-user'
import { issueSummary, json, renderWithProviders, stubFetch } from '../test-utils'
import { IssuePanelOver, preloadIssuePanel } from './issue-panel-loader'
import { previewIssue } from './issue-cache'

const ada = { id: 1, email: 'ada@example.com', displayName: 'Ada Lovelace', siteAdmin: false }

beforeEach(() => {
  stubFetch({
    'GET /api/v1/issues/WEB-1': () =>
      json(200, { ...previewIssue(issueSummary('WEB-1', 'To Do', '2026-01-01T00:00:00Z')), id: 1, summary: 'Loaded apart' }),
    'GET /api/v1/issues/WEB-1/history': () => json(200, []),
    'GET /api/v1/projects/WEB/scheme': () => json(404, { status: 404, title: 'Not Found' }),
    'GET /api/v1/issues/WEB-1/comments': () => json(200, []),
    'GET /api/v1/issues/WEB-1/worklogs': () => json(200, []),
    'GET /api/v1/issues/WEB-1/watchers': () => json(200, []),
  })
})
afterEach(() => vi.unstubAllGlobals())

function renderPanel() {
  renderWithProviders(
    <CurrentUserContext.Provider value={ada}>
      <Routes>
        <Route path="/issues/:issueKey" element={<IssuePanelOver issueKey="WEB-1" closeTo={{ pathname: '/projects/WEB/board' }} />} />
        <Route path="/projects/WEB/board" element={<p>The board</p>} />
      </Routes>
    </CurrentUserContext.Provider>,
    { route: '/issues/WEB-1' },
  )
}

const panel = () => screen.getByRole('complementary', { name: 'Issue WEB-1' })

// In this order: the panel's code is loaded once per page, here once per test file.
describe('IssuePanelOver', () => {
  it('shows the issue key while the panel’s code loads, and closes with Esc meanwhile', async () => {
    renderPanel()
    expect(panel()).toHaveAttribute('aria-busy', 'true')

    await userEvent.setup().keyboard('{Escape}')

    expect(await screen.findByText('The board')).toBeInTheDocument()
    expect(screen.queryByRole('complementary')).not.toBeInTheDocument()
  })

  it('draws the panel in its first render once the code is here', async () => {
    await preloadIssuePanel()

    renderPanel()

    expect(panel()).not.toHaveAttribute('aria-busy')
    expect(await screen.findByRole('heading', { name: 'Loaded apart' })).toBeInTheDocument()
  })

  it('says in its frame that the issue could not be shown when drawing it fails, and still closes with Esc', async () => {
    // React reports the caught error on the console; the test needs no noise.
    vi.spyOn(console, 'error').mockImplementation(() => {})
    stubFetch({
      // A shape the panel cannot draw (its components must be a list).
      'GET /api/v1/issues/WEB-1': () => json(200, { ...previewIssue(issueSummary('WEB-1', 'To Do', '2026-01-01T00:00:00Z')), id: 1, components: null }),
      'GET /api/v1/projects/WEB/scheme': () => json(404, { status: 404, title: 'Not Found' }),
      'GET /api/v1/issues/WEB-1/watchers': () => json(200, []),
    })
    await preloadIssuePanel()
    renderPanel()

    const failure = await screen.findByRole('alert')
    expect(panel()).toContainElement(failure)
    expect(failure).toHaveTextContent(/Cannot read properties of null/)
    expect(within(panel()).getByRole('button', { name: 'Reload' })).toBeInTheDocument()
    await userEvent.setup().keyboard('{Escape}')

    expect(await screen.findByText('The board')).toBeInTheDocument()
    vi.restoreAllMocks()
  })
})

