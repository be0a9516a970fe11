import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query'
import { worklogsApi, type AdjustEstimate, type WorkToLog } from '../api/worklogs'
import { queryKeys } from '../app/query-keys'

/** Asked for only when the issue has time logged (`logged`): most issues have none, and their panel then makes no request for it. */
export function useWorklogs(issueKey: string, logged: boolean) {
  return useQuery({ queryKey: queryKeys.worklogs(issueKey), queryFn: () => worklogsApi.list(issueKey), enabled: logged })
}

/** Work logged, edited or deleted is a change of the issue: its time spent, remaining estimate, history and lists move. */
function workChanged(client: QueryClient, issueKey: string) {
  return Promise.all([queryKeys.worklogs(issueKey), queryKeys.history(issueKey), queryKeys.issue(issueKey), queryKeys.issues].map(
    (queryKey) => client.invalidateQueries({ queryKey }),
  ))
}

/** Logs new work, or (with `id`) changes work logged before; `adjust` says what happens to the remaining estimate. */
export function useSaveWork(issueKey: string) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: ({ id, work, adjust }: { id?: number; work: WorkToLog; adjust?: AdjustEstimate }) =>
      id === undefined ? worklogsApi.add(issueKey, work, adjust) : worklogsApi.edit(issueKey, id, work, adjust),
    onSuccess: () => workChanged(client, issueKey),
  })
}

/** Deletes work logged; a refusal shows in the dialog that asked. */
export function useDeleteWork(issueKey: string) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: ({ id, adjust }: { id: number; adjust?: AdjustEstimate }) => worklogsApi.remove(issueKey, id, adjust),
    onSuccess: () => workChanged(client, issueKey),
  })
}
