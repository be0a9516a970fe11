import { http } from './http'
import type { IssueColumn } from './issues'

/** How the project board groups its cards into swimlanes. */
export type LaneGrouping = 'none' | 'assignee' | 'epic'

/** One swimlane: `id` is the assignee's email or the epic's key (`none` for the rest), one cell per status. */
export interface Lane {
  id: string
  name: string
  total: number
  cells: IssueColumn[]
}

/** The board in swimlanes: the columns' totals (no cards) and the lanes holding an issue, the one without a value last. */
export interface BoardLanes {
  by: Exclude<LaneGrouping, 'none'>
  columns: IssueColumn[]
  lanes: Lane[]
}

export interface LanesRequest {
  project: string
  by: Exclude<LaneGrouping, 'none'>
  assignee?: string
  text?: string
  type?: string
  label?: string
  /** Cards per cell (20 when missing). */
  size?: number
  /** More cards for some cells, by `lane id/status`. */
  sizes?: Record<string, number>
}

export const lanesApi = {
  /** The board in swimlanes in one request. */
  lanes: ({ sizes = {}, ...request }: LanesRequest) =>
    http.get<BoardLanes>('/api/v1/issues/lanes', {
      ...request,
      cellSize: Object.entries(sizes).map(([cell, size]) => `${cell}:${size}`),
    }),
}
