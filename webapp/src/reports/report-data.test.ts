import { describe, expect, it, vi } from 'vitest'
import type { Burndown, Burnup, Timeframe } from '../api/planning'
import { dayText, yearNeeded } from '../app/calendar-day'
import { burndownPoints, createdResolvedRows, dayOfSprint, flowRows, stepHeading, withBurnup } from './report-data'

const report: Burndown = {
  sprintId: 1,
  start: '2026-03-02T00:00:00Z',
  end: '2026-03-12T00:00:00Z',
  plannedEnd: '2026-03-16T00:00:00Z',
  committed: 8,
  added: 2,
  removed: 0,
  reestimated: 0,
  completed: 5,
  remaining: 5,
  events: [
    { at: '2026-03-03T00:00:00Z', key: 'P-3', kind: 'ADDED', change: 2, remaining: 10 },
    { at: '2026-03-05T00:00:00Z', key: 'P-1', kind: 'COMPLETED', change: -5, remaining: 5 },
  ],
  completedKeys: ['P-1'],
  incompleteKeys: ['P-2', 'P-3'],
}

describe('dayOfSprint', () => {
  it("writes a moment of the sprint as the reader's day, not the UTC day", () => {
    vi.stubEnv('TZ', 'America/Los_Angeles')
    try {
      const points = burndownPoints(report)
      expect(dayOfSprint(Date.parse('2026-03-02T00:00:00Z'), points)).toBe(dayText('2026-03-01', yearNeeded(['2026-03-01'])))
      expect(dayOfSprint(Date.parse('2026-03-12T06:59:00Z'), points)).toBe(dayText('2026-03-11', yearNeeded(['2026-03-11'])))
    } finally {
      vi.unstubAllEnvs()
    }
  })
})

describe('burndownPoints', () => {
  it('starts from the work before the first event and steps through every event', () => {
    const points = burndownPoints(report)
    expect(points.map((p) => p.remaining)).toEqual([8, 10, 5, 5, 5])
    expect(points[1]).toMatchObject({ key: 'P-3', kind: 'ADDED', change: 2 })
  })

  it('puts the server’s burnup beside the burndown’s points, and leaves out one of other events', () => {
    const at = (day: string) => `2026-03-${day}T00:00:00Z`
    const burnup: Burnup = {
      sprintId: 1,
      start: report.start,
      end: report.end,
      plannedEnd: report.plannedEnd,
      scope: 10,
      done: 5,
      points: [
        { at: at('02'), scope: 8, done: 0, key: null, kind: null },
        { at: at('03'), scope: 10, done: 0, key: 'P-3', kind: 'ADDED' },
        { at: at('05'), scope: 10, done: 5, key: 'P-1', kind: 'COMPLETED' },
        { at: at('12'), scope: 10, done: 5, key: null, kind: null },
        { at: at('16'), scope: 10, done: 5, key: null, kind: null },
      ],
    }
    const points = withBurnup(burndownPoints(report), burnup)
    expect(points.map((p) => [p.scope, p.done])).toEqual([
      [8, 0],
      [10, 0],
      [10, 5],
      [10, 5],
      [10, 5],
    ])
    const other = { ...burnup, points: burnup.points.map((p) => (p.key === 'P-3' ? { ...p, key: 'P-9' } : p)) }
    expect(withBurnup(burndownPoints(report), other).map((p) => p.scope)).toEqual([undefined, undefined, undefined, undefined, undefined])
  })

  it('draws the guideline from the starting work to zero at the planned end', () => {
    const points = burndownPoints(report)
    expect(points[0].guideline).toBe(8)
    expect(points.at(-1)?.guideline).toBe(0)
    expect(points[3].guideline).toBeCloseTo(8 * (4 / 14))
  })
})

describe('rows', () => {
  const timeframe: Timeframe = { from: '2026-03-01', to: '2026-03-02', step: 'DAY', zone: 'UTC' }

  it('turns the cumulative flow into one row per day', () => {
    expect(flowRows({ timeframe, days: ['2026-03-01', '2026-03-02'], statuses: { 'To Do': [2, 1], Done: [0, 1] } })).toEqual([
      { day: '2026-03-01', 'To Do': 2, Done: 0 },
      { day: '2026-03-02', 'To Do': 1, Done: 1 },
    ])
  })

  it('heads the first column with the step of the series', () => {
    expect(stepHeading(timeframe)).toBe('Day')
    expect(stepHeading({ ...timeframe, step: 'WEEK' })).toBe('Week from')
  })

  it('pairs created and resolved by day', () => {
    const rows = createdResolvedRows({ timeframe, days: ['d1'], created: [3], resolved: [1], createdTotal: [3], resolvedTotal: [1] })
    expect(rows).toEqual([{ day: 'd1', created: 3, resolved: 1, createdTotal: 3, resolvedTotal: 1 }])
  })
})
