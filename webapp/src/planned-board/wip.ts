import { plural } from '../app/words'
import type { ColumnView } from '../api/planning'

/** "3 / max 4", "1 (min 2)": a column's count against its WIP limits, as its header shows it. */
export function wipLabel(column: Pick<ColumnView, 'count' | 'min' | 'max'>): string {
  const limits = [column.min !== null ? `min ${column.min}` : '', column.max !== null ? `max ${column.max}` : ''].filter(Boolean)
  return limits.length ? `${column.count} (${limits.join(', ')})` : String(column.count)
}

/**
 * A column header's count: the cards shown, and with WIP limits every issue in the column against them, quick filters
 * ignored as Jira counts: "3 of 12 (max 10)" while filters narrow the cards, "12 (max 10)" when none does.
 */
export function columnCountLabel(shown: string, column: Pick<ColumnView, 'count' | 'min' | 'max'>, filtered: boolean): string {
  if (column.min === null && column.max === null) return shown
  return filtered ? `${shown} of ${wipLabel(column)}` : wipLabel(column)
}

/** A count with the done issues the board hides, when it hides some in the column: "0 shown · 1,733 hidden". */
export function withHidden(label: string, hidden: number): string {
  return hidden ? `${label} shown · ${hidden.toLocaleString('en')} hidden` : label
}

/** What a configured board's column count means, for its tooltip. */
export function columnCountTitle(column: Pick<ColumnView, 'state' | 'hidden'>): string {
  const state = column.state === 'ok' ? 'Within limits' : column.state === 'over' ? 'Over the maximum' : 'Under the minimum'
  const hidden = column.hidden ? ` Hidden and not counted: ${plural(column.hidden, 'done issue')} resolved longer ago than the board shows.` : ''
  return `${state}. WIP limits count every issue in the column; quick filters are ignored.${hidden}`
}

/** Whether a count breaks its WIP limits (the configured board's server says so itself; the project board asks here). */
export function wipState(column: Pick<ColumnView, 'count' | 'min' | 'max'>): ColumnView['state'] {
  if (column.max !== null && column.count > column.max) return 'over'
  if (column.min !== null && column.count < column.min) return 'under'
  return 'ok'
}

/** The status a card dropped on a column moves to: the column's first status, unless the card is in it already. */
export function targetStatus(column: Pick<ColumnView, 'statuses'>, current: string): string | undefined {
  if (column.statuses.some((s) => s.toLowerCase() === current.toLowerCase())) return undefined
  return column.statuses[0]
}
