import { http } from './http'
import type { StatusCategory } from './projects'
import type { UserRef } from './users'

/** An issue as boards and the backlog show it. */
export interface Card {
  id: number
  key: string
  summary: string
  type: string
  subtask: boolean
  status: string
  statusCategory: StatusCategory
  priority: string | null
  assignee: UserRef | null
  storyPoints: number | null
  /** The sum of its sub-tasks' estimates. */
  subtaskPoints: number | null
  epicKey: string | null
  epicSummary: string | null
  parentKey: string | null
  rank: string
  /** Its remaining estimate in seconds, or the original one when none remains set; null without either. */
  estimateSeconds: number | null
}

export interface BoardColumnConfig {
  name: string
  statuses: string[]
  min: number | null
  max: number | null
}

/** A toggle on the board that narrows its cards to those `jql` matches; several on are ANDed. */
export interface QuickFilter {
  id: number
  name: string
  jql: string
  description: string | null
}

/** A board's change: what is left out stays; quick filters with an id change that one, those without are added, the rest go. */
export type BoardUpdate = Partial<Omit<BoardConfig, 'quickFilters'>> & {
  quickFilters?: (Omit<QuickFilter, 'id'> & { id?: number })[]
}

export interface BoardConfig {
  id: number
  projectKey: string
  name: string
  kind: 'scrum' | 'kanban'
  filterId: number
  jql: string
  swimlanes: 'none' | 'assignee' | 'epic' | 'priority'
  columns: BoardColumnConfig[]
  quickFilters: QuickFilter[]
  /** A kanban board leaves out done issues resolved longer ago than this; null shows them all. */
  hideDoneAfterDays: number | null
}

export interface ColumnView extends BoardColumnConfig {
  /** Every issue of the board in the column, whatever the quick filters: what the WIP limits count, as in Jira. */
  count: number
  /** The cards the quick filters leave in it. */
  shown: number
  state: 'ok' | 'over' | 'under'
  /** Done issues the board leaves out (resolved longer ago than it shows), not counted in `count`. */
  hidden: number
}

export interface Lane {
  id: string
  name: string
  columns: Card[][]
}

export interface Sprint {
  id: number
  boardId: number
  projectKey: string
  name: string
  goal: string | null
  state: 'future' | 'active' | 'closed'
  startDate: string | null
  endDate: string | null
  startedAt: string | null
  completedAt: string | null
  issueKeys: string[]
}

export interface BoardIssues {
  board: BoardConfig
  sprint: Sprint | null
  columns: ColumnView[]
  lanes: Lane[]
  total: number
  /** The board's issues in statuses none of its columns shows (as a workflow change leaves them), by status. */
  unmapped: Record<string, number>
  /** The chosen quick filters whose JQL no longer runs (a version or user it names is gone): the cards are shown without them. */
  brokenQuickFilters: BrokenQuickFilter[]
}

/** A quick filter that no longer works, and its query's problem in Jira's words, with the position. */
export interface BrokenQuickFilter {
  id: number
  name: string
  problem: string
}

export interface Epic {
  key: string
  summary: string
  issues: number
  done: number
  points: number
  donePoints: number
}

export interface BacklogView {
  boardId: number
  /** `estimateSeconds`: the sum of its issues' estimates. */
  sprints: { sprint: Sprint; issues: Card[]; points: number; estimateSeconds: number }[]
  backlog: Card[]
  epics: Epic[]
}

export type BurndownKind = 'ADDED' | 'REMOVED' | 'ESTIMATE_CHANGED' | 'COMPLETED' | 'REOPENED'

/** What a burndown, burnup and velocity count, as Jira's estimation statistic. */
export type Statistic = 'points' | 'issues'

export interface Burndown {
  sprintId: number
  start: string
  end: string
  plannedEnd: string | null
  committed: number
  added: number
  removed: number
  reestimated: number
  completed: number
  remaining: number
  events: { at: string; key: string; kind: BurndownKind; change: number; remaining: number }[]
  completedKeys: string[]
  incompleteKeys: string[]
}

export interface Burnup {
  sprintId: number
  start: string
  end: string
  plannedEnd: string | null
  scope: number
  done: number
  points: { at: string; scope: number; done: number; key: string | null; kind: BurndownKind | null }[]
}

export interface Velocity {
  sprints: { id: number; name: string; committed: number; completed: number }[]
  averageCompleted: number
}

/** The days a board report covers (both ends included), days of the time zone `zone`, and the step of its series. */
export interface Timeframe {
  from: string
  to: string
  step: 'DAY' | 'WEEK' | 'MONTH'
  zone: string
}

/**
 * A named period (`7d`, `2w`, `1m`, `3m`, `6m`, `all`) ending today, or the days from `from` to `to`: days of the
 * reader's time zone `zone` (an IANA name), in which the server counts.
 */
export type PeriodQuery = ({ period: string } | { from: string; to: string }) & { zone: string }

export interface CumulativeFlow {
  timeframe: Timeframe
  /** The first day of each point. */
  days: string[]
  statuses: Record<string, number[]>
}

export interface CreatedResolved {
  timeframe: Timeframe
  days: string[]
  created: number[]
  resolved: number[]
  createdTotal: number[]
  resolvedTotal: number[]
}

/** The median and 85th percentile of a time, in days; null when no issue was measured. */
export interface Spread {
  median: number | null
  percentile85: number | null
}

/** Of the issues done within the timeframe: all in lead time, those with a known start of work in cycle time. */
export interface Histogram {
  timeframe: Timeframe
  cycle: { label: string; upTo: number | null; count: number }[]
  lead: { label: string; upTo: number | null; count: number }[]
  issues: number
  /** Left out of cycle time: imported done, with no status history to tell when work on them started. */
  withoutStart: number
  cycleDays: Spread
  leadDays: Spread
}

export interface SprintChange {
  name?: string
  goal?: string
  startDate?: string
  endDate?: string
}

export interface NewBoard {
  project: string
  name: string
  kind: 'scrum' | 'kanban'
}

const board = (id: number) => `/api/v1/boards/${id}`
const sprint = (id: number) => `/api/v1/sprints/${id}`

export const planningApi = {
  boards: (project: string) => http.get<BoardConfig[]>('/api/v1/boards', { project }),
  board: (id: number) => http.get<BoardConfig>(board(id)),
  createBoard: (input: NewBoard) => http.post<BoardConfig>('/api/v1/boards', input),
  updateBoard: (id: number, input: BoardUpdate) => http.put<BoardConfig>(board(id), input),
  deleteBoard: (id: number) => http.delete(board(id)),
  /** `quickFilters`: the ids of those chosen. */
  boardIssues: (id: number, quickFilters: number[]) =>
    http.get<BoardIssues>(`${board(id)}/issues${quickFilters.length ? `?${quickFilters.map((q) => `quickFilter=${q}`).join('&')}` : ''}`),
  backlog: (id: number, epic?: string) => http.get<BacklogView>(`${board(id)}/backlog`, epic ? { epic } : {}),
  sprints: (id: number) => http.get<Sprint[]>(`${board(id)}/sprints`),
  createSprint: (boardId: number, input: { name?: string; goal?: string }) => http.post<Sprint>(`${board(boardId)}/sprints`, input),
  /** What is left out stays as it is. */
  updateSprint: (id: number, change: SprintChange) => http.patch<Sprint>(sprint(id), change),
  /** A future sprint only; its issues go back to the backlog. */
  deleteSprint: (id: number) => http.delete(sprint(id)),
  plan: (id: number, change: { add?: string[]; remove?: string[] }) => http.post<Sprint>(`${sprint(id)}/issues`, change),
  start: (id: number, input: SprintChange) => http.post<Sprint>(`${sprint(id)}/start`, input),
  complete: (id: number, moveTo: string) => http.post<Sprint>(`${sprint(id)}/complete`, { moveTo }),
  rank: (key: string, place: { before: string } | { after: string }) =>
    http.put<{ key: string; rank: string; rowsWritten: number }>(`/api/v1/issues/${encodeURIComponent(key)}/rank`, place),
  burndown: (sprintId: number, by: Statistic) => http.get<Burndown>(`${sprint(sprintId)}/burndown`, { by }),
  burnup: (sprintId: number, by: Statistic) => http.get<Burnup>(`${sprint(sprintId)}/burnup`, { by }),
  velocity: (boardId: number, by: Statistic) => http.get<Velocity>(`${board(boardId)}/reports/velocity`, { by }),
  cumulativeFlow: (boardId: number, period: PeriodQuery) => http.get<CumulativeFlow>(`${board(boardId)}/reports/cumulative-flow`, period),
  createdResolved: (boardId: number, period: PeriodQuery) => http.get<CreatedResolved>(`${board(boardId)}/reports/created-resolved`, period),
  cycleTime: (boardId: number, period: PeriodQuery) => http.get<Histogram>(`${board(boardId)}/reports/cycle-time`, period),
}
