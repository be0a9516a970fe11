import { http, withQuery } from './http'
import type { UserRef } from './users'

const path = (issueKey: string) => `/api/v1/issues/${encodeURIComponent(issueKey)}/watchers`

/** Without an email the change is the caller's own; watching someone else in takes edit rights. Each answers the watchers after it. */
export const watchersApi = {
  list: (issueKey: string) => http.get<UserRef[]>(path(issueKey)),
  watch: (issueKey: string, email?: string) => http.post<UserRef[]>(withQuery(path(issueKey), { email })),
  unwatch: (issueKey: string, email?: string) => http.delete<UserRef[]>(withQuery(path(issueKey), { email })),
}
