import { http } from './http'
import type { UserRef } from './users'

export type Role = 'admin' | 'member' | 'viewer'
export type StatusCategory = 'new' | 'indeterminate' | 'done'

export interface Project {
  id: number
  key: string
  name: string
  description: string | null
  lead: UserRef | null
  aiTrainingEnabled: boolean
  role: Role
  createdAt: string
  updatedAt: string
  version: number
}

export interface NewProject {
  key: string
  name: string
  description?: string
}

export interface Status {
  id: number
  name: string
  category: StatusCategory
  position: number
}

export interface Transition {
  id: number
  name: string
  fromStatusId: number | null
  toStatusId: number
}

export interface Named {
  id: number
  name: string
}

export interface Scheme {
  project: { id: number; key: string; name: string; callerRole: Role }
  workflow: { statuses: Status[]; transitions: Transition[] }
  types: (Named & { level: number })[]
  priorities: (Named & { position: number; isDefault: boolean })[]
  resolutions: Named[]
  components: Named[]
  versions: (Named & { released: boolean })[]
}

export interface Member {
  user: UserRef
  role: Role
}

const path = (key: string) => `/api/v1/projects/${encodeURIComponent(key)}`

export const projectsApi = {
  list: () => http.get<Project[]>('/api/v1/projects'),
  get: (key: string) => http.get<Project>(path(key)),
  create: (project: NewProject) => http.post<Project>('/api/v1/projects', project),
  scheme: (key: string) => http.get<Scheme>(`${path(key)}/scheme`),
  members: (key: string) => http.get<Member[]>(`${path(key)}/members`),
  setRole: (key: string, email: string, role: Role) =>
    http.put<Member>(`${path(key)}/members/${encodeURIComponent(email)}`, { role }),
}
