import { http, withQuery } from './http'

export type JobStatus = 'running' | 'succeeded' | 'failed' | 'cancelled'
export type TrainingMode = 'incremental' | 'full'
export type ModelStatus = 'training' | 'failed' | 'candidate' | 'active' | 'retired'

/** The one model kind the server trains today (triage heads and the duplicate ranker together). */
export const MODEL_KINDS = ['triage-duplicates'] as const
export type ModelKind = (typeof MODEL_KINDS)[number]

export interface LogLine {
  at: string
  line: string
}

/** A training job; `logs` is filled only when one job is read. */
export interface TrainingJob {
  id: number
  projectKey: string
  kind: string
  mode: TrainingMode
  trainer: string
  status: JobStatus
  progress: number
  etaSeconds: number | null
  cancelRequested: boolean
  modelVersionId: number | null
  failure: string | null
  requestedBy: number | null
  createdAt: string
  startedAt: string | null
  finishedAt: string | null
  logs: LogLine[] | null
}

export interface ModelVersion {
  id: number
  projectKey: string
  kind: string
  number: number
  label: string
  baseModel: string
  trainer: string
  mode: TrainingMode
  parentId: number | null
  datasetSnapshot: string | null
  dataChecksum: string | null
  trainedThrough: string | null
  parameters: Record<string, unknown>
  metrics: Record<string, number>
  artifact: string | null
  status: ModelStatus
  statusReason: string | null
  createdAt: string
  finishedAt: string | null
  activatedAt: string | null
}

/** Issues created or changed since the active model's data, and the time since it was trained. */
export interface Staleness {
  projectKey: string
  activeVersion: string | null
  trainedThrough: string | null
  changedIssues: number
  secondsSinceTrained: number | null
}

export interface StartJob {
  project: string
  kind: ModelKind
  mode: TrainingMode
}

export const trainingApi = {
  jobs: (project: string) => http.get<TrainingJob[]>('/api/v1/training/jobs', { project }),
  job: (id: number) => http.get<TrainingJob>(`/api/v1/training/jobs/${id}`),
  start: (body: StartJob) => http.post<TrainingJob>('/api/v1/training/jobs', body),
  cancel: (id: number) => http.post<TrainingJob>(`/api/v1/training/jobs/${id}/cancel`),
  models: (project: string) => http.get<ModelVersion[]>('/api/v1/models', { project }),
  promote: (id: number) => http.post<ModelVersion>(`/api/v1/models/${id}/promote`),
  rollback: (project: string, kind: ModelKind) =>
    http.post<ModelVersion>(withQuery(`/api/v1/projects/${encodeURIComponent(project)}/models/rollback`, { kind })),
  staleness: (project: string) => http.get<Staleness>('/api/v1/training/staleness', { project }),
}
