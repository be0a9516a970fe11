import { http, withQuery } from './http'
import type { UserRef } from './users'

/** Work logged on an issue; `started` is when the work began, `timeSpentSeconds` how long it took. */
export interface Worklog {
  id: number
  issueKey: string
  author: UserRef | null
  started: string
  timeSpentSeconds: number
  comment: string | null
  createdAt: string
  updatedAt: string
}

/** `timeSpent` in Jira's syntax ("2h 30m"); `started` an ISO instant (now when left out). */
export interface WorkToLog {
  timeSpent: string
  started?: string
  comment?: string
}

/**
 * What the work logged, changed or deleted does to the remaining estimate, as Jira's query parameters: `auto` (the
 * default) moves it by the time, `leave` keeps it, `new` sets it to `newEstimate`, `manual` takes `reduceBy` from it
 * (logging) or adds `increaseBy` to it (deleting); changing logged work takes auto, leave or new.
 */
export interface AdjustEstimate {
  adjustEstimate?: 'auto' | 'leave' | 'new' | 'manual'
  newEstimate?: string
  reduceBy?: string
  increaseBy?: string
}

const path = (issueKey: string) => `/api/v1/issues/${encodeURIComponent(issueKey)}/worklogs`

export const worklogsApi = {
  list: (issueKey: string) => http.get<Worklog[]>(path(issueKey)),
  add: (issueKey: string, work: WorkToLog, adjust: AdjustEstimate = {}) => http.post<Worklog>(withQuery(path(issueKey), { ...adjust }), work),
  edit: (issueKey: string, id: number, work: WorkToLog, adjust: AdjustEstimate = {}) =>
    http.put<Worklog>(withQuery(`${path(issueKey)}/${id}`, { ...adjust }), work),
  remove: (issueKey: string, id: number, adjust: AdjustEstimate = {}) => http.delete(withQuery(`${path(issueKey)}/${id}`, { ...adjust })),
}
