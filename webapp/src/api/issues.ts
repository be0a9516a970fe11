import type { Attachment } from './attachments'
import { ApiError, http } from './http'
import type { Role, StatusCategory } from './projects'
import type { UserRef } from './users'

export interface IssueSummary {
  key: string
  projectKey: string
  externalId: string | null
  type: string
  summary: string
  status: string
  statusCategory: StatusCategory
  priority: string | null
  resolution: string | null
  assignee: UserRef | null
  reporter: UserRef | null
  labels: string[]
  storyPoints: number | null
  dueDate: string | null
  parentKey: string | null
  createdAt: string
  updatedAt: string
  resolvedAt: string | null
  version: number
  /** Orders a board column and the backlog, top first (byte order); missing on a summary made from an issue view. */
  rank?: string
  timeTracking?: TimeTracking
  /** Its epic: the parent, or for a sub-task the parent's parent; missing on a summary made from an issue view. */
  epicKey?: string | null
  epicSummary?: string | null
}

/** Jira's time tracking, in seconds; null where an estimate is not set or no work is logged. */
export interface TimeTracking {
  originalEstimateSeconds: number | null
  remainingEstimateSeconds: number | null
  timeSpentSeconds: number | null
}

export interface IssueLink {
  id: number
  type: string
  direction: string
  description: string
  key: string
  summary: string
  status: string
}

export interface Issue extends IssueSummary {
  id: number
  description: string | null
  creator: UserRef | null
  components: string[]
  fixVersions: string[]
  affectsVersions: string[]
  subtaskKeys: string[]
  links: IssueLink[]
  /** What each file is, never its bytes: part of the issue's one answer, so its panel draws them with the rest. */
  attachments: Attachment[]
  /** The caller's role in the issue's project, on the issue's own answers: its panel knows from them what may be edited. */
  callerRole?: Role
}

export interface IssuePage {
  page: number
  size: number
  total: number
  items: IssueSummary[]
}

/** One board column: a workflow status with its total under the board's filters and its first issues in rank order. */
export interface IssueColumn {
  status: string
  statusCategory: StatusCategory
  total: number
  /** The issues in the status whatever the board's filters: what its WIP limits count (the server always sends it). */
  unfiltered?: number
  items: IssueSummary[]
}

export interface ColumnsRequest {
  project: string
  assignee?: string
  text?: string
  /** Cards per column (50 when missing). */
  size?: number
  /** More cards for some columns, by status name. */
  sizes?: Record<string, number>
}

export interface IssueSearch {
  project?: string
  status?: string
  /** An email, `me` or `unassigned`. */
  assignee?: string
  text?: string
  page?: number
  size?: number
}

export interface NewIssue {
  project: string
  type: string
  summary: string
  description?: string
  priority?: string
  assignee?: string
  labels?: string[]
  components?: string[]
  fixVersions?: string[]
  affectsVersions?: string[]
  storyPoints?: number
  dueDate?: string
  parent?: string
  /** Jira's duration text ("2d 4h"); the remaining estimate starts at it. */
  originalEstimate?: string
}

export interface CloneRequest {
  summary?: string
  /** Its sub-tasks are cloned under the clone. */
  subtasks?: boolean
  /** Its links are made again from the clone. */
  links?: boolean
}

/**
 * Jira's Move: the project to move to, and for a type or status it lacks (by name) the one to take instead; the
 * others go by name. Its sub-tasks move with it.
 */
export interface MoveRequest {
  project: string
  types?: Record<string, string>
  statuses?: Record<string, string>
}

/** Jira's bulk Move: these issues to one project, one choice for each type and status it lacks whichever issues have it. */
export interface BulkMoveRequest extends MoveRequest {
  keys: string[]
}

/** A type or status the target project has none of by that name, and what it may become there. */
export interface MoveMapping {
  from: string
  choices: string[]
}

/**
 * What moving a selection does, before anything moves. `moving`: the selected issues that move, each with its sub-tasks
 * (an epic without its issues); `along`: selected sub-tasks whose selected parent takes them; `refused`: selected
 * sub-tasks without their parent, which stay (a sub-task moves only with its parent, as in Jira); `subtasks`: how many
 * go along in all; `dropped`: how many of the issues that move lose each, and `epicIssues` those of moving epics that stay.
 */
export interface MovePlan {
  project: string
  moving: string[]
  along: { key: string; parent: string }[]
  refused: { key: string; detail: string }[]
  subtasks: number
  types: MoveMapping[]
  statuses: MoveMapping[]
  dropped: { components: number; versions: number; assignees: number; epics: number; epicIssues: number }
}

/** Fields a PATCH may change; `assignee` is an email, `null` or `""` unassigns. */
export interface IssueChanges {
  type?: string
  summary?: string
  description?: string
  priority?: string
  /** A done issue's resolution (a project's resolution name). */
  resolution?: string
  assignee?: string | null
  labels?: string[]
  components?: string[]
  fixVersions?: string[]
  affectsVersions?: string[]
  storyPoints?: number | null
  dueDate?: string | null
  parent?: string | null
  /** Jira's duration text ("3w 2d 4h 30m"); null clears the estimate. */
  originalEstimate?: string | null
  remainingEstimate?: string | null
}

export interface HistoryEntry {
  at: string
  actor: UserRef | null
  items: { field: string; from: string | null; to: string | null }[]
}

/** The same change for many issues; `set` is a partial update limited to status, priority and assignee (or all labels). */
export interface BulkChange {
  keys: string[]
  set?: { status?: string; priority?: string; assignee?: string | null; labels?: string[] }
  addLabels?: string[]
  removeLabels?: string[]
}

export interface BulkEntry {
  key: string
  outcome: 'updated' | 'unchanged' | 'failed'
  version: number | null
  problem: { status: number; detail: string; errors?: { field: string; message: string }[] } | null
}

/** Each issue changed on its own: those the workflow or a field rule refused are listed with the reason. */
export interface BulkResult {
  updated: number
  unchanged: number
  failed: number
  results: BulkEntry[]
}

const path = (key: string) => `/api/v1/issues/${encodeURIComponent(key)}`

export const issuesApi = {
  search: (search: IssueSearch) => http.get<IssuePage>('/api/v1/issues', { ...search }),
  /** A project's whole board in one request: every status of its workflow in order. */
  columns: ({ sizes = {}, ...request }: ColumnsRequest) =>
    http.get<IssueColumn[]>('/api/v1/issues/columns', {
      ...request,
      columnSize: Object.entries(sizes).map(([status, size]) => `${status}:${size}`),
    }),
  get: (key: string) => http.get<Issue>(path(key)),
  create: (issue: NewIssue) => http.post<Issue>('/api/v1/issues', issue),
  /** Without a version, the change is made whatever changed meanwhile (a configured board's card does not carry one). */
  update: (key: string, version: number | undefined, changes: IssueChanges) =>
    http.patch<Issue>(path(key), { ...changes, version }),
  transition: (key: string, version: number | undefined, status: string) =>
    http.post<Issue>(`${path(key)}/transitions`, { status, version }),
  remove: (key: string) => http.delete(path(key)),
  /** Jira's Clone: the summary is "CLONE - " and the original's unless given; the clone is linked to it ("clones"). */
  clone: (key: string, clone: CloneRequest) => http.post<Issue>(`${path(key)}/clone`, clone),
  /** Answers the issue under its new key; its old key keeps finding it. */
  move: (key: string, move: MoveRequest) => http.post<Issue>(`${path(key)}/move`, move),
  /** What moving these issues would do and the choices it needs; nothing moves. */
  movePlan: (move: BulkMoveRequest) => http.post<MovePlan>('/api/v1/issues/move/plan', move),
  /** Each issue moves on its own; the refused are listed with the reason, as a bulk edit's are. */
  moveAll: (move: BulkMoveRequest) => http.post<BulkResult>('/api/v1/issues/move', move),
  history: (key: string) => http.get<HistoryEntry[]>(`${path(key)}/history`),
  bulk: (change: BulkChange) => http.post<BulkResult>('/api/v1/issues/bulk', change),
  /**
   * A bulk change of any number of issues, sent BULK_LIMIT at a time (what one request may carry), one after another.
   * A refused request stops the rest: `stopped` says why, and the answers before it are kept.
   */
  bulkInBatches: async (change: BulkChange): Promise<BulkResult & { stopped?: Error }> => {
    const total: BulkResult & { stopped?: Error } = { updated: 0, unchanged: 0, failed: 0, results: [] }
    for (let from = 0; from < change.keys.length; from += BULK_LIMIT) {
      try {
        const part = await issuesApi.bulk({ ...change, keys: change.keys.slice(from, from + BULK_LIMIT) })
        total.updated += part.updated
        total.unchanged += part.unchanged
        total.failed += part.failed
        total.results.push(...part.results)
      } catch (error) {
        if (from === 0) throw error
        return { ...total, stopped: error as Error }
      }
    }
    return total
  },
}

/** The most issues one bulk request may change (the server's limit). */
export const BULK_LIMIT = 200

/** The issue as it is now, when a change was refused because someone else changed it first. */
export function staleCurrent(error: unknown): Issue | undefined {
  if (error instanceof ApiError && error.status === 409 && error.problem.current) {
    return error.problem.current as Issue
  }
  return undefined
}

/** The statuses the workflow allows instead, when a transition was refused. */
export function allowedStatuses(error: unknown): string[] | undefined {
  if (error instanceof ApiError && error.status === 409 && Array.isArray(error.problem.allowed)) {
    return error.problem.allowed as string[]
  }
  return undefined
}
