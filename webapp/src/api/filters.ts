import { http } from './http'
import type { UserRef } from './users'

export interface Filter {
  id: number
  name: string
  jql: string
  description: string | null
  owner: UserRef
  /** The project whose members see the filter; `null` when it is private. */
  projectKey: string | null
  createdAt: string
  updatedAt: string
  /** Whether the caller may change or delete it (its owner or a site admin). */
  editable: boolean
}

export interface FilterChanges {
  name: string
  jql: string
  description?: string
  projectKey?: string | null
}

const path = (id: number) => `/api/v1/filters/${id}`

export const filtersApi = {
  list: () => http.get<Filter[]>('/api/v1/filters'),
  get: (id: number) => http.get<Filter>(path(id)),
  create: (filter: FilterChanges) => http.post<Filter>('/api/v1/filters', filter),
  update: (id: number, filter: FilterChanges) => http.put<Filter>(path(id), filter),
  remove: (id: number) => http.delete(path(id)),
}
