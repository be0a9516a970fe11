import type { Scheme, StatusCategory, WorkflowDefinition } from '../api/projects'

/** A workflow being edited: the same shape the server takes, statuses and transitions by name. */
export type WorkflowDraft = WorkflowDefinition

export function draftOf(scheme: Scheme): WorkflowDraft {
  const names = new Map(scheme.workflow.statuses.map((status) => [status.id, status.name]))
  return {
    statuses: scheme.workflow.statuses.map(({ name, category }) => ({ name, category })),
    transitions: scheme.workflow.transitions.map((transition) => ({
      name: transition.name,
      from: transition.fromStatusId === null ? undefined : names.get(transition.fromStatusId),
      to: names.get(transition.toStatusId) ?? '',
    })),
  }
}

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase()

export function addStatus(draft: WorkflowDraft, name: string, category: StatusCategory): WorkflowDraft {
  return { ...draft, statuses: [...draft.statuses, { name: name.trim(), category }] }
}

/** Its transitions go with it. */
export function removeStatus(draft: WorkflowDraft, name: string): WorkflowDraft {
  return {
    statuses: draft.statuses.filter((status) => !same(status.name, name)),
    transitions: draft.transitions.filter((t) => !same(t.to, name) && !(t.from && same(t.from, name))),
  }
}

/** Transitions follow the new name. */
export function renameStatus(draft: WorkflowDraft, from: string, to: string): WorkflowDraft {
  const rename = (name: string) => (same(name, from) ? to : name)
  return {
    statuses: draft.statuses.map((status) => ({ ...status, name: rename(status.name) })),
    transitions: draft.transitions.map((t) => ({ ...t, from: t.from && rename(t.from), to: rename(t.to) })),
  }
}

export function setCategory(draft: WorkflowDraft, name: string, category: StatusCategory): WorkflowDraft {
  return { ...draft, statuses: draft.statuses.map((status) => (same(status.name, name) ? { ...status, category } : status)) }
}

/** Moves a status one place left (-1) or right (+1) on the board. */
export function moveStatus(draft: WorkflowDraft, name: string, step: -1 | 1): WorkflowDraft {
  const index = draft.statuses.findIndex((status) => same(status.name, name))
  const target = index + step
  if (index < 0 || target < 0 || target >= draft.statuses.length) return draft
  const statuses = [...draft.statuses]
  ;[statuses[index], statuses[target]] = [statuses[target], statuses[index]]
  return { ...draft, statuses }
}

export function addTransition(draft: WorkflowDraft, transition: { name: string; from?: string; to: string }): WorkflowDraft {
  return { ...draft, transitions: [...draft.transitions, { ...transition, name: transition.name.trim(), from: transition.from || undefined }] }
}

export function removeTransition(draft: WorkflowDraft, index: number): WorkflowDraft {
  return { ...draft, transitions: draft.transitions.filter((_, i) => i !== index) }
}

/** What must be fixed before saving; the server checks the rest (statuses that still have issues). */
export function draftProblems(draft: WorkflowDraft): string[] {
  const problems: string[] = []
  const seen = new Set<string>()
  for (const status of draft.statuses) {
    const key = status.name.trim().toLowerCase()
    if (!key) problems.push('Every status needs a name')
    else if (seen.has(key)) problems.push(`Status “${status.name}” is listed twice`)
    seen.add(key)
  }
  if (!draft.statuses.length) problems.push('A workflow needs at least one status')
  return problems
}
