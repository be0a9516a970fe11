import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { Route, Routes, useLocation } from 'react-router'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { BoardConfig, CumulativeFlow, Velocity } from '../api/planning'
import { json, renderWithProviders, stubFetch } from '../test-utils'
import { ReportsPage } from './reports-page'

afterEach(() => vi.unstubAllGlobals())

const board: BoardConfig = {
  id: 1, projectKey: 'WEB', name: 'WEB Scrum', kind: 'scrum', filterId: 1, jql: 'project = WEB', swimlanes: 'none',
  columns: [], quickFilters: [], hideDoneAfterDays: null,
}

/** Two completed sprints: 8 points (2 issues) committed and 5 points (1 issue) completed in the first, nothing in the second. */
function velocity(by: string | null, sprints = 2): Velocity {
  const [committed, completed] = by === 'issues' ? [2, 1] : [8, 5]
  const all = [
    { id: 1, name: 'Sprint 1', committed, completed },
    { id: 2, name: 'Sprint 2', committed: 0, completed: 0 },
  ]
  return { sprints: all.slice(0, sprints), averageCompleted: sprints ? completed / 2 : 0 }
}

function Where() {
  return <output aria-label="Location">{useLocation().search}</output>
}

function renderPage(search: string, answer: (by: string | null) => Velocity = velocity) {
  const asked: string[] = []
  stubFetch({
    'GET /api/v1/boards': () => json(200, [board]),
    'GET /api/v1/boards/1/reports/velocity': (_, url) => {
      asked.push(url.search)
      return json(200, answer(url.searchParams.get('by')))
    },
  })
  renderWithProviders(
    <Routes>
      <Route path="/projects/:projectKey/reports" element={<><ReportsPage /><Where /></>} />
    </Routes>,
    { route: `/projects/WEB/reports${search}` },
  )
  return { asked, location: () => screen.getByRole('status', { name: 'Location' }).textContent }
}

describe('reports page', () => {
  it('names an unknown report and offers the reports there are', async () => {
    const user = userEvent.setup()
    const { location } = renderPage('?report=burnout')

    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent("There is no report called 'burnout'")
    expect(within(alert).getAllByRole('button').map((b) => b.textContent)).toEqual([
      'Sprint burndown', 'Velocity', 'Cumulative flow', 'Created vs resolved', 'Cycle and lead time',
    ])

    await user.click(within(alert).getByRole('button', { name: 'Velocity' }))

    expect(location()).toBe('?report=velocity')
    expect(await screen.findByText('Average completed: 2.5 story points per sprint')).toBeInTheDocument()
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
  })

  it('is headed with the project’s name, and offers even an admin no new board: boards are made where they are planned', async () => {
    stubFetch({
      'GET /api/v1/boards': () => json(200, [board]),
      'GET /api/v1/projects/WEB/scheme': () => json(200, { project: { id: 1, key: 'WEB', name: 'Web app', callerRole: 'admin' },
        workflow: { statuses: [], transitions: [] }, types: [], priorities: [], resolutions: [], components: [], versions: [] }),
      'GET /api/v1/boards/1/sprints': () => json(200, []),
    })
    renderWithProviders(
      <Routes>
        <Route path="/projects/:projectKey/reports" element={<ReportsPage />} />
      </Routes>,
      { route: '/projects/WEB/reports' },
    )

    expect(await screen.findByRole('heading', { level: 1, name: 'Web app Reports' })).toBeInTheDocument()
    expect(await screen.findByRole('combobox', { name: 'Board' })).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: /New .* board/ })).not.toBeInTheDocument()
  })

  it('keeps the table view in the URL, so a link opens the table', async () => {
    const user = userEvent.setup()
    const { location } = renderPage('?report=velocity&view=table')
    expect(await screen.findByRole('cell', { name: 'Sprint 1' })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Table view' })).toHaveAttribute('aria-pressed', 'true')

    await user.click(screen.getByRole('button', { name: 'Table view' }))

    expect(location()).toBe('?report=velocity')
    expect(screen.queryByRole('cell', { name: 'Sprint 1' })).not.toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Table view' }))
    expect(location()).toBe('?report=velocity&view=table')
  })
})

describe('velocity', () => {
  it('counts story points until issue count is chosen, then counts issues and keeps the choice in the URL', async () => {
    const user = userEvent.setup()
    const { asked, location } = renderPage('?report=velocity&view=table')
    expect(await screen.findByRole('columnheader', { name: 'Completed (points)' })).toBeInTheDocument()
    expect(asked).toEqual(['?by=points'])

    await user.selectOptions(screen.getByRole('combobox', { name: 'Estimation statistic' }), 'Issue count')

    expect(location()).toBe('?report=velocity&view=table&by=issues')
    expect(await screen.findByRole('columnheader', { name: 'Completed (issues)' })).toBeInTheDocument()
    expect(screen.getByText('Average completed: 0.5 issues per sprint')).toBeInTheDocument()
    const first = screen.getAllByRole('row')[1]
    expect(within(first).getAllByRole('cell').map((c) => c.textContent)).toEqual(['Sprint 1', '2', '1'])
    await waitFor(() => expect(asked).toEqual(['?by=points', '?by=issues']))
  })

  it('says one issue, not "1 issues", when a sprint completes one on average', async () => {
    renderPage('?report=velocity&by=issues', (by) => ({ ...velocity(by), averageCompleted: 1 }))

    expect(await screen.findByText('Average completed: 1 issue per sprint')).toBeInTheDocument()
  })

  it('says when no sprint is completed yet, and what to do', async () => {
    renderPage('?report=velocity', (by) => velocity(by, 0))

    expect(await screen.findByText(/No sprint of this board is completed yet\. Complete the active sprint/)).toBeInTheDocument()
    expect(screen.queryByText(/Average completed/)).not.toBeInTheDocument()
  })

  it('suggests counting issues when the completed sprints had no story points', async () => {
    renderPage('?report=velocity&view=table', (by) => (by === 'issues' ? velocity(by) : { sprints: velocity(by).sprints.map((s) => ({ ...s, committed: 0, completed: 0 })), averageCompleted: 0 }))

    expect(await screen.findByText(/had no story points committed or completed\. Choose Issue count/)).toBeInTheDocument()
    expect(screen.queryByRole('table')).not.toBeInTheDocument()
  })
})

describe('reports of a kanban board', () => {
  const kanban: BoardConfig = { ...board, name: 'WEB Kanban', kind: 'kanban' }

  function renderKanban(search: string) {
    const flow: CumulativeFlow = { timeframe: { from: '2026-01-01', to: '2026-01-01', step: 'DAY', zone: 'UTC' }, days: ['2026-01-01'], statuses: { Open: [2] } }
    stubFetch({
      'GET /api/v1/boards': () => json(200, [kanban]),
      'GET /api/v1/boards/1/reports/cumulative-flow': () => json(200, flow),
    })
    renderWithProviders(
      <Routes>
        <Route path="/projects/:projectKey/reports" element={<><ReportsPage /><Where /></>} />
      </Routes>,
      { route: `/projects/WEB/reports${search}` },
    )
    return { location: () => screen.getByRole('status', { name: 'Location' }).textContent }
  }

  it('offers only the flow reports and opens on cumulative flow, not on a sprint burndown', async () => {
    renderKanban('')

    expect(await screen.findByRole('region', { name: 'Cumulative flow' })).toBeInTheDocument()
    const tabs = within(screen.getByRole('navigation', { name: 'Reports' })).getAllByRole('button')
    expect(tabs.map((tab) => tab.textContent)).toEqual(['Cumulative flow', 'Created vs resolved', 'Cycle and lead time'])
    expect(screen.getByRole('button', { name: 'Cumulative flow' })).toHaveAttribute('aria-pressed', 'true')
    expect(screen.queryByText(/No sprint has started/)).not.toBeInTheDocument()
  })

  it('says a burndown link is for scrum boards and offers the reports there are', async () => {
    const user = userEvent.setup()
    const { location } = renderKanban('?report=burndown')

    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('Sprint burndown is a report for scrum boards: WEB Kanban is a kanban board, without sprints. Choose one of these:')
    expect(screen.queryByText(/No sprint has started/)).not.toBeInTheDocument()

    await user.click(within(alert).getByRole('button', { name: 'Cumulative flow' }))

    expect(location()).toBe('?report=flow')
    expect(await screen.findByRole('region', { name: 'Cumulative flow' })).toBeInTheDocument()
  })
})
