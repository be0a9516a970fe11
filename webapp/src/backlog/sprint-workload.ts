import type { Card } from '../api/planning'
import type { UserRef } from '../api/users'

export interface Workload {
  assignee: UserRef | null
  issues: number
  points: number
  /** Of those, done. */
  doneIssues: number
  donePoints: number
  /** The estimates (remaining, or original when none remains set) of the issues not done, in seconds. */
  remainingSeconds: number
  /** Issues not done that have no estimate. */
  unestimated: number
}

/**
 * A sprint's issues, story points and remaining estimates per assignee, the most points first, unassigned work last
 * (as Jira's workload). Done issues count among the issues, not in what remains.
 */
export function workloadOf(cards: Card[]): Workload[] {
  const byPerson = new Map<string, Workload>()
  for (const card of cards) {
    const key = card.assignee?.email ?? ''
    const load = byPerson.get(key) ?? { assignee: card.assignee, issues: 0, points: 0, doneIssues: 0, donePoints: 0, remainingSeconds: 0, unestimated: 0 }
    const points = card.storyPoints ?? 0
    const done = card.statusCategory === 'done'
    const estimate = card.estimateSeconds ?? null
    byPerson.set(key, {
      ...load,
      issues: load.issues + 1,
      points: load.points + points,
      doneIssues: load.doneIssues + (done ? 1 : 0),
      donePoints: load.donePoints + (done ? points : 0),
      remainingSeconds: load.remainingSeconds + (done ? 0 : (estimate ?? 0)),
      unestimated: load.unestimated + (!done && estimate === null ? 1 : 0),
    })
  }
  return [...byPerson.values()].sort(
    (a, b) => Number(!a.assignee) - Number(!b.assignee) || b.points - a.points || b.issues - a.issues || (a.assignee?.displayName ?? '').localeCompare(b.assignee?.displayName ?? ''),
  )
}
