import { cleanup, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useLocation } from 'react-router'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { IssueSummary } from '../api/issues'
import type { Project } from '../api/projects'
import type { WorkedOn } from '../api/worked-on'
import { AppRoutes } from '../app/app-routes'
import { localDay } from '../app/calendar-day'
import { preloadIssuePanel } from '../issue-view/issue-panel-loader'
import { issuePanelReads, issueSummary, json, renderWithProviders, stubFetch } from '../test-utils'
import { MyWorkPage } from './my-work-page'

afterEach(() => vi.unstubAllGlobals())

const created = '2026-01-01T00:00:00Z'
const day = 86_400_000
const overdue = issueSummary('WEB-1', 'To Do', created, { summary: 'Fix the login', dueDate: localDay(Date.now() - day) })
const dueToday = issueSummary('OPS-2', 'In Progress', created, { projectKey: 'OPS', statusCategory: 'indeterminate', summary: 'Rotate the keys', dueDate: localDay(Date.now()) })
const later = issueSummary('WEB-3', 'To Do', created, { summary: 'Write the guide', dueDate: localDay(Date.now() + 7 * day) })
const worked: WorkedOn[] = [
  { issue: later, did: 'commented', field: null, at: new Date(Date.now() - 5 * 60_000).toISOString() },
  { issue: dueToday, did: 'edited', field: 'status', at: new Date(Date.now() - 3 * day).toISOString() },
]

/** The server's answers: the assigned issues above, `watched` for `watcher = currentUser()`, nothing reported. */
function serve(watched: IssueSummary[] = [], more: Record<string, () => Response> = {}) {
  const page = (issues: IssueSummary[]) => json(200, { startAt: 0, maxResults: 100, total: issues.length, issues })
  return stubFetch({
    'GET /api/v1/search': (_, url) => {
      const jql = url.searchParams.get('jql') ?? ''
      if (jql.startsWith('assignee = currentUser()')) return page([overdue, dueToday, later])
      return page(jql.startsWith('watcher = currentUser()') ? watched : [])
    },
    'GET /api/v1/myself/worked-on': () => json(200, worked),
    'GET /api/v1/projects': () => json(200, []),
    ...more,
  })
}

function Where() {
  const location = useLocation()
  return <output aria-label="Location">{location.pathname + location.search}</output>
}

function render(route: string) {
  renderWithProviders(
    <>
      <MyWorkPage />
      <Where />
    </>,
    { route },
  )
}

const rowsOf = (panel: HTMLElement) =>
  within(panel).getAllByRole('row').slice(1).map((row) => row.dataset.navKey ?? row.textContent)

describe('My work', () => {
  it('lists the issues assigned to you, work under way first, then work to start, each tab with its count', async () => {
    serve()
    render('/my-work')

    const panel = await screen.findByRole('tabpanel', { name: 'Assigned to me' })

    await waitFor(() => expect(rowsOf(panel)).toEqual(['In progress 1', 'OPS-2', 'To do 2', 'WEB-1', 'WEB-3']))
    expect(screen.getByRole('tab', { name: 'Assigned to me 3' })).toHaveAttribute('aria-selected', 'true')
    expect(screen.getByRole('tab', { name: 'Worked on 2' })).toHaveAttribute('aria-selected', 'false')
    expect(screen.getByRole('tab', { name: 'Watching 0' })).toBeInTheDocument()
    expect(within(panel).getByRole('cell', { name: 'OPS' })).toBeInTheDocument()
  })

  it('says in words which assigned issues are overdue or due today', async () => {
    serve()
    render('/my-work')

    const row = async (key: string) => (await screen.findByRole('tabpanel')).querySelector(`[data-nav-key="${key}"]`)

    await waitFor(async () => expect(await row('WEB-1')).toHaveTextContent('Overdue'))
    expect(await row('OPS-2')).toHaveTextContent('Due today')
    expect(await row('WEB-3')).not.toHaveTextContent(/Overdue|Due today/)
  })

  it('keeps the tab in the URL and shows what you last did to each issue you worked on, and when', async () => {
    serve()
    render('/my-work?tab=worked-on')

    const panel = await screen.findByRole('tabpanel', { name: 'Worked on' })

    await waitFor(() => expect(rowsOf(panel)).toEqual(['WEB-3', 'OPS-2']))
    const lastDone = within(panel).getAllByRole('cell').filter((cell) => cell.classList.contains('col-did'))
    expect(lastDone.map((cell) => cell.textContent)).toEqual(['Commented 5 minutes ago', 'Changed status 3 days ago'])
    expect(lastDone[0].querySelector('time')).toHaveAttribute('title')
    expect(screen.getByRole('tab', { name: 'Worked on 2' })).toHaveAttribute('aria-selected', 'true')

    await userEvent.setup().click(screen.getByRole('tab', { name: /Watching/ }))

    expect(screen.getByRole('status', { name: 'Location' })).toHaveTextContent('/my-work?tab=watching')
  })

  it('says an issue moved to another project was moved, and from which project', async () => {
    const moved = issueSummary('OPS-9', 'To Do', created, { projectKey: 'OPS' })
    serve([], { 'GET /api/v1/myself/worked-on': () => json(200, [{ issue: moved, did: 'moved', field: 'WEB-10', at: new Date().toISOString() }]) })
    render('/my-work?tab=worked-on')

    const row = await screen.findByRole('row', { name: /OPS-9/ })

    expect(within(row).getByText(/^Moved from WEB/)).toBeInTheDocument()
  })

  it('says what to do when a tab has nothing to show', async () => {
    serve()
    render('/my-work?tab=watching')

    expect(await screen.findByText('You watch no issues. Press Watch on an issue to follow its changes here.')).toBeInTheDocument()
    expect(screen.queryByRole('table')).not.toBeInTheDocument()
  })

  it('tells to press C to create an issue only to someone who may create one', async () => {
    const project = (key: string, role: Project['role']): Project => ({
      id: key.length, key, name: key, description: null, lead: null, aiTrainingEnabled: false, role, createdAt: '', updatedAt: '', version: 1,
    })
    serve([], { 'GET /api/v1/projects': () => json(200, [project('WEB', 'viewer')]) })
    render('/my-work?tab=reported')
    expect(await screen.findByText('You reported no issues. Issues you create are reported by you.')).toBeInTheDocument()
    cleanup()
    vi.unstubAllGlobals()

    serve([], { 'GET /api/v1/projects': () => json(200, [project('WEB', 'viewer'), project('OPS', 'member')]) })
    render('/my-work?tab=reported')
    expect(await screen.findByText('You reported no issues. Issues you create are reported by you. Press C to create one.')).toBeInTheDocument()
  })

  it('selects the row of the issue j goes on to in the panel over the page', { timeout: 15_000 }, async () => {
    serve([], {
      'GET /api/v1/session': () => json(200, { user: { id: 1, email: 'ada@example.com', displayName: 'Ada', siteAdmin: false }, csrfToken: 'x' }),
      ...issuePanelReads(dueToday),
      ...issuePanelReads(overdue),
      ...issuePanelReads(later),
    })
    await preloadIssuePanel()
    renderWithProviders(<AppRoutes />, { route: '/my-work' })
    const user = userEvent.setup()
    const row = (key: string) => screen.getByRole('tabpanel', { name: 'Assigned to me' }).querySelector(`[data-nav-key="${key}"]`)

    await user.click(await screen.findByRole('link', { name: 'Rotate the keys' }))
    await screen.findByRole('complementary', { name: 'Issue OPS-2' })
    await user.keyboard('j')
    await screen.findByRole('complementary', { name: 'Issue WEB-1' })
    await user.keyboard('j')

    await screen.findByRole('complementary', { name: 'Issue WEB-3' })
    await waitFor(() => expect(row('WEB-3')).toHaveClass('selected'))
    expect(row('OPS-2')).not.toHaveClass('selected')
  })

  it('opens an issue over the page from its row, and the next one in the groups\' order with j and Enter', { timeout: 15_000 }, async () => {
    serve([], {
      'GET /api/v1/session': () => json(200, { user: { id: 1, email: 'ada@example.com', displayName: 'Ada', siteAdmin: false }, csrfToken: 'x' }),
      ...issuePanelReads(dueToday),
      ...issuePanelReads(overdue),
    })
    await preloadIssuePanel()
    renderWithProviders(<AppRoutes />, { route: '/my-work' })
    const user = userEvent.setup()

    await user.click(await screen.findByRole('link', { name: 'Rotate the keys' }))
    const panel = await screen.findByRole('complementary', { name: 'Issue OPS-2' })
    expect(screen.getByRole('tabpanel', { name: 'Assigned to me' })).toBeInTheDocument()
    await user.keyboard('{Escape}')
    await waitFor(() => expect(panel).not.toBeInTheDocument())

    // The closed panel gave the focus back to its row: j goes from there, past the group's end.
    await user.keyboard('j{Enter}')

    expect(await screen.findByRole('complementary', { name: 'Issue WEB-1' })).toBeInTheDocument()
  })
})
