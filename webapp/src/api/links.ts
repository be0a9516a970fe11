import { http } from './http'
import type { IssueLink } from './issues'

/** The server's link types, each named from the side of the issue it is added to (outward, then inward). */
export const LINK_DESCRIPTIONS = ['blocks', 'is blocked by', 'duplicates', 'is duplicated by', 'relates to', 'clones', 'is cloned by']

const path = (issueKey: string) => `/api/v1/issues/${encodeURIComponent(issueKey)}/links`

export const linksApi = {
  /** `type` is a description ("is blocked by") read from `issueKey`'s side; answers the issue's links after the change. */
  add: (issueKey: string, type: string, otherKey: string) => http.post<IssueLink[]>(path(issueKey), { type, issue: otherKey }),
  remove: (issueKey: string, id: number) => http.delete(`${path(issueKey)}/${id}`),
}
