import type { IssueColumn, IssueSummary } from '../api/issues'
import type { Scheme, Status } from '../api/projects'
import { wipState } from '../planned-board/wip'
import { samePosition, type Place } from '../backlog/plan-drop'

/**
 * Rank order, as the server lists a column, so a moved card lands where a refetch will put it. Ranks compare byte by
 * byte; a card without one (made from an issue view) goes last.
 */
function byRank(a: IssueSummary, b: IssueSummary): number {
  if (a.rank === b.rank) return 0
  if (a.rank === undefined) return 1
  if (b.rank === undefined) return -1
  return a.rank < b.rank ? -1 : 1
}

/** What a column holds: its total (and, on the board, its count without filters) and the cards loaded. */
interface Cards {
  total: number
  unfiltered?: number
  items: IssueSummary[]
}

function counted<P extends Cards>(page: P, items: IssueSummary[], change: number): P {
  const unfiltered = page.unfiltered === undefined ? {} : { unfiltered: page.unfiltered + change }
  return { ...page, ...unfiltered, items, total: page.total + change }
}

/** A column's page without the card `key` (one fewer in its counts), if it held it. */
export function withoutCard<P extends Cards>(page: P, key: string): P {
  const items = page.items.filter((item) => item.key !== key)
  return items.length === page.items.length ? page : counted(page, items, -1)
}

/** A column's page with `card` added in rank order (one more in its counts). */
export function withCard<P extends Cards>(page: P, card: IssueSummary): P {
  return counted(page, [...page.items.filter((item) => item.key !== card.key), card].sort(byRank), 1)
}

/** One column's page after `issue` moved to `toStatus`: gone from its old column, added to its new one in rank order. */
export function applyMove<P extends Cards>(page: P, columnStatus: string, issue: IssueSummary, toStatus: string): P {
  if (issue.status === toStatus) return page
  if (columnStatus === issue.status) return withoutCard(page, issue.key)
  if (columnStatus === toStatus) return withCard(page, { ...issue, status: toStatus })
  return page
}

/**
 * Where a card dropped on another card of its own column goes: before it, or after it when dropped on its lower half.
 * Nothing when it would stay where it is.
 */
export function placeInColumn(keys: string[], key: string, overKey: string, below: boolean): Place | undefined {
  if (overKey === key || !keys.includes(key) || !keys.includes(overKey)) return undefined
  const place: Place = below ? { after: overKey } : { before: overKey }
  return samePosition(keys, key, place) ? undefined : place
}

/**
 * What a card dropped on the board asks for: a move to another status, to another swimlane (its assignee or epic), or
 * both, with a place there when dropped on a card; a new place in its own column; or nothing.
 */
export type BoardDrop = { to?: string; lane?: string; place?: Place } | undefined

/** Where a card was dropped: a column or swimlane cell (its status and lane), or a card there (also its key). */
export interface DropTarget {
  status?: string
  overKey?: string
  lane?: string
}

/**
 * A drop on a column (or swimlane cell) moves the card to its status, and to its lane; a drop on a card ranks it before
 * that card, or after it when `below` its middle, in another column or lane too (as in Jira). `columnKeys` are the
 * cards of the card's own column (or cell), in order; `lane` is the swimlane it was dragged from.
 */
export function planBoardDrop(issue: IssueSummary, over: DropTarget | undefined, columnKeys: string[], below: boolean, lane?: string): BoardDrop {
  if (!over?.status) return undefined
  const toLane = over.lane !== undefined && over.lane !== lane ? over.lane : undefined
  if (over.status !== issue.status || toLane !== undefined) {
    const place = over.overKey ? (below ? { after: over.overKey } : { before: over.overKey }) : undefined
    return {
      ...(over.status !== issue.status && { to: over.status }),
      ...(toLane !== undefined && { lane: toLane }),
      ...(place && { place }),
    }
  }
  const place = over.overKey ? placeInColumn(columnKeys, issue.key, over.overKey, below) : undefined
  return place && { place }
}

/** A column's page with `key` moved to `place` (and given its new rank, once the server said it). */
export function applyRank<P extends Cards>(page: P, key: string, place: Place, rank?: string): P {
  const card = page.items.find((item) => item.key === key)
  const target = 'before' in place ? place.before : place.after
  if (!card || !page.items.some((item) => item.key === target)) return page
  const items = page.items.filter((item) => item.key !== key)
  const at = items.findIndex((item) => item.key === target) + ('before' in place ? 0 : 1)
  items.splice(at, 0, rank === undefined ? card : { ...card, rank })
  return { ...page, items }
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

const QUICK_FILTERS = ['assignee', 'type', 'label'] as const

/** The page's query with the board's quick filters in it (`?assignee=me&type=Bug&label=ui`), so a filtered board is a link. */
export function withQuickFilters(search: URLSearchParams, values: QuickFilterValues): URLSearchParams {
  const next = new URLSearchParams(search)
  for (const name of QUICK_FILTERS) {
    if (values[name]) next.set(name, values[name])
    else next.delete(name)
  }
  return next
}

/** The labels on the cards loaded, and the chosen one, sorted: what the board can narrow to by label. */
export function boardLabels(columns: IssueColumn[] | undefined, chosen: string): string[] {
  const labels = new Set(chosen ? [chosen] : [])
  for (const column of columns ?? []) for (const issue of column.items) for (const label of issue.labels) labels.add(label)
  return [...labels].sort((a, b) => a.localeCompare(b))
}

/** A column's state against its WIP limits, as the class both boards use: `wip-ok`, `wip-over`, `wip-under`. */
export function wipClass(status: Pick<Status, 'wipMin' | 'wipMax'>, unfiltered: number | undefined): string {
  const limits = wipLimits(status)
  if (unfiltered === undefined || (limits.min === null && limits.max === null)) return ''
  return ` wip-${wipState({ count: unfiltered, ...limits })}`
}

export function wipLimits(status: Pick<Status, 'wipMin' | 'wipMax'>) {
  return { min: status.wipMin ?? null, max: status.wipMax ?? null }
}
