import { http } from './http'

/** Whether the caller watches a whole project: told of every issue created in it while they may browse it. */
export interface ProjectWatch {
  watching: boolean
}

const path = (projectKey: string) => `/api/v1/projects/${encodeURIComponent(projectKey)}/watch`

export const projectWatchApi = {
  get: (projectKey: string) => http.get<ProjectWatch>(path(projectKey)),
  watch: (projectKey: string) => http.put<ProjectWatch>(path(projectKey)),
  unwatch: (projectKey: string) => http.delete<ProjectWatch>(path(projectKey)),
}
