import type { Card } from '../api/planning'
import type { UserRef } from '../api/users'

export interface Workload {
  assignee: UserRef | null
  issues: number
  points: number
  /** Of those, done. */
  doneIssues: number
  donePoints: number
}

/** A sprint's issues and story points per assignee, the most points first, unassigned work last (as Jira's workload). */
export function workloadOf(cards: Card[]): Workload[] {
  const byPerson = new Map<string, Workload>()
  for (const card of cards) {
    const key = card.assignee?.email ?? ''
    const load = byPerson.get(key) ?? { assignee: card.assignee, issues: 0, points: 0, doneIssues: 0, donePoints: 0 }
    const points = card.storyPoints ?? 0
    const done = card.statusCategory === 'done'
    byPerson.set(key, {
      ...load,
      issues: load.issues + 1,
      points: load.points + points,
      doneIssues: load.doneIssues + (done ? 1 : 0),
      donePoints: load.donePoints + (done ? points : 0),
    })
  }
  return [...byPerson.values()].sort(
    (a, b) => Number(!a.assignee) - Number(!b.assignee) || b.points - a.points || b.issues - a.issues || (a.assignee?.displayName ?? '').localeCompare(b.assignee?.displayName ?? ''),
  )
}
