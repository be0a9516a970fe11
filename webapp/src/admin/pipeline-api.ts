import { http } from '../api/http'

/** GET /api/v1/pipeline/status: the training-data flow, outbox → queue → worker → object store. */
export interface PipelineStatus {
  enabled: boolean
  /** this server runs the relay and the worker; another server on the same database does when false */
  leader: boolean
  queueType: string
  workerConcurrency: number
  outbox: { events: number; oldestSeconds: number }
  queue: { visible: number; inFlight: number; oldestVisibleSeconds: number; receivedAgeSeconds: number; deadLetters: number }
  worker: { eventsPerSecond: number; recordsByTask: Record<string, number>; redactionsByType: Record<string, number> }
  freshness: { p50Seconds: number; p99Seconds: number; eventsStored: number }
  snapshots: { everyRecords: number; schedule: string | null; nextRun: string | null; keep: number; validationPercent: number }
}

export interface DeadLetter {
  id: string
  sentAt: string | null
  type: string | null
  projectKey: string | null
  aggregateId: string | null
  eventId: number | null
  body: string
}

export interface Page<T> {
  page: number
  size: number
  total: number
  items: T[]
}

export interface FileEntry {
  key: string
  sha256: string
  records: number
}

export interface Snapshot {
  snapshotId: string
  sealedAt: string
  eventRange: { from: number; to: number }
  records: number
  recordsByTask: Record<string, { train: number; validation: number }>
  split: { method: string; validationPercent: number }
  shards: number
  files: FileEntry[]
}

export interface SealResult {
  sealed: boolean
  snapshot: Snapshot | null
  detail: string
}

/** A backfill job: re-emits a project's issues and comments to the worker in the background, page by page. */
export interface BackfillJob {
  id: number
  projectKey: string
  status: 'running' | 'done' | 'failed'
  totalIssues: number
  issues: number
  comments: number
  messages: number
  pages: number
  error: string | null
  startedAt: string
  finishedAt: string | null
}

const datasets = (projectKey: string) => `/api/v1/training/datasets/${encodeURIComponent(projectKey)}`

export const pipelineApi = {
  status: () => http.get<PipelineStatus>('/api/v1/pipeline/status'),
  deadLetters: (limit = 50) => http.get<Page<DeadLetter>>('/api/v1/pipeline/dead-letters', { limit }),
  redrive: () => http.post<{ redriven: number }>('/api/v1/pipeline/dead-letters/redrive'),
  discard: (id: string) => http.delete<{ discarded: boolean }>(`/api/v1/pipeline/dead-letters/${encodeURIComponent(id)}`),
  snapshots: (projectKey: string) => http.get<Page<Snapshot>>(`${datasets(projectKey)}/snapshots`),
  seal: (projectKey: string) => http.post<SealResult>(`${datasets(projectKey)}/snapshots`),
  retention: (projectKey: string) => http.post<{ deleted: string[] }>(`${datasets(projectKey)}/retention`),
  backfill: (projectKey: string) => http.post<BackfillJob>(`${datasets(projectKey)}/backfill`),
  backfills: (projectKey: string) => http.get<Page<BackfillJob>>(`${datasets(projectKey)}/backfills`),
}
