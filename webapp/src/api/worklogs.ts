import { http } from './http'
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

const path = (issueKey: string) => `/api/v1/issues/${encodeURIComponent(issueKey)}/worklogs`

export const worklogsApi = {
  list: (issueKey: string) => http.get<Worklog[]>(path(issueKey)),
  add: (issueKey: string, work: WorkToLog) => http.post<Worklog>(path(issueKey), work),
  edit: (issueKey: string, id: number, work: WorkToLog) => http.put<Worklog>(`${path(issueKey)}/${id}`, work),
  remove: (issueKey: string, id: number) => http.delete(`${path(issueKey)}/${id}`),
}
