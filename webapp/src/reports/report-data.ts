import type { Burndown, Burnup, CreatedResolved, CumulativeFlow, Timeframe } from '../api/planning'
import { dayText, localDay, yearNeeded } from '../app/calendar-day'

export interface BurndownPoint {
  /** Milliseconds since the epoch, for a time axis. */
  at: number
  remaining: number
  /** The burnup's two lines, from the server's burnup: all the work in the sprint, and the work done. */
  scope?: number
  done?: number
  guideline?: number
  key?: string
  kind?: string
  change?: number
}

/**
 * The burndown as a step line: the remaining work at the start, then after each event, then at the end; the
 * guideline falls from the starting work to zero at the planned end.
 */
export function burndownPoints(report: Burndown): BurndownPoint[] {
  const start = Date.parse(report.start)
  const end = Date.parse(report.end)
  const plannedEnd = report.plannedEnd ? Date.parse(report.plannedEnd) : end
  const initial = report.events.reduce((value, event) => value - event.change, report.remaining)
  const guide = (at: number) => (plannedEnd > start ? Math.max(0, initial * (1 - (at - start) / (plannedEnd - start))) : undefined)
  const points: BurndownPoint[] = [{ at: start, remaining: initial, guideline: guide(start) }]
  for (const event of report.events) {
    const at = Date.parse(event.at)
    points.push({ at, remaining: event.remaining, guideline: guide(at), key: event.key, kind: event.kind, change: event.change })
  }
  points.push({ at: end, remaining: report.remaining, guideline: guide(end) })
  if (plannedEnd > end) points.push({ at: plannedEnd, remaining: report.remaining, guideline: 0 })
  return points
}

/**
 * The reader's day of a moment of the sprint, in words, with the year when the sprint is not all this year's: a sprint
 * started at 00:00 UTC on 2 March started on 1 March in Los Angeles.
 */
export function dayOfSprint(at: number, points: BurndownPoint[]): string {
  const days = points.length ? [localDay(points[0].at), localDay(points[points.length - 1].at)] : []
  return dayText(localDay(at), yearNeeded(days))
}

/**
 * The burndown's points with the burnup's scope and done beside them: the server replays the same events for both, so
 * point i of one is point i of the other. A burnup of another sprint or moment (a refetch in between) is left out.
 */
export function withBurnup(points: BurndownPoint[], burnup: Burnup | undefined): BurndownPoint[] {
  if (!burnup || burnup.points.length !== points.length || burnup.points.some((p, i) => (p.key ?? undefined) !== points[i].key)) {
    return points
  }
  return points.map((point, i) => ({ ...point, scope: burnup.points[i].scope, done: burnup.points[i].done }))
}

const STEP_HEADINGS: Record<Timeframe['step'], string> = { DAY: 'Day', WEEK: 'Week from', MONTH: 'Month from' }

/** A report table's first column: the day, or the first day of the week or month, of each row. */
export function stepHeading(timeframe: Timeframe): string {
  return STEP_HEADINGS[timeframe.step]
}

/** How a report's axis and tooltip write its days: "27 Nov", with the year when the timeframe is not all this year's. */
export function dayFormat(timeframe: Timeframe): (day: string) => string {
  const withYear = yearNeeded([timeframe.from, timeframe.to])
  return (day) => dayText(day, withYear)
}

/** One row per point (a day, week or month) with a count per status, as a stacked area chart and a table read it. */
export function flowRows(flow: CumulativeFlow): Record<string, string | number>[] {
  return flow.days.map((day, i) => {
    const row: Record<string, string | number> = { day }
    for (const [status, counts] of Object.entries(flow.statuses)) row[status] = counts[i] ?? 0
    return row
  })
}

/** Whether a report's series counted nothing at all over its timeframe. */
export function countsNothing(...series: number[][]): boolean {
  return series.every((counts) => counts.every((n) => n === 0))
}

export function createdResolvedRows(report: CreatedResolved) {
  return report.days.map((day, i) => ({
    day,
    created: report.created[i],
    resolved: report.resolved[i],
    createdTotal: report.createdTotal[i],
    resolvedTotal: report.resolvedTotal[i],
  }))
}

const KIND_NAMES: Record<string, string> = {
  ADDED: 'Scope added',
  REMOVED: 'Scope removed',
  ESTIMATE_CHANGED: 'Re-estimated',
  COMPLETED: 'Completed',
  REOPENED: 'Reopened',
}

export function kindName(kind: string | undefined): string {
  return kind ? (KIND_NAMES[kind] ?? kind) : ''
}
