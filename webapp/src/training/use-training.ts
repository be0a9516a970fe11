import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useEffect, useRef } from 'react'
import { trainingApi, type ModelKind, type StartJob, type TrainingJob } from '../api/training'
import { isRunning } from './training-data'

const trainingKey = (project: string) => ['training', project] as const
const LIVE_MS = 1500
const IDLE_MS = 15_000

/**
 * Jobs refresh every 1.5 s while one runs, so bars move; otherwise slowly, to notice jobs the triggers start. When a
 * job ends, versions and staleness are read again at once: the job has just registered (and perhaps promoted) a
 * version. A job is known to have ended by its id joining the ended ones, also when it started and ended between two
 * reads of the list (seen running or not).
 */
export function useJobs(project: string) {
  const client = useQueryClient()
  const jobs = useQuery({
    queryKey: [...trainingKey(project), 'jobs'],
    queryFn: () => trainingApi.jobs(project),
    refetchInterval: (query) => (isRunning(query.state.data) ? LIVE_MS : IDLE_MS),
  })
  const ended = endedJobs(jobs.data)
  const endedBefore = useRef(ended)
  useEffect(() => {
    if (ended !== undefined && endedBefore.current !== undefined && ended !== endedBefore.current) {
      void client.invalidateQueries({ queryKey: [...trainingKey(project), 'models'] })
      void client.invalidateQueries({ queryKey: [...trainingKey(project), 'staleness'] })
    }
    endedBefore.current = ended
  }, [client, project, ended])
  return jobs
}

const endedJobs = (jobs: readonly TrainingJob[] | undefined) =>
  jobs
    ?.filter((job) => job.status !== 'running')
    .map((job) => job.id)
    .sort((a, b) => a - b)
    .join(',')

/** One job with its logs, live while it runs. */
export function useJob(project: string, id: number | null) {
  return useQuery({
    queryKey: [...trainingKey(project), 'job', id],
    queryFn: () => trainingApi.job(id ?? 0),
    enabled: id != null,
    refetchInterval: (query) => (query.state.data?.status === 'running' ? LIVE_MS : false),
  })
}

export function useModels(project: string, live: boolean) {
  return useQuery({
    queryKey: [...trainingKey(project), 'models'],
    queryFn: () => trainingApi.models(project),
    refetchInterval: live ? LIVE_MS * 2 : IDLE_MS,
  })
}

export function useStaleness(project: string) {
  return useQuery({
    queryKey: [...trainingKey(project), 'staleness'],
    queryFn: () => trainingApi.staleness(project),
    refetchInterval: IDLE_MS,
  })
}

/** Every action refreshes jobs, versions and staleness together: a promotion changes all three. */
function useTrainingAction<T, R>(project: string, action: (input: T) => Promise<R>) {
  const client = useQueryClient()
  return useMutation({ mutationFn: action, onSettled: () => client.invalidateQueries({ queryKey: trainingKey(project) }) })
}

export const useStartJob = (project: string) => useTrainingAction(project, (body: StartJob) => trainingApi.start(body))
export const useCancelJob = (project: string) => useTrainingAction(project, (id: number) => trainingApi.cancel(id))
export const usePromote = (project: string) => useTrainingAction(project, (id: number) => trainingApi.promote(id))
export const useRollback = (project: string) => useTrainingAction(project, (kind: ModelKind) => trainingApi.rollback(project, kind))
