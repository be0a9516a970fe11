import type { IssueColumn, IssueSummary } from '../api/issues'
import type { Scheme } from '../api/projects'

/** Newest first, as the server lists them, so a moved card lands where a refetch will put it. */
function byCreatedDesc(a: IssueSummary, b: IssueSummary): number {
  return b.createdAt.localeCompare(a.createdAt)
}

/** What a column holds: its total and the cards loaded (a page of the list, or a column of the board's one read). */
interface Cards {
  total: number
  items: IssueSummary[]
}

/** One column's page after `issue` moved to `toStatus`: gone from its old column, added to its new one. */
export function applyMove<P extends Cards>(page: P, columnStatus: string, issue: IssueSummary, toStatus: string): P {
  if (issue.status === toStatus) return page
  if (columnStatus === issue.status) {
    const items = page.items.filter((item) => item.key !== issue.key)
    return items.length === page.items.length ? page : { ...page, items, total: page.total - 1 }
  }
  if (columnStatus === toStatus) {
    const moved = { ...issue, status: toStatus }
    const items = [...page.items.filter((item) => item.key !== issue.key), moved].sort(byCreatedDesc)
    return { ...page, items, total: page.total + 1 }
  }
  return page
}

/** Replaces a card with the server's copy (new version, status category, resolution). */
export function applySaved<P extends Cards>(page: P, saved: IssueSummary): P {
  const index = page.items.findIndex((item) => item.key === saved.key)
  if (index < 0) return page
  const items = [...page.items]
  items[index] = { ...items[index], ...saved }
  return { ...page, items }
}

/** Statuses the workflow lets an issue in `fromStatus` move to; a transition without a source applies from anywhere. */
export function reachableStatuses(workflow: Scheme['workflow'], fromStatus: string): Set<string> {
  const from = workflow.statuses.find((status) => status.name === fromStatus)
  const names = new Map(workflow.statuses.map((status) => [status.id, status.name]))
  const reachable = new Set<string>()
  for (const transition of workflow.transitions) {
    if (transition.fromStatusId === null || transition.fromStatusId === from?.id) {
      const name = names.get(transition.toStatusId)
      if (name && name !== fromStatus) reachable.add(name)
    }
  }
  return reachable
}

/**
 * Whether a card matches the board's text filter as the server reads it (summary contains the text, any case, or the
 * key is the text), so the loaded cards can be filtered at once while the server counts the whole column.
 */
export function matchesText(issue: IssueSummary, text: string): boolean {
  const wanted = text.trim()
  if (!wanted) return true
  return issue.summary.toLowerCase().includes(wanted.toLowerCase()) || issue.key === wanted.toUpperCase()
}

/**
 * A column as the filter typed so far shows it: the cards loaded that match. The total is exact when every card of
 * the column was loaded; otherwise it is a lower bound until the server answers for this text.
 */
export function filterColumn<P extends Cards>(column: P, text: string): { column: P; exact: boolean } {
  if (!text.trim()) return { column, exact: true }
  const items = column.items.filter((issue) => matchesText(issue, text))
  return { column: { ...column, items, total: items.length }, exact: column.items.length >= column.total }
}

export interface QuickFilterValues {
  /** '' (anyone), 'me', 'unassigned' or an email. */
  assignee: string
  /** '' (every type) or a type's name. */
  type: string
  /** '' (any label) or one label. */
  label: string
}

export const NO_QUICK_FILTERS: QuickFilterValues = { assignee: '', type: '', label: '' }

/** The labels on the cards loaded, and the chosen one, sorted: what the board can narrow to by label. */
export function boardLabels(columns: IssueColumn[] | undefined, chosen: string): string[] {
  const labels = new Set(chosen ? [chosen] : [])
  for (const column of columns ?? []) for (const issue of column.items) for (const label of issue.labels) labels.add(label)
  return [...labels].sort((a, b) => a.localeCompare(b))
}
