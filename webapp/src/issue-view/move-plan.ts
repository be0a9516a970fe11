import type { Issue, IssueSummary, MoveMapping, MoveRequest } from '../api/issues'
import type { Member, Project, Scheme } from '../api/projects'
import { plural } from '../app/words'
import { assignable } from '../projects/use-projects'

export type Mapping = MoveMapping

export interface NeededMappings {
  types: Mapping[]
  statuses: Mapping[]
}

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase()
const distinct = (names: string[]) => names.filter((name, index) => names.findIndex((other) => same(other, name)) === index)

const levelIn = (scheme: Scheme, typeName: string) => scheme.types.find((type) => same(type.name, typeName))?.level ?? 0

/** A sub-task moves only with its parent, as in Jira. */
export const isSubtask = (issue: Pick<IssueSummary, 'type'>, source: Scheme) => levelIn(source, issue.type) < 0

/** The projects an issue can be moved to: the caller's others, where they may create issues (members and admins). */
export function moveTargets(projects: Project[], fromProject: string): Project[] {
  return projects.filter((project) => project.key !== fromProject && project.role !== 'viewer')
}

/**
 * What the target lacks among the moving issues' types and statuses, as Jira's Move asks: a type goes to one of the
 * same level (an epic stays an epic, a sub-task a sub-task), a status to any of the target's workflow.
 */
export function neededMappings(moving: Pick<IssueSummary, 'type' | 'status'>[], source: Scheme, target: Scheme): NeededMappings {
  const types = distinct(moving.map((issue) => issue.type)).flatMap((name) => {
    const level = levelIn(source, name)
    if (target.types.some((type) => same(type.name, name) && type.level === level)) return []
    return [{ from: name, choices: target.types.filter((type) => type.level === level).map((type) => type.name) }]
  })
  const statuses = [...target.workflow.statuses].sort((a, b) => a.position - b.position).map((status) => status.name)
  const missing = distinct(moving.map((issue) => issue.status)).filter((name) => !statuses.some((status) => same(status, name)))
  return { types, statuses: missing.map((from) => ({ from, choices: statuses })) }
}

/** The request: the project, and a choice for each mapping needed (the first of its choices until one is picked). */
export function moveRequest(project: string, needed: NeededMappings, chosen: Record<string, string>): MoveRequest {
  const pick = (mappings: Mapping[], kind: string) =>
    Object.fromEntries(mappings.map((mapping) => [mapping.from, chosen[`${kind}:${mapping.from}`] ?? mapping.choices[0] ?? '']))
  const request: MoveRequest = { project }
  if (needed.types.length) request.types = pick(needed.types, 'type')
  if (needed.statuses.length) request.statuses = pick(needed.statuses, 'status')
  return request
}

const listed = (names: string[]) => names.join(', ')

/**
 * What moving changes, in sentences: the new key (the old one still finds it), the sub-tasks that go along (or an
 * epic's issues that stay), what belongs to the old project and is dropped, an assignee who cannot be assigned there.
 * For an issue that is not a sub-task (a sub-task's parent is moved instead).
 */
export function moveConsequences(issue: Issue, children: IssueSummary[], source: Scheme, target: Scheme, targetMembers?: Member[]): string[] {
  const from = source.project.key
  const to = target.project.key
  const epic = levelIn(source, issue.type) > 0
  const lines = [`${issue.key} takes the next key of ${to}; links to ${issue.key} and its address keep finding it.`]
  const subtasks = epic ? 0 : children.length
  if (subtasks) {
    const moves = children.length === 1 ? 'moves with it under a new key' : 'move with it, each under a new key'
    lines.push(`Its ${plural(children.length, 'sub-task')} (${listed(children.map((child) => child.key))}) ${moves}.`)
  }
  if (epic && children.length) {
    const stays = children.length === 1 ? `stays in ${from} and is` : `stay in ${from} and are`
    lines.push(`Its ${plural(children.length, 'issue')} ${stays} no longer in the epic.`)
  }
  if (issue.parentKey) lines.push(`It leaves its epic ${issue.parentKey}, which stays in ${from}.`)
  const versions = distinct([...issue.fixVersions, ...issue.affectsVersions])
  const dropped = [
    issue.components.length > 0 && `components (${listed(issue.components)})`,
    versions.length > 0 && `versions (${listed(versions)})`,
  ].filter((part): part is string => !!part)
  if (dropped.length || subtasks) {
    const whose = subtasks ? ' (its sub-tasks’ too)' : ''
    lines.push(dropped.length
      ? `Its ${dropped.join(' and ')} belong to ${from} and are dropped${whose}.`
      : `Components and versions belong to ${from}: its sub-tasks’ are dropped.`)
  }
  if (issue.assignee && targetMembers && !assignable(targetMembers).some((member) => member.user.id === issue.assignee?.id)) {
    lines.push(`${issue.assignee.displayName} cannot be assigned issues in ${to} and is unassigned.`)
  }
  lines.push(`It leaves any open sprint of ${from}’s boards. Comments, files, links, watchers, work logged and history stay.`)
  return lines
}
