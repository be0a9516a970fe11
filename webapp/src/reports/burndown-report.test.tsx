import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useLocation } from 'react-router'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { Burndown, Burnup, Sprint } from '../api/planning'
import { json, renderWithProviders, stubFetch } from '../test-utils'
import { BurndownReport } from './burndown-report'

afterEach(() => vi.unstubAllGlobals())

const sprint = (id: number, name: string): Sprint => ({
  id, boardId: 1, projectKey: 'WEB', name, goal: null, state: 'active', startDate: null, endDate: null,
  startedAt: '2026-03-02T00:00:00Z', completedAt: null, issueKeys: [],
})

/** Two issues in the sprint, of 5 and 3 points; the first one done. */
function burndown(by: string): Burndown {
  const [committed, done] = by === 'issues' ? [2, 1] : [8, 5]
  return {
    sprintId: 1, start: '2026-03-02T00:00:00Z', end: '2026-03-06T00:00:00Z', plannedEnd: '2026-03-16T00:00:00Z',
    committed, added: 0, removed: 0, reestimated: 0, completed: done, remaining: committed - done,
    events: [{ at: '2026-03-04T00:00:00Z', key: 'WEB-1', kind: 'COMPLETED', change: -done, remaining: committed - done }],
    completedKeys: ['WEB-1'], incompleteKeys: ['WEB-2'],
  }
}

function burnup(by: string): Burnup {
  const [scope, done] = by === 'issues' ? [2, 1] : [8, 5]
  return {
    sprintId: 1, start: '2026-03-02T00:00:00Z', end: '2026-03-06T00:00:00Z', plannedEnd: '2026-03-16T00:00:00Z', scope, done,
    points: [
      { at: '2026-03-02T00:00:00Z', scope, done: 0, key: null, kind: null },
      { at: '2026-03-04T00:00:00Z', scope, done, key: 'WEB-1', kind: 'COMPLETED' },
      { at: '2026-03-06T00:00:00Z', scope, done, key: null, kind: null },
      { at: '2026-03-16T00:00:00Z', scope, done, key: null, kind: null },
    ],
  }
}

function Where() {
  const location = useLocation()
  return <output aria-label="Location">{location.search}</output>
}

function renderBurndown(route = '/?report=burndown') {
  const asked: string[] = []
  stubFetch({
    'GET /api/v1/boards/1/sprints': () => json(200, [sprint(1, 'Sprint 1'), sprint(2, 'Sprint 2')]),
    'GET /api/v1/sprints/1/burndown': (_, url) => {
      asked.push(`1 ${url.search}`)
      return json(200, burndown(url.searchParams.get('by') ?? ''))
    },
    'GET /api/v1/sprints/2/burndown': (_, url) => {
      asked.push(`2 ${url.search}`)
      return json(200, { ...burndown(url.searchParams.get('by') ?? ''), sprintId: 2 })
    },
    'GET /api/v1/sprints/1/burnup': (_, url) => json(200, burnup(url.searchParams.get('by') ?? '')),
    'GET /api/v1/sprints/2/burnup': (_, url) => json(200, { ...burnup(url.searchParams.get('by') ?? ''), sprintId: 2 }),
  })
  renderWithProviders(
    <>
      <BurndownReport boardId={1} table />
      <Where />
    </>,
    { route },
  )
  return { asked, location: () => screen.getByRole('status', { name: 'Location' }).textContent }
}

const figure = (label: string) => screen.getByText(label, { selector: 'dt' }).nextSibling?.textContent

describe('burndown statistic', () => {
  it('burns down story points until issue count is chosen, then counts issues and keeps the choice in the URL', async () => {
    const user = userEvent.setup()
    const { asked, location } = renderBurndown()
    expect(await screen.findByRole('columnheader', { name: 'Remaining (points)' })).toBeInTheDocument()
    expect(figure('Committed')).toBe('8')
    expect(asked).toEqual(['1 ?by=points'])

    await user.selectOptions(screen.getByRole('combobox', { name: 'Estimation statistic' }), 'Issue count')

    expect(location()).toBe('?report=burndown&by=issues')
    expect(await screen.findByRole('columnheader', { name: 'Remaining (issues)' })).toBeInTheDocument()
    expect(figure('Committed')).toBe('2')
    expect(figure('Remaining')).toBe('1')
    expect(screen.queryByText('Re-estimated')).not.toBeInTheDocument()
    expect(asked).toEqual(['1 ?by=points', '1 ?by=issues'])
    const scopes = screen.getAllByRole('row').slice(1).map((row) => within(row).getAllByRole('cell')[5].textContent)
    expect(scopes).toEqual(['2', '2', '2', '2'])
  })

  it('opens the sprint and the statistic of a link', async () => {
    const { asked } = renderBurndown('/?report=burndown&sprint=2&by=issues')

    expect(await screen.findByRole('columnheader', { name: 'Remaining (issues)' })).toBeInTheDocument()

    expect(screen.getByRole('combobox', { name: 'Sprint' })).toHaveValue('2')
    expect(screen.getByRole('combobox', { name: 'Estimation statistic' })).toHaveValue('issues')
    await waitFor(() => expect(asked).toEqual(['2 ?by=issues']))
  })

  it('goes back to story points, leaving the default out of the URL', async () => {
    const user = userEvent.setup()
    const { location } = renderBurndown('/?report=burndown&by=issues')
    await screen.findByRole('columnheader', { name: 'Remaining (issues)' })

    await user.selectOptions(screen.getByRole('combobox', { name: 'Estimation statistic' }), 'Story points')

    expect(location()).toBe('?report=burndown')
    expect(await screen.findByRole('columnheader', { name: 'Remaining (points)' })).toBeInTheDocument()
  })
})

describe('a sprint with nothing to burn down', () => {
  function renderEmpty(report: Partial<Burndown>) {
    const empty = { ...burndown('points'), committed: 0, completed: 0, remaining: 0, events: [], ...report }
    stubFetch({
      'GET /api/v1/boards/1/sprints': () => json(200, [sprint(1, 'Sprint 1')]),
      'GET /api/v1/sprints/1/burndown': () => json(200, empty),
      'GET /api/v1/sprints/1/burnup': () => json(200, burnup('points')),
    })
    renderWithProviders(<BurndownReport boardId={1} table />)
  }

  it('says the sprint has no issues and where to add them', async () => {
    renderEmpty({ completedKeys: [], incompleteKeys: [] })

    expect(await screen.findByText('No issues were in Sprint 1. Add issues to it from the backlog.')).toBeInTheDocument()
    expect(screen.queryByRole('table')).not.toBeInTheDocument()
  })

  it('suggests issue count when the sprint’s issues have no story points', async () => {
    renderEmpty({})

    expect(await screen.findByText('The issues in Sprint 1 have no story points. Choose Issue count, or estimate them in the backlog.')).toBeInTheDocument()
    expect(screen.queryByText('Committed', { selector: 'dt' })).not.toBeInTheDocument()
  })
})
