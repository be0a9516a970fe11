import type { ModelVersion, Staleness, TrainingJob } from '../api/training'
import { plural } from '../app/words'

/** "45 s", "12 min", "3 h 20 min", "2 d 4 h": the two largest units that matter, rounded up for an ETA's sake. */
export function duration(totalSeconds: number): string {
  const seconds = Math.max(0, Math.round(totalSeconds))
  if (seconds < 60) return `${seconds} s`
  const minutes = Math.round(seconds / 60)
  if (minutes < 60) return `${minutes} min`
  const hours = Math.floor(minutes / 60)
  if (hours < 24) return minutes % 60 === 0 ? `${hours} h` : `${hours} h ${minutes % 60} min`
  const days = Math.floor(hours / 24)
  return hours % 24 === 0 ? `${days} d` : `${days} d ${hours % 24} h`
}

/** The progress bar's width, 0–100, whatever the server sent. */
export function percent(job: Pick<TrainingJob, 'progress' | 'status'>): number {
  if (job.status === 'succeeded') return 100
  return Math.min(100, Math.max(0, Math.round(job.progress)))
}

/** What a job's row says beside its bar: percentage and time left while it runs, how it ended after. */
export function progressText(job: TrainingJob, now: number = Date.now()): string {
  switch (job.status) {
    case 'running': {
      const head = `${percent(job)}%`
      if (job.cancelRequested) return `${head} · cancelling…`
      if (job.etaSeconds == null) return `${head} · estimating time left…`
      return `${head} · about ${duration(job.etaSeconds)} left`
    }
    case 'succeeded':
      return `Done in ${elapsed(job, now)}`
    case 'cancelled':
      return `Cancelled at ${percent(job)}%`
    case 'failed':
      return `Failed at ${percent(job)}%${job.failure ? `: ${job.failure}` : ''}`
  }
}

function elapsed(job: TrainingJob, now: number): string {
  const start = Date.parse(job.startedAt ?? job.createdAt)
  const end = job.finishedAt ? Date.parse(job.finishedAt) : now
  return duration((end - start) / 1000)
}

export const isRunning = (jobs: readonly TrainingJob[] | undefined) => (jobs ?? []).some((job) => job.status === 'running')

export interface StalenessView {
  /** False when the project has no active model to be stale. */
  trained: boolean
  records: string
  age: string
  /** Worth retraining: many changes, or an old model. */
  stale: boolean
}

/** A model is called stale past 100 changed issues or a week: the same order of size as the default triggers. */
export const STALE_RECORDS = 100
export const STALE_SECONDS = 7 * 24 * 3600

export function stalenessView(staleness: Staleness): StalenessView {
  if (staleness.activeVersion == null) {
    return { trained: false, records: `${plural(staleness.changedIssues, 'issue')} to learn from`, age: 'no active model', stale: true }
  }
  const seconds = staleness.secondsSinceTrained
  return {
    trained: true,
    records: `${plural(staleness.changedIssues, 'issue')} created or changed since`,
    age: seconds == null ? 'training time unknown' : `trained ${duration(seconds)} ago`,
    stale: staleness.changedIssues >= STALE_RECORDS || (seconds != null && seconds >= STALE_SECONDS),
  }
}


/** The metrics the page charts and lists, in this order, with the names people read. */
export const CHARTED_METRICS = [
  { key: 'duplicates.recall@1', label: 'Recall@1' },
  { key: 'duplicates.recall@10', label: 'Recall@10' },
  { key: 'duplicates.bm25.recall@10', label: 'BM25 Recall@10 (baseline)' },
  { key: 'duplicates.mrr', label: 'MRR' },
  { key: 'triage.priority.macroF1', label: 'Priority macro-F1' },
] as const

export type MetricPoint = { version: string; at: number } & Partial<Record<(typeof CHARTED_METRICS)[number]['key'], number>>

/**
 * One point per version that has metrics, oldest first (by creation time, then number), so the chart reads left to
 * right as the model's history; failed and still-training versions have nothing to plot.
 */
export function metricPoints(versions: readonly ModelVersion[]): MetricPoint[] {
  return versions
    .filter((v) => v.status !== 'failed' && v.status !== 'training' && Object.keys(v.metrics ?? {}).length > 0)
    .sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt) || a.number - b.number)
    .map((v) => {
      const point: MetricPoint = { version: v.label, at: Date.parse(v.finishedAt ?? v.createdAt) }
      for (const metric of CHARTED_METRICS) {
        const value = v.metrics[metric.key]
        if (typeof value === 'number' && Number.isFinite(value)) point[metric.key] = value
      }
      return point
    })
}

/** The charted metrics some version actually has (a project without duplicate links has no recall figures). */
export function presentMetrics(points: readonly MetricPoint[]) {
  return CHARTED_METRICS.filter((metric) => points.some((point) => point[metric.key] !== undefined))
}

export const metricText = (value: number | undefined) => (value === undefined ? '–' : value.toFixed(3))

/** Promote is offered for candidates and retired versions; rollback once some version was active before this one. */
export const canPromote = (version: ModelVersion) => version.status === 'candidate' || version.status === 'retired'

/** The version a rollback restores, as the server picks it: the retired one most recently active; none without an active one. */
export function rollbackTarget(versions: readonly ModelVersion[]): ModelVersion | undefined {
  const active = versions.find((v) => v.status === 'active')
  if (!active) return undefined
  return versions
    .filter((v) => v.status === 'retired' && v.activatedAt != null && v.id !== active.id)
    .sort((a, b) => Date.parse(b.activatedAt ?? '') - Date.parse(a.activatedAt ?? '') || b.id - a.id)[0]
}
