import { http } from './http'
import type { UserRef } from './users'

export interface Comment {
  id: number
  issueKey: string
  author: UserRef | null
  body: string
  createdAt: string
  updatedAt: string
}

const path = (issueKey: string) => `/api/v1/issues/${encodeURIComponent(issueKey)}/comments`

export const commentsApi = {
  list: (issueKey: string) => http.get<Comment[]>(path(issueKey)),
  add: (issueKey: string, body: string) => http.post<Comment>(path(issueKey), { body }),
  edit: (issueKey: string, id: number, body: string) => http.put<Comment>(`${path(issueKey)}/${id}`, { body }),
  remove: (issueKey: string, id: number) => http.delete(`${path(issueKey)}/${id}`),
}
