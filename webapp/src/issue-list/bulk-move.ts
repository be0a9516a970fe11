import type { MovePlan } from '../api/issues'
import { plural } from '../app/words'

const keys = (list: { key: string }[]) => list.map((entry) => entry.key).join(', ')
/** The count and its noun with the verb that agrees: "1 issue takes", "3 issues take". */
const agreeing = (n: number, noun: string, verb: [one: string, many: string]) => `${plural(n, noun)} ${n === 1 ? verb[0] : verb[1]}`

/**
 * What moving the selection does, in sentences, as Jira's bulk Move confirms it: the issues that move and the
 * sub-tasks that go with them, the selected sub-tasks refused without their parent (a sub-task moves only with its
 * parent, as in Jira), and what belongs to the old project and is dropped.
 */
export function bulkMoveConsequences(plan: MovePlan, from: string): string[] {
  const to = plan.project
  const refused = plan.refused.length
    ? [`${agreeing(plan.refused.length, 'selected sub-task', ['is not moved without its parent', 'are not moved without their parents'])}: ${keys(plan.refused)}. A sub-task moves only with its parent: select the parent instead.`]
    : []
  if (!plan.moving.length) return [...refused, 'Nothing else is selected, so nothing would move.']
  const lines = [
    `${agreeing(plan.moving.length, 'issue', ['takes the next key', 'take the next keys'])} of ${to}; ${plan.moving.length === 1 ? 'its old key and address keep finding it' : 'their old keys and addresses keep finding them'}.`,
  ]
  if (plan.subtasks) {
    const along = plan.along.length ? ` (${keys(plan.along)} among them)` : ''
    lines.push(`${agreeing(plan.subtasks, 'sub-task', ['moves with its parent', 'move with their parents'])}, each under a new key${along}.`)
  }
  lines.push(...refused)
  const { components, versions, assignees, epics, epicIssues } = plan.dropped
  if (components) lines.push(`The components of ${plural(components, 'issue')} belong to ${from} and are dropped.`)
  if (versions) lines.push(`The versions of ${plural(versions, 'issue')} belong to ${from} and are dropped.`)
  if (assignees) lines.push(`${agreeing(assignees, 'issue', ['is', 'are'])} unassigned: the assignee cannot be assigned issues in ${to}.`)
  if (epics) lines.push(`${agreeing(epics, 'issue', ['leaves its epic', 'leave their epics'])}.`)
  if (epicIssues) lines.push(`${agreeing(epicIssues, 'issue', ['of the epics moved stays', 'of the epics moved stay'])} in ${from}, no longer in an epic.`)
  lines.push(`What moves leaves any open sprint of ${from}’s boards. Comments, files, links, watchers, work logged and history stay.`)
  return lines
}
