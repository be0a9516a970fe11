import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { projectsApi, type Member, type NewProject, type Project } from '../api/projects'
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

/** The projects the caller can add issues to: viewers only read. */
export function creatable(projects: Project[] | undefined): Project[] {
  return projects?.filter((project) => project.role !== 'viewer') ?? []
}

/** The members who can be assigned issues: viewers only read, and the server refuses them as assignees. */
export function assignable(members: Member[] | undefined): Member[] {
  return members?.filter((member) => member.role !== 'viewer') ?? []
}

export function useCreateProject() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (project: NewProject) => projectsApi.create(project),
    // In the list at once, so the project switcher shows it on the page the new project opens on.
    onSuccess: (created) => {
      client.setQueryData<Project[]>(queryKeys.projects, (list) =>
        list && [...list.filter((project) => project.key !== created.key), created].sort((a, b) => a.key.localeCompare(b.key)),
      )
      return client.invalidateQueries({ queryKey: queryKeys.projects })
    },
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
