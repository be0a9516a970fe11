import type { Direction } from './order-by'

export interface Column {
  label: string
  field: string
  /** The direction of the first click: newest dates and highest priorities first, the rest A to Z. */
  first: Direction
  className?: string
}

/** The columns of issue tables that sort by JQL field. */
export const COLUMNS: Column[] = [
  { label: 'Key', field: 'key', first: 'ASC', className: 'col-key' },
  { label: 'Type', field: 'issuetype', first: 'ASC', className: 'col-type' },
  { label: 'Summary', field: 'summary', first: 'ASC', className: 'col-summary' },
  { label: 'Status', field: 'status', first: 'ASC', className: 'col-status' },
  { label: 'Priority', field: 'priority', first: 'DESC', className: 'col-priority' },
  { label: 'Assignee', field: 'assignee', first: 'ASC', className: 'col-assignee' },
  { label: 'Updated', field: 'updated', first: 'DESC', className: 'col-updated' },
]
