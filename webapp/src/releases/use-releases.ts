import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { Scheme } from '../api/projects'
import { releasesApi } from '../api/releases'
import { queryKeys } from '../app/query-keys'

export function useVersionProgress(projectKey: string) {
  return useQuery({ queryKey: queryKeys.versionProgress(projectKey), queryFn: () => releasesApi.progress(projectKey) })
}

/**
 * A change to a version: the server answers with the project's scheme, which goes into the cache; issue lists and the
 * progress are read again, since releasing or deleting a version may have moved issues.
 */
export function useVersionChange<T>(projectKey: string, change: (variables: T) => Promise<Scheme>) {
  const client = useQueryClient()
  return useMutation<Scheme, Error, T>({
    mutationFn: change,
    onSuccess: (scheme) => {
      client.setQueryData(queryKeys.scheme(projectKey), scheme)
      void client.invalidateQueries({ queryKey: queryKeys.issues })
    },
  })
}
