import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { pipelineApi } from './pipeline-api'

const statusKey = ['pipeline', 'status'] as const
const deadLettersKey = ['pipeline', 'dead-letters'] as const
const snapshotsKey = (projectKey: string) => ['pipeline', 'snapshots', projectKey] as const

/** Polled: the page shows the flow as it moves. */
export function usePipelineStatus(refreshMs = 2000) {
  return useQuery({ queryKey: statusKey, queryFn: pipelineApi.status, refetchInterval: refreshMs })
}

export function useDeadLetters(refreshMs = 5000) {
  return useQuery({ queryKey: deadLettersKey, queryFn: () => pipelineApi.deadLetters(50), refetchInterval: refreshMs })
}

export function useSnapshots(projectKey: string) {
  return useQuery({ queryKey: snapshotsKey(projectKey), queryFn: () => pipelineApi.snapshots(projectKey), enabled: projectKey !== '' })
}

/** Polled while a backfill runs, so its progress moves on the page. */
export function useBackfills(projectKey: string) {
  return useQuery({
    queryKey: ['pipeline', 'backfills', projectKey],
    queryFn: () => pipelineApi.backfills(projectKey),
    enabled: projectKey !== '',
    refetchInterval: (query) => (query.state.data?.items.some((job) => job.status === 'running') ? 1000 : false),
  })
}

function useRefreshing<T, R>(action: (input: T) => Promise<R>) {
  const client = useQueryClient()
  return useMutation({ mutationFn: action, onSettled: () => client.invalidateQueries({ queryKey: ['pipeline'] }) })
}

export const useRedrive = () => useRefreshing(() => pipelineApi.redrive())
export const useDiscard = () => useRefreshing((id: string) => pipelineApi.discard(id))
export const useSeal = () => useRefreshing((projectKey: string) => pipelineApi.seal(projectKey))
export const useRetention = () => useRefreshing((projectKey: string) => pipelineApi.retention(projectKey))
export const useBackfill = () => useRefreshing((projectKey: string) => pipelineApi.backfill(projectKey))
