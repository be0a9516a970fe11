import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { projectsApi, type Scheme } from '../api/projects'
import { queryKeys } from '../app/query-keys'

export function useProject(projectKey: string) {
  return useQuery({ queryKey: [...queryKeys.projects, projectKey], queryFn: () => projectsApi.get(projectKey) })
}

/**
 * A settings change: the server answers with the new scheme (or member, or project), which goes straight into the
 * cache; members and the project list are refetched, since a role or name shows elsewhere too.
 */
export function useSettingsChange<T, R>(projectKey: string, change: (variables: T) => Promise<R>) {
  const client = useQueryClient()
  return useMutation<R, Error, T>({
    mutationFn: change,
    onSuccess: (answer: unknown) => {
      if (answer && typeof answer === 'object' && 'workflow' in answer) client.setQueryData(queryKeys.scheme(projectKey), answer as Scheme)
      else void client.invalidateQueries({ queryKey: queryKeys.scheme(projectKey) })
      void client.invalidateQueries({ queryKey: queryKeys.members(projectKey) })
      void client.invalidateQueries({ queryKey: queryKeys.projects })
    },
  })
}

/** The error of the change made last, if it failed: an older change's error must not stand for a later one's answer. */
export function latestError(...changes: { error: Error | null; submittedAt: number }[]): Error | null {
  const last = changes.reduce((latest, change) => (change.submittedAt > latest.submittedAt ? change : latest), changes[0])
  return last?.error ?? null
}
