import { cloneElement, type ReactElement } from 'react'
import { screen } from '@testing-library/react'
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest'
import type { CreatedResolved, CumulativeFlow, Histogram } from '../api/planning'
import { json, renderWithProviders, stubFetch } from '../test-utils'
import { CreatedReport, CycleReport, FlowReport } from './flow-reports'

vi.mock('recharts', async (original) => {
  const actual = await original<typeof import('recharts')>()
  // jsdom has no layout: give the chart a fixed size instead of a responsive one.
  return { ...actual, ResponsiveContainer: ({ children }: { children: ReactElement<{ width?: number; height?: number }> }) => cloneElement(children, { width: 600, height: 240 }) }
})
// The next test file in this worker gets the real recharts (see test-setup.ts).
afterAll(() => vi.doUnmock('recharts'))
afterEach(() => vi.unstubAllGlobals())

const timeframe = { from: '2026-01-01', to: '2026-01-03', step: 'DAY' as const }
const days = ['2026-01-01', '2026-01-02', '2026-01-03']

function createdResolved(counts: number[]): CreatedResolved {
  return { timeframe, days, created: counts, resolved: [0, 0, 0], createdTotal: counts, resolvedTotal: [0, 0, 0] }
}

function histogram(issues: number): Histogram {
  const buckets = [{ label: '0–1 d', upTo: 1, count: issues }, { label: '1+ d', upTo: null, count: 0 }]
  return { timeframe, cycle: buckets, lead: buckets, issues }
}

function serve(path: string, body: unknown) {
  stubFetch({ [`GET /api/v1/boards/1/reports/${path}`]: () => json(200, body) })
}

describe('a report with nothing in its period', () => {
  it('says no issues were created or resolved in the preset period, and to pick a longer one', async () => {
    serve('created-resolved', createdResolved([0, 0, 0]))
    renderWithProviders(<CreatedReport boardId={1} table />)

    expect(await screen.findByText('No issues were created or resolved in the last 3 months. Pick a longer period.')).toBeInTheDocument()
    expect(screen.queryByRole('table')).not.toBeInTheDocument()
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
})
