import { cloneElement, type ReactElement } from 'react'
import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest'
import type { CreatedResolved, CumulativeFlow, Histogram } from '../api/planning'
import { json, renderWithProviders, stubFetch } from '../test-utils'
import { dayText, yearNeeded } from '../app/calendar-day'
import { CreatedReport, CycleReport, FlowReport } from './flow-reports'

vi.mock('recharts', async (original) => {
  const actual = await original<typeof import('recharts')>()
  // jsdom has no layout: give the chart a fixed size instead of a responsive one.
  return { ...actual, ResponsiveContainer: ({ children }: { children: ReactElement<{ width?: number; height?: number }> }) => cloneElement(children, { width: 600, height: 240 }) }
})
// The next test file in this worker gets the real recharts (see test-setup.ts).
afterAll(() => vi.doUnmock('recharts'))
afterEach(() => vi.unstubAllGlobals())

const timeframe = { from: '2026-01-01', to: '2026-01-03', step: 'DAY' as const, zone: 'UTC' }
const days = ['2026-01-01', '2026-01-02', '2026-01-03']

function createdResolved(counts: number[]): CreatedResolved {
  return { timeframe, days, created: counts, resolved: [0, 0, 0], createdTotal: counts, resolvedTotal: [0, 0, 0] }
}

function histogram(issues: number, withoutStart = 0): Histogram {
  const buckets = (count: number) => [{ label: '0–1 d', upTo: 1, count }, { label: '1+ d', upTo: null, count: 0 }]
  const spread = (days: number | null) => ({ median: days, percentile85: days })
  return {
    timeframe, cycle: buckets(issues - withoutStart), lead: buckets(issues), issues, withoutStart,
    cycleDays: spread(issues > withoutStart ? 0.5 : null), leadDays: spread(issues ? 1 : null),
  }
}

function serve(path: string, body: unknown) {
  stubFetch({ [`GET /api/v1/boards/1/reports/${path}`]: () => json(200, body) })
}

describe('a report with nothing in its period', () => {
  it('says no issues were created or resolved in the preset period, and shows all time in one click', async () => {
    stubFetch({
      'GET /api/v1/boards/1/reports/created-resolved': (_, url) => json(200, createdResolved(url.searchParams.get('period') === 'all' ? [0, 2, 0] : [0, 0, 0])),
    })
    renderWithProviders(<CreatedReport boardId={1} table />)

    const empty = await screen.findByText(/^No issues were created or resolved in the last 3 months\. Pick a longer period\./)
    expect(screen.queryByRole('table')).not.toBeInTheDocument()
    await userEvent.click(within(empty).getByRole('button', { name: 'Show all time' }))

    expect(await screen.findByRole('cell', { name: '2026-01-02' })).toBeInTheDocument()
    expect(screen.getByRole('combobox', { name: 'Period' })).toHaveValue('all')
  })

  it('says no issues were resolved between custom dates, and to pick others', async () => {
    serve('cycle-time', histogram(0))
    const { container } = renderWithProviders(<CycleReport boardId={1} table={false} />, { route: '/?from=2026-01-01&to=2026-01-03' })

    expect(await screen.findByText(/^No issues were resolved from .+ to .+\. Pick other dates or a longer period\.$/)).toBeInTheDocument()
    expect(screen.queryByText(/issues done in this period/)).not.toBeInTheDocument()
    expect(container.querySelector('svg.recharts-surface')).toBeNull()
  })

  it('says the board had no issues at all, and what to check, when the flow is empty for all time', async () => {
    const flow: CumulativeFlow = { timeframe, days, statuses: { 'To Do': [0, 0, 0], Done: [0, 0, 0] } }
    serve('cumulative-flow', flow)
    renderWithProviders(<FlowReport boardId={1} table />, { route: '/?period=all' })

    expect(await screen.findByText("No issues were on this board so far. Create an issue, or check the board's filter in its settings.")).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Show all time' })).not.toBeInTheDocument()
  })

  it('shows the report when it counted something', async () => {
    serve('created-resolved', createdResolved([0, 2, 0]))
    renderWithProviders(<CreatedReport boardId={1} table />)

    expect(await screen.findByRole('cell', { name: '2026-01-02' })).toBeInTheDocument()
    expect(screen.queryByText(/No issues were/)).not.toBeInTheDocument()
  })
})

describe('report charts in the page theme', () => {
  it('draws gridlines, axis text and points with the theme colours', async () => {
    serve('created-resolved', createdResolved([1, 2, 0]))
    const { container } = renderWithProviders(<CreatedReport boardId={1} table={false} />)

    await vi.waitFor(() => expect(container.querySelector('.recharts-dot')).not.toBeNull())
    const grid = [...container.querySelectorAll('.recharts-cartesian-grid line')]
    expect(grid.length).toBeGreaterThan(0)
    expect(grid.every((line) => line.getAttribute('stroke') === 'var(--border)')).toBe(true)
    const ticks = [...container.querySelectorAll('.recharts-cartesian-axis-tick-value')]
    expect(ticks.length).toBeGreaterThan(0)
    expect(ticks.every((tick) => tick.getAttribute('fill') === 'var(--text-2)')).toBe(true)
    expect([...container.querySelectorAll('.recharts-dot')].every((dot) => dot.getAttribute('fill') === 'var(--panel)')).toBe(true)
    expect(container.querySelector('.recharts-line-curve')?.getAttribute('stroke')).toBe('var(--red)')
  })

  it('draws cycle and lead time as bars in the theme palette', async () => {
    serve('cycle-time', histogram(3))
    const { container } = renderWithProviders(<CycleReport boardId={1} table={false} />)

    expect(await screen.findByText(/3 issues done in this period/)).toBeInTheDocument()
    await vi.waitFor(() => expect(container.querySelector('.recharts-bar-rectangle path')).not.toBeNull())
    const fills = new Set([...container.querySelectorAll('.recharts-bar-rectangle path')].map((bar) => bar.getAttribute('fill')))
    expect(fills).toEqual(new Set(['var(--blue)', 'var(--purple)']))
  })

  it('lists the cumulative flow legend in workflow order, as the areas are stacked', async () => {
    const flow: CumulativeFlow = { timeframe, days, statuses: { Open: [1, 1, 1], 'In Progress': [1, 1, 1], Closed: [1, 2, 3] } }
    serve('cumulative-flow', flow)
    const { container } = renderWithProviders(<FlowReport boardId={1} table={false} />)

    await vi.waitFor(() => expect(container.querySelectorAll('.recharts-legend-item')).toHaveLength(3))
    const legend = [...container.querySelectorAll('.recharts-legend-item-text')].map((item) => item.textContent)
    expect(legend).toEqual(['Open', 'In Progress', 'Closed'])
    const areas = [...container.querySelectorAll('.recharts-area-curve')].map((area) => area.getAttribute('stroke'))
    expect(areas).toEqual(['var(--text-3)', 'var(--blue)', 'var(--purple)'])
  })

  it('writes the days on the axis in words, not as ISO dates', async () => {
    serve('created-resolved', createdResolved([1, 2, 0]))
    const { container } = renderWithProviders(<CreatedReport boardId={1} table={false} />)

    await vi.waitFor(() => expect(container.querySelector('.recharts-cartesian-axis-tick-value')).not.toBeNull())
    const ticks = [...container.querySelectorAll('.recharts-cartesian-axis-tick-value')].map((tick) => tick.textContent)
    expect(ticks).toContain(dayText('2026-01-02', yearNeeded(days)))
    expect(ticks.join(' ')).not.toMatch(/\d{4}-\d{2}-\d{2}/)
  })
})

describe('cycle and lead time', () => {
  it('gives the median and 85th percentile of each above the chart, in days', async () => {
    serve('cycle-time', histogram(3))
    renderWithProviders(<CycleReport boardId={1} table={false} />)

    expect(await screen.findByText('Cycle time, median')).toBeInTheDocument()
    expect(screen.getByText('Cycle time, median').nextSibling).toHaveTextContent('0.5 days')
    expect(screen.getByText('Lead time, 85th percentile').nextSibling).toHaveTextContent('1 day')
    expect(screen.queryByText(/a point a/)).not.toBeInTheDocument()
  })

  it('says how many issues cycle time leaves out and why, and that lead time counts them', async () => {
    serve('cycle-time', histogram(3, 2))
    renderWithProviders(<CycleReport boardId={1} table={false} />)

    expect(await screen.findByText(
      'Cycle time leaves out 2 issues imported done: with no status changes, when work on them started is unknown. Lead time counts them.',
    )).toBeInTheDocument()
  })

  it('shows a dash for cycle time when no issue has a known start', async () => {
    serve('cycle-time', histogram(1, 1))
    renderWithProviders(<CycleReport boardId={1} table={false} />)

    expect(await screen.findByText(/^1 issue done in this period/)).toBeInTheDocument()
    expect(screen.getByText('Cycle time, median').nextSibling).toHaveTextContent('–')
    expect(screen.getByText(/Cycle time leaves out 1 issue imported done: .+ work on it started is unknown\. Lead time counts it\./)).toBeInTheDocument()
  })
})
