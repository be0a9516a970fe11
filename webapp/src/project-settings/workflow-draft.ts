import type { Scheme, StatusCategory, WorkflowDefinition } from '../api/projects'

/**
 * A workflow being edited. Each status has a key that stays while its name is typed, so a rename never touches another
 * status of the same name on the way and its transitions follow it; an existing status keeps its id, so the server
 * renames it (with its issues) instead of removing it.
 */
export interface WorkflowDraft {
  statuses: { key: string; id?: number; savedName?: string; name: string; category: StatusCategory }[]
  /** `from` and `to` are statuses' keys; no `from`: the transition may be taken from any status. */
  transitions: { name: string; from?: string; to: string }[]
  /** Saved statuses taken out, by the name the server knows, each with the key of the status its issues move to. */
  removed: { key: string; name: string; movesTo: string }[]
}

const keyOf = (id: number) => `status-${id}`
let added = 0

export function draftOf(scheme: Scheme): WorkflowDraft {
  return {
    statuses: scheme.workflow.statuses.map(({ id, name, category }) => ({ key: keyOf(id), id, savedName: name, name, category })),
    transitions: scheme.workflow.transitions.map((transition) => ({
      name: transition.name,
      from: transition.fromStatusId === null ? undefined : keyOf(transition.fromStatusId),
      to: keyOf(transition.toStatusId),
    })),
    removed: [],
  }
}

/** What the server takes: statuses by name (with their ids), transitions by their statuses' names. */
export function definitionOf(draft: WorkflowDraft): WorkflowDefinition {
  const names = new Map(draft.statuses.map((status) => [status.key, status.name.trim()]))
  return {
    statuses: draft.statuses.map(({ id, name, category }) => ({ ...(id !== undefined && { id }), name: name.trim(), category })),
    transitions: draft.transitions.map(({ name, from, to }) => ({ name: name.trim(), ...(from && { from: names.get(from) }), to: names.get(to) ?? '' })),
    ...(draft.removed.length && { moveIssues: Object.fromEntries(draft.removed.map((gone) => [gone.name, names.get(gone.movesTo) ?? ''])) }),
  }
}

/** The name of the status `key`, as typed. */
export const statusName = (draft: WorkflowDraft, key: string | undefined) => draft.statuses.find((status) => status.key === key)?.name

/**
 * As Jira's "allow all statuses to transition to this one", a new status comes with a transition to it from any status.
 * It goes before the done statuses unless it is one, so Done stays the board's last column.
 */
export function addStatus(draft: WorkflowDraft, name: string, category: StatusCategory): WorkflowDraft {
  const key = `new-${++added}`
  const firstDone = draft.statuses.findIndex((status) => status.category === 'done')
  const at = category === 'done' || firstDone < 0 ? draft.statuses.length : firstDone
  return {
    ...draft,
    statuses: [...draft.statuses.slice(0, at), { key, name: name.trim(), category }, ...draft.statuses.slice(at)],
    transitions: [...draft.transitions, { name: name.trim(), to: key }],
  }
}

/**
 * Its transitions go with it. A saved status's issues move to the first status left of its category (else the first
 * left), as are those that were to move to it; the person can choose another with {@link moveIssuesTo}.
 */
export function removeStatus(draft: WorkflowDraft, key: string): WorkflowDraft {
  const gone = draft.statuses.find((status) => status.key === key)
  const statuses = draft.statuses.filter((status) => status.key !== key)
  if (!gone || !statuses.length) return { ...draft, statuses, transitions: draft.transitions.filter((t) => t.to !== key && t.from !== key) }
  const fallback = (statuses.find((status) => status.category === gone.category) ?? statuses[0]).key
  const removed = draft.removed.map((earlier) => (earlier.movesTo === key ? { ...earlier, movesTo: fallback } : earlier))
  return {
    statuses,
    transitions: draft.transitions.filter((t) => t.to !== key && t.from !== key),
    removed: gone.savedName === undefined ? removed : [...removed, { key, name: gone.savedName, movesTo: fallback }],
  }
}

/** Where the issues of the removed status `key` move: the status `to` (a key). */
export const moveIssuesTo = (draft: WorkflowDraft, key: string, to: string): WorkflowDraft => ({
  ...draft,
  removed: draft.removed.map((gone) => (gone.key === key ? { ...gone, movesTo: to } : gone)),
})

const change = (draft: WorkflowDraft, key: string, values: Partial<WorkflowDraft['statuses'][number]>): WorkflowDraft => ({
  ...draft,
  statuses: draft.statuses.map((status) => (status.key === key ? { ...status, ...values } : status)),
})

export const renameStatus = (draft: WorkflowDraft, key: string, name: string) => change(draft, key, { name })

export const setCategory = (draft: WorkflowDraft, key: string, category: StatusCategory) => change(draft, key, { category })

/** Moves a status one place left (-1) or right (+1) on the board. */
export function moveStatus(draft: WorkflowDraft, key: string, step: -1 | 1): WorkflowDraft {
  const index = draft.statuses.findIndex((status) => status.key === key)
  const target = index + step
  if (index < 0 || target < 0 || target >= draft.statuses.length) return draft
  const statuses = [...draft.statuses]
  ;[statuses[index], statuses[target]] = [statuses[target], statuses[index]]
  return { ...draft, statuses }
}

/** `from` and `to` are statuses' keys; an empty `from` means any status. */
export function addTransition(draft: WorkflowDraft, transition: { name: string; from?: string; to: string }): WorkflowDraft {
  return { ...draft, transitions: [...draft.transitions, { ...transition, name: transition.name.trim(), from: transition.from || undefined }] }
}

export function removeTransition(draft: WorkflowDraft, index: number): WorkflowDraft {
  return { ...draft, transitions: draft.transitions.filter((_, i) => i !== index) }
}

/**
 * What the workflow would do to issues that the person may not mean, said before saving: a status (not done) that no
 * transition leaves, where issues would be stuck, and one that no transition leads to.
 */
export function draftWarnings(draft: WorkflowDraft): string[] {
  const warnings: string[] = []
  for (const status of draft.statuses) {
    const name = status.name.trim() || 'a status without a name'
    const leaves = draft.transitions.some((t) => t.to !== status.key && (t.from === status.key || t.from === undefined))
    const reached = draft.transitions.some((t) => t.to === status.key && t.from !== status.key)
    if (status.category !== 'done' && !leaves && draft.statuses.length > 1) {
      warnings.push(`Issues in “${name}” could not move anywhere: add a transition from it.`)
    }
    if (!reached && draft.statuses.indexOf(status) > 0) warnings.push(`No transition leads to “${name}”: issues can only arrive there when created.`)
  }
  return warnings
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
