import type { Burndown, CreatedResolved, CumulativeFlow } from '../api/planning'

export interface BurndownPoint {
  /** Milliseconds since the epoch, for a time axis. */
  at: number
  remaining: number
  /** The burnup's two lines: all the work in the sprint, and the work done. */
  scope: number
  done: number
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
  // Completing or reopening moves work between done and remaining; every other event changes the scope.
  let scope = initial
  let done = 0
  const points: BurndownPoint[] = [{ at: start, remaining: initial, scope, done, guideline: guide(start) }]
  for (const event of report.events) {
    const at = Date.parse(event.at)
    if (event.kind === 'COMPLETED' || event.kind === 'REOPENED') done -= event.change
    else scope += event.change
    points.push({ at, remaining: event.remaining, scope, done, guideline: guide(at), key: event.key, kind: event.kind, change: event.change })
  }
  points.push({ at: end, remaining: report.remaining, scope, done, guideline: guide(end) })
  if (plannedEnd > end) points.push({ at: plannedEnd, remaining: report.remaining, scope, done, guideline: 0 })
  return points
}

/** One row per day with a count per status, as a stacked area chart and a table read it. */
export function flowRows(flow: CumulativeFlow): Record<string, string | number>[] {
  return flow.days.map((day, i) => {
    const row: Record<string, string | number> = { day }
    for (const [status, counts] of Object.entries(flow.statuses)) row[status] = counts[i] ?? 0
    return row
  })
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
