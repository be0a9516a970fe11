import { http } from './http'
import type { UserRef } from './users'

export type Role = 'admin' | 'member' | 'viewer'
export type StatusCategory = 'new' | 'indeterminate' | 'done'

/** The status categories in workflow order, as people read them. */
export const STATUS_CATEGORIES: { value: StatusCategory; label: string }[] = [
  { value: 'new', label: 'To do' },
  { value: 'indeterminate', label: 'In progress' },
  { value: 'done', label: 'Done' },
]

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
  /** Email of the lead; the creator when missing. */
  lead?: string
  /** The board it starts with; none (as API users get by default) when missing. */
  template?: 'scrum' | 'kanban' | 'none'
}

export interface Status {
  id: number
  name: string
  category: StatusCategory
  position: number
  /** The board column's work-in-progress limits; null (or missing) for none. */
  wipMin?: number | null
  wipMax?: number | null
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

/** What an issue type holds: epics hold standard issues, standard issues hold sub-tasks. */
export type TypeLevel = 'epic' | 'standard' | 'subtask'

export interface Scheme {
  project: { id: number; key: string; name: string; callerRole: Role }
  workflow: { statuses: Status[]; transitions: Transition[] }
  types: (Named & { level: number })[]
  priorities: (Named & { position: number; isDefault: boolean })[]
  resolutions: Named[]
  components: (Named & { description?: string | null })[]
  versions: Version[]
}

/** A release in Jira's words: what is planned to ship together, with its dates as days (YYYY-MM-DD). */
export interface Version extends Named {
  description?: string | null
  released: boolean
  archived?: boolean
  startDate?: string | null
  releaseDate?: string | null
}

export interface NewVersion {
  name: string
  description?: string
  startDate?: string
  releaseDate?: string
}

/** The fields present change; a null description or date clears it. Releasing an undated version dates it today. */
export interface VersionChanges {
  name?: string
  description?: string | null
  startDate?: string | null
  releaseDate?: string | null
  released?: boolean
  archived?: boolean
}

/** A workflow as `PUT /projects/{key}/workflow` takes it: statuses in board order, transitions by status name. */
export interface WorkflowDefinition {
  /** `id`: an existing status, kept (and renamed) with its issues; without one, a status is matched by name or added. */
  statuses: { id?: number; name: string; category: StatusCategory }[]
  /** No `from`: the transition may be taken from any status. */
  transitions: { name: string; from?: string; to: string }[]
  /** For a status left out: the status (of this workflow) its issues move to, both by name. */
  moveIssues?: Record<string, string>
}

/** A status and how many issues are in it. */
export interface StatusUsage {
  statusId: number
  status: string
  issues: number
}

export interface ProjectChanges {
  name?: string
  description?: string
  /** Email of the new lead. */
  lead?: string
  aiTrainingEnabled?: boolean
  version: number
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
  removeMember: (key: string, email: string) => http.delete(`${path(key)}/members/${encodeURIComponent(email)}`),
  update: (key: string, changes: ProjectChanges) => http.patch<Project>(path(key), changes),
  workflowUsage: (key: string) => http.get<StatusUsage[]>(`${path(key)}/workflow/usage`),
  replaceWorkflow: (key: string, workflow: WorkflowDefinition) => http.put<Scheme>(`${path(key)}/workflow`, workflow),
  setWipLimits: (key: string, status: string, limits: { min: number | null; max: number | null }) =>
    http.put<Scheme>(`${path(key)}/statuses/${encodeURIComponent(status)}/wip`, limits),
  replacePriorities: (key: string, names: string[], defaultName: string) =>
    http.put<Scheme>(`${path(key)}/priorities`, { names, defaultName }),
  addComponent: (key: string, name: string) => http.post<Scheme>(`${path(key)}/components`, { name }),
  updateComponent: (key: string, name: string, changes: { name: string; description?: string }) =>
    http.put<Scheme>(`${path(key)}/components/${encodeURIComponent(name)}`, changes),
  deleteComponent: (key: string, name: string) => http.delete<Scheme>(`${path(key)}/components/${encodeURIComponent(name)}`),
  addType: (key: string, name: string, level: TypeLevel) => http.post<Scheme>(`${path(key)}/types`, { name, level }),
  renameType: (key: string, name: string, to: string) => http.put<Scheme>(`${path(key)}/types/${encodeURIComponent(name)}`, { name: to }),
  deleteType: (key: string, name: string) => http.delete<Scheme>(`${path(key)}/types/${encodeURIComponent(name)}`),
  addResolution: (key: string, name: string) => http.post<Scheme>(`${path(key)}/resolutions`, { name }),
  renameResolution: (key: string, name: string, to: string) =>
    http.put<Scheme>(`${path(key)}/resolutions/${encodeURIComponent(name)}`, { name: to }),
  deleteResolution: (key: string, name: string) => http.delete<Scheme>(`${path(key)}/resolutions/${encodeURIComponent(name)}`),
  addVersion: (key: string, version: NewVersion) =>
    http.post<Scheme>(`${path(key)}/versions`, {
      name: version.name,
      description: version.description || undefined,
      startDate: version.startDate || undefined,
      releaseDate: version.releaseDate || undefined,
    }),
  changeVersion: (key: string, name: string, changes: VersionChanges) =>
    http.patch<Scheme>(`${path(key)}/versions/${encodeURIComponent(name)}`, changes),
}
