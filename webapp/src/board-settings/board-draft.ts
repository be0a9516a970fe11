import type { BoardConfig, BoardUpdate } from '../api/planning'
import { limitText, parseLimits } from '../project-settings/wip-limits'

export type Swimlanes = BoardConfig['swimlanes']

/** A column as the settings form edits it: WIP limits as typed, blank for none. */
export interface ColumnDraft {
  name: string
  statuses: string[]
  min: string
  max: string
}

/** A quick filter as the form edits it; `id` is absent for one added since the board was saved. */
export interface QuickFilterDraft {
  id?: number
  name: string
  jql: string
  description: string
}

export interface BoardDraft {
  name: string
  jql: string
  swimlanes: Swimlanes
  columns: ColumnDraft[]
  quickFilters: QuickFilterDraft[]
  /** Days as typed, blank to show every done issue; a kanban board's only. */
  hideDoneAfterDays: string
}

export function draftOf(board: BoardConfig): BoardDraft {
  return {
    name: board.name,
    jql: board.jql,
    swimlanes: board.swimlanes,
    columns: board.columns.map((c) => ({ name: c.name, statuses: [...c.statuses], min: limitText(c.min), max: limitText(c.max) })),
    quickFilters: board.quickFilters.map((f) => ({ id: f.id, name: f.name, jql: f.jql, description: f.description ?? '' })),
    hideDoneAfterDays: limitText(board.hideDoneAfterDays),
  }
}

const withColumns = (draft: BoardDraft, columns: ColumnDraft[]): BoardDraft => ({ ...draft, columns })

const replaceAt = <T,>(list: T[], index: number, item: T) => list.map((old, i) => (i === index ? item : old))

/** The item one place earlier (-1) or later (+1); the same list at the ends. */
function moveAt<T>(list: T[], index: number, by: -1 | 1): T[] {
  const to = index + by
  if (to < 0 || to >= list.length) return list
  const moved = [...list]
  ;[moved[index], moved[to]] = [moved[to], moved[index]]
  return moved
}

/** A new column at the right end, named "New column", "New column 2", ... so that names stay apart. */
export function addColumn(draft: BoardDraft): BoardDraft {
  const taken = new Set(draft.columns.map((c) => c.name.toLowerCase()))
  let name = 'New column'
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `New column ${n}`
  return withColumns(draft, [...draft.columns, { name, statuses: [], min: '', max: '' }])
}

export function renameColumn(draft: BoardDraft, index: number, name: string): BoardDraft {
  return withColumns(draft, replaceAt(draft.columns, index, { ...draft.columns[index], name }))
}

/** The column's statuses become unmapped. */
export function removeColumn(draft: BoardDraft, index: number): BoardDraft {
  return withColumns(draft, draft.columns.filter((_, i) => i !== index))
}

/** Moves a column one place left (-1) or right (+1); nothing happens at the ends. */
export function moveColumn(draft: BoardDraft, index: number, by: -1 | 1): BoardDraft {
  const columns = moveAt(draft.columns, index, by)
  return columns === draft.columns ? draft : withColumns(draft, columns)
}

/** Puts a status in one column (taking it out of any other), or in none with `null`. */
export function mapStatus(draft: BoardDraft, status: string, column: number | null): BoardDraft {
  return withColumns(
    draft,
    draft.columns.map((c, i) => {
      const rest = c.statuses.filter((s) => s.toLowerCase() !== status.toLowerCase())
      return { ...c, statuses: i === column ? [...rest, status] : rest }
    }),
  )
}

/** The workflow's statuses no column shows: issues in them are not on the board. */
export function unmappedStatuses(draft: BoardDraft, workflow: string[]): string[] {
  const mapped = new Set(draft.columns.flatMap((c) => c.statuses.map((s) => s.toLowerCase())))
  return workflow.filter((s) => !mapped.has(s.toLowerCase()))
}

export function setLimit(draft: BoardDraft, index: number, which: 'min' | 'max', value: string): BoardDraft {
  return withColumns(draft, replaceAt(draft.columns, index, { ...draft.columns[index], [which]: value }))
}

export function addQuickFilter(draft: BoardDraft): BoardDraft {
  return { ...draft, quickFilters: [...draft.quickFilters, { name: '', jql: '', description: '' }] }
}

export function editQuickFilter(draft: BoardDraft, index: number, change: Partial<Omit<QuickFilterDraft, 'id'>>): BoardDraft {
  return { ...draft, quickFilters: replaceAt(draft.quickFilters, index, { ...draft.quickFilters[index], ...change }) }
}

export function removeQuickFilter(draft: BoardDraft, index: number): BoardDraft {
  return { ...draft, quickFilters: draft.quickFilters.filter((_, i) => i !== index) }
}

/** Moves a quick filter one place up (-1) or down (+1): the board shows them in this order. */
export function moveQuickFilter(draft: BoardDraft, index: number, by: -1 | 1): BoardDraft {
  const quickFilters = moveAt(draft.quickFilters, index, by)
  return quickFilters === draft.quickFilters ? draft : { ...draft, quickFilters }
}

/** What is wrong before asking the server, keyed by where the form shows it (`name`, `column-2`, `quick-0`). */
export function problems(draft: BoardDraft): Record<string, string> {
  const found: Record<string, string> = {}
  if (!draft.name.trim()) found.name = 'A board needs a name.'
  if (!draft.jql.trim()) found.jql = 'A board needs a filter query.'
  if (!draft.columns.length) found.columns = 'A board needs at least one column.'
  const seen = new Set<string>()
  draft.columns.forEach((c, i) => {
    const key = `column-${i}`
    const limits = parseLimits(c.min, c.max)
    if (!c.name.trim()) found[key] = 'Give the column a name.'
    else if (seen.has(c.name.trim().toLowerCase())) found[key] = `Another column is called “${c.name.trim()}”.`
    else if (typeof limits === 'string') found[key] = limits
    seen.add(c.name.trim().toLowerCase())
  })
  draft.quickFilters.forEach((f, i) => {
    if (!f.name.trim() || !f.jql.trim()) found[`quick-${i}`] = 'A quick filter needs a name and a JQL query.'
  })
  if (hideDoneDays(draft.hideDoneAfterDays) === undefined) found.hideDone = 'Hide done issues after 1 to 365 days, or leave it empty to show them all.'
  return found
}

/** Why a save was refused, one sentence for each place the form marks, to say beside Save what blocks it. */
export function blockers(draft: BoardDraft, shown: Record<string, string>): string[] {
  return Object.entries(shown).map(([key, message]) => `${placeOf(draft, key)}: ${message}`)
}

function placeOf(draft: BoardDraft, key: string): string {
  const [kind, index] = key.split('-')
  if (kind === 'quick') return `Quick filter “${draft.quickFilters[Number(index)]?.name.trim() || Number(index) + 1}”`
  if (kind === 'column') return `Column “${draft.columns[Number(index)]?.name.trim() || Number(index) + 1}”`
  return { name: 'Name', jql: 'Filter', columns: 'Columns', hideDone: 'Hide done issues' }[kind] ?? kind
}

/** The server's refusals of quick filters (`quickFilters[2].jql`), keyed as the form shows them (`quick-2`). */
export function quickFilterRefusals(byField: Record<string, string>): Record<string, string> {
  const found: Record<string, string> = {}
  for (const [field, message] of Object.entries(byField)) {
    const index = /^quickFilters\[(\d+)\]/.exec(field)?.[1]
    if (index !== undefined) found[`quick-${index}`] = message
  }
  return found
}

/**
 * The update to send: the query only when it changed (the server saves a new filter for it), everything else as
 * the form shows it; quick filters keep their ids, which the board's address names the chosen ones by.
 */
export function updateOf(draft: BoardDraft, board: BoardConfig): BoardUpdate {
  const update: BoardUpdate = {
    name: draft.name.trim(),
    swimlanes: draft.swimlanes,
    columns: draft.columns.map((c) => ({ name: c.name.trim(), statuses: c.statuses, ...limitsOf(c) })),
    quickFilters: draft.quickFilters.map((f) => ({ id: f.id, name: f.name.trim(), jql: f.jql.trim(), description: f.description.trim() || null })),
  }
  if (draft.jql.trim() !== board.jql.trim()) update.jql = draft.jql.trim()
  // 0 tells the server to show every done issue (an update that leaves the field out keeps it).
  if (board.kind === 'kanban') update.hideDoneAfterDays = hideDoneDays(draft.hideDoneAfterDays) ?? 0
  return update
}

/** The column's limits as numbers; none for what {@link problems} would refuse. */
function limitsOf(column: ColumnDraft) {
  const limits = parseLimits(column.min, column.max)
  return typeof limits === 'string' ? { min: null, max: null } : limits
}

/** Whole days from 1 to 365, null for blank, undefined for anything else. */
function hideDoneDays(text: string): number | null | undefined {
  const days = text.trim()
  if (!days) return null
  return /^\d+$/.test(days) && Number(days) >= 1 && Number(days) <= 365 ? Number(days) : undefined
}
