import { http, withQuery } from './http'
import type { Scheme, Version } from './projects'

/** A version and its fix-version issues by status category; `unresolved`: those without a resolution. */
export interface VersionProgress {
  version: Version
  toDo: number
  inProgress: number
  done: number
  unresolved: number
  /** The issues that have it as affects version. */
  affected: number
}

export interface Release {
  /** Today (the server's) when missing and the version has no release date. */
  releaseDate?: string
  /** The version its unresolved issues move to; they stay in the released one when missing. */
  moveUnresolvedTo?: string
}

/** Where a deleted version's issues go; where missing, the version is only taken off them. */
export interface VersionRemoval {
  moveFixIssuesTo?: string
  moveAffectsIssuesTo?: string
}

const versionPath = (key: string, name: string) => `/api/v1/projects/${encodeURIComponent(key)}/versions/${encodeURIComponent(name)}`

export const releasesApi = {
  progress: (key: string) => http.get<VersionProgress[]>(`/api/v1/projects/${encodeURIComponent(key)}/versions/progress`),
  release: (key: string, name: string, release: Release) => http.post<Scheme>(`${versionPath(key, name)}/release`, release),
  remove: (key: string, name: string, removal: VersionRemoval) =>
    http.delete<Scheme>(withQuery(versionPath(key, name), { ...removal })),
}
