import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { projectsApi, type NewProject } from '../api/projects'
import { queryKeys } from '../app/query-keys'

export const projectsQuery = queryOptions({ queryKey: queryKeys.projects, queryFn: projectsApi.list, staleTime: 60_000 })

export function useProjects() {
  return useQuery(projectsQuery)
}

export function schemeQuery(projectKey: string | undefined) {
  return queryOptions({
    queryKey: queryKeys.scheme(projectKey),
    queryFn: () => projectsApi.scheme(projectKey!),
    enabled: !!projectKey,
    staleTime: 5 * 60_000,
  })
}

export function useScheme(projectKey: string | undefined) {
  return useQuery(schemeQuery(projectKey))
}

export function useMembers(projectKey: string | undefined) {
  return useQuery({
    queryKey: queryKeys.members(projectKey),
    queryFn: () => projectsApi.members(projectKey!),
    enabled: !!projectKey,
    staleTime: 5 * 60_000,
  })
}

export function useCreateProject() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (project: NewProject) => projectsApi.create(project),
    onSuccess: () => client.invalidateQueries({ queryKey: queryKeys.projects }),
  })
}

const LAST_PROJECT = 'meridian.lastProject'

export const lastProject = {
  get: () => localStorage.getItem(LAST_PROJECT) ?? undefined,
  set: (key: string) => localStorage.setItem(LAST_PROJECT, key),
}

/** `HADOOP-123` → `HADOOP`. */
export function projectKeyOf(issueKey: string): string {
  const dash = issueKey.lastIndexOf('-')
  return dash > 0 ? issueKey.slice(0, dash) : issueKey
}
