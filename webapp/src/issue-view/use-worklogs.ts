import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query'
import { worklogsApi, type WorkToLog } from '../api/worklogs'
import { queryKeys } from '../app/query-keys'
import { useToast } from '../app/use-toast'

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

/** Logs new work, or (with `id`) changes work logged before. */
export function useSaveWork(issueKey: string) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: ({ id, work }: { id?: number; work: WorkToLog }) =>
      id === undefined ? worklogsApi.add(issueKey, work) : worklogsApi.edit(issueKey, id, work),
    onSuccess: () => workChanged(client, issueKey),
  })
}

export function useDeleteWork(issueKey: string) {
  const client = useQueryClient()
  const toast = useToast()
  return useMutation({
    mutationFn: (id: number) => worklogsApi.remove(issueKey, id),
    onSuccess: () => workChanged(client, issueKey),
    onError: (error) => toast.error(`Could not delete the work logged on ${issueKey}: ${error.message}`),
  })
}
