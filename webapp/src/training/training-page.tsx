import { useState, type FormEvent } from 'react'
import { useParams } from 'react-router'
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts'
import { MODEL_KINDS, type ModelKind, type ModelVersion, type TrainingJob, type TrainingMode } from '../api/training'
import { useConfirm } from '../app/use-confirm'
import { useToast } from '../app/use-toast'
import { useScheme } from '../projects/use-projects'
import { Time } from '../ui/time'
import {
  canPromote,
  metricPoints,
  metricText,
  percent,
  presentMetrics,
  progressText,
  rollbackTarget,
  stalenessView,
  CHARTED_METRICS,
  isRunning,
} from './training-data'
import './training-page.css'
import { useCancelJob, useJob, useJobs, useModels, usePromote, useRollback, useStaleness, useStartJob } from './use-training'
import { themedAxis, themedDots, themedGrid, themedLegend, themedTooltip } from '../ui/chart-theme'

const COLORS = ['#2684ff', '#00875a', '#8993a4', '#6554c0', '#ff991f']

/**
 * `/projects/KEY/training`: the project's model, for everyone who can browse the project — how stale it is, the
 * training jobs (live progress, ETA, logs) and the versions with their held-out metrics over time. Project admins
 * start and cancel jobs, promote a version or roll back; the server checks the same rule.
 */
export function TrainingPage() {
  const { projectKey = '' } = useParams()
  const scheme = useScheme(projectKey)
  const canAdminister = scheme.data?.project.callerRole === 'admin'
  const jobs = useJobs(projectKey)
  const models = useModels(projectKey, isRunning(jobs.data))
  return (
    <div className="page">
      <header className="page-header">
        <h1>
          {projectKey} <span className="muted">Training</span>
        </h1>
      </header>
      <div className="page-body">
        <StalenessPanel projectKey={projectKey} />
        {canAdminister && <StartJobForm projectKey={projectKey} busy={isRunning(jobs.data)} />}
        <section aria-label="Training jobs" className="training-section">
          <h2>Jobs</h2>
          {jobs.error && <p className="error-text">{jobs.error.message}</p>}
          {jobs.data && jobs.data.length === 0 && <p className="empty">No training jobs yet.</p>}
          {jobs.data && jobs.data.length > 0 && (
            <ul className="training-jobs">
              {jobs.data.slice(0, 20).map((job) => (
                <JobRow key={job.id} job={job} canCancel={canAdminister} />
              ))}
            </ul>
          )}
        </section>
        <section aria-label="Model versions" className="training-section">
          <h2>Model versions</h2>
          {models.error && <p className="error-text">{models.error.message}</p>}
          {models.data && models.data.length === 0 && <p className="empty">No model versions yet: start a training job.</p>}
          {models.data && models.data.length > 0 && (
            <>
              <MetricsChart versions={models.data} />
              <Versions projectKey={projectKey} versions={models.data} canAdminister={canAdminister} />
            </>
          )}
        </section>
      </div>
    </div>
  )
}

function StalenessPanel({ projectKey }: { projectKey: string }) {
  const staleness = useStaleness(projectKey)
  if (staleness.error) return <p className="error-text">{staleness.error.message}</p>
  if (!staleness.data) return null
  const view = stalenessView(staleness.data)
  return (
    <section aria-label="Staleness" className={`notice${view.stale ? ' notice-warning' : ''}`}>
      <p>
        {view.trained ? (
          <>
            Active model <strong>{staleness.data.activeVersion}</strong>: {view.records}, {view.age}.
          </>
        ) : (
          <>No active model yet: {view.records}.</>
        )}
        {view.trained && view.stale && ' Consider retraining.'}
      </p>
    </section>
  )
}

function StartJobForm({ projectKey, busy }: { projectKey: string; busy: boolean }) {
  const [kind, setKind] = useState<ModelKind>(MODEL_KINDS[0])
  const [mode, setMode] = useState<TrainingMode>('incremental')
  const start = useStartJob(projectKey)
  const toast = useToast()
  const submit = (event: FormEvent) => {
    event.preventDefault()
    start.mutate(
      { project: projectKey, kind, mode },
      { onSuccess: (job) => toast.info(`Training job #${job.id} started (${job.mode})`), onError: (error) => toast.error(error.message) },
    )
  }
  return (
    <form className="inline-form training-start" onSubmit={submit} aria-label="Start training">
      <div className="form-row">
        <label className="field">
          <span>Model kind</span>
          <select value={kind} onChange={(event) => setKind(event.target.value as ModelKind)}>
            {MODEL_KINDS.map((k) => (
              <option key={k} value={k}>
                {k}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>Mode</span>
          <select value={mode} onChange={(event) => setMode(event.target.value as TrainingMode)}>
            <option value="incremental">incremental (new records only)</option>
            <option value="full">full retraining</option>
          </select>
        </label>
        <button type="submit" className="button button-primary" disabled={start.isPending || busy} title={busy ? 'A job is running' : undefined}>
          Start training
        </button>
      </div>
    </form>
  )
}

function JobRow({ job, canCancel }: { job: TrainingJob; canCancel: boolean }) {
  const [open, setOpen] = useState(false)
  const cancel = useCancelJob(job.projectKey)
  const toast = useToast()
  const confirm = useConfirm()
  const label = `Job #${job.id}`
  return (
    <li className={`training-job training-job-${job.status}`} aria-label={label}>
      <div className="training-job-head">
        <strong>{label}</strong>
        <span className="muted">
          {job.mode} · {job.kind} · {job.trainer} · <Time iso={job.createdAt} />
        </span>
        <span className="training-job-status">{job.status}</span>
      </div>
      <div
        className="training-progress"
        role="progressbar"
        aria-label={`${label} progress`}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent(job)}
      >
        <div className="training-progress-bar" style={{ width: `${percent(job)}%` }} />
      </div>
      <div className="training-job-foot">
        <span>{progressText(job)}</span>
        <button type="button" className="button button-ghost" aria-expanded={open} onClick={() => setOpen(!open)}>
          {open ? 'Hide logs' : 'Logs'}
        </button>
        {canCancel && job.status === 'running' && (
          <button
            type="button"
            className="button button-danger"
            disabled={job.cancelRequested || cancel.isPending}
            onClick={() =>
              void confirm({ title: `Cancel training job #${job.id}?`, detail: 'Its work so far is discarded.', confirmLabel: 'Cancel job', danger: true }).then(
                (ok) => ok && cancel.mutate(job.id, { onError: (error) => toast.error(error.message) }),
              )
            }
          >
            Cancel
          </button>
        )}
      </div>
      {open && <JobLogs projectKey={job.projectKey} id={job.id} />}
    </li>
  )
}

function JobLogs({ projectKey, id }: { projectKey: string; id: number }) {
  const job = useJob(projectKey, id)
  if (job.error) return <p className="error-text">{job.error.message}</p>
  const lines = job.data?.logs ?? []
  return (
    <pre className="training-logs" aria-label={`Logs of job #${id}`}>
      {job.data ? (lines.length ? lines.map((l) => `${new Date(l.at).toLocaleTimeString()}  ${l.line}`).join('\n') : 'No log lines yet.') : 'Loading…'}
    </pre>
  )
}

function MetricsChart({ versions }: { versions: ModelVersion[] }) {
  const points = metricPoints(versions)
  const metrics = presentMetrics(points)
  if (points.length === 0 || metrics.length === 0) return null
  return (
    <figure className="training-chart" aria-label="Metrics over time">
      <ResponsiveContainer width="100%" height={240}>
        <LineChart data={points} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
          <CartesianGrid {...themedGrid} />
          <XAxis dataKey="version" {...themedAxis} />
          <YAxis domain={[0, 1]} {...themedAxis} />
          <Tooltip {...themedTooltip} formatter={(value) => (typeof value === 'number' ? value.toFixed(3) : String(value))} />
          <Legend {...themedLegend} />
          {metrics.map((metric) => (
            <Line
              key={metric.key}
              dataKey={metric.key}
              name={metric.label}
              stroke={COLORS[CHARTED_METRICS.indexOf(metric) % COLORS.length]}
              strokeDasharray={metric.key.includes('bm25') ? '4 3' : undefined}
              connectNulls
              {...themedDots}
              isAnimationActive={false}
            />
          ))}
        </LineChart>
      </ResponsiveContainer>
      <figcaption className="muted">Held-out metrics per version, oldest first; BM25 is the plain-text baseline on the same pairs.</figcaption>
    </figure>
  )
}

function Versions({ projectKey, versions, canAdminister }: { projectKey: string; versions: ModelVersion[]; canAdminister: boolean }) {
  const promote = usePromote(projectKey)
  const rollback = useRollback(projectKey)
  const toast = useToast()
  const confirm = useConfirm()
  const active = versions.find((v) => v.status === 'active')
  const target = rollbackTarget(versions)
  const metrics = CHARTED_METRICS
  return (
    <>
      {canAdminister && (
        <div className="training-actions">
          <button
            type="button"
            className="button"
            disabled={!target || rollback.isPending}
            title={target ? undefined : 'No earlier active version to go back to'}
            onClick={() =>
              active &&
              target &&
              void confirm({
                title: `Roll back from ${active.label} to ${target.label}?`,
                detail: `Suggestions and similar issues will come from ${target.label}.`,
                confirmLabel: 'Roll back',
              }).then(
                (ok) =>
                  ok &&
                  rollback.mutate(active.kind as ModelKind, {
                    onSuccess: (restored) => toast.info(`${restored.label} is active again`),
                    onError: (error) => toast.error(error.message),
                  }),
              )
            }
          >
            Roll back{target ? ` to ${target.label}` : ''}
          </button>
        </div>
      )}
      <table className="issue-table training-versions">
        <thead>
          <tr>
            <th>Version</th>
            <th>Status</th>
            <th>Mode</th>
            <th>Created</th>
            {metrics.map((m) => (
              <th key={m.key}>{m.label}</th>
            ))}
            {canAdminister && <th />}
          </tr>
        </thead>
        <tbody>
          {versions.map((version) => (
            <tr key={version.id} aria-label={version.label}>
              <td>{version.label}</td>
              <td title={version.statusReason ?? undefined}>{version.status}</td>
              <td>{version.mode}</td>
              <td>
                <Time iso={version.createdAt} />
              </td>
              {metrics.map((m) => (
                <td key={m.key} className="training-metric">
                  {metricText(version.metrics?.[m.key])}
                </td>
              ))}
              {canAdminister && (
                <td>
                  {canPromote(version) && (
                    <button
                      type="button"
                      className="button"
                      disabled={promote.isPending}
                      onClick={() =>
                        void confirm({
                          title: `Promote ${version.label}${active ? ` in place of ${active.label}` : ''}?`,
                          detail: 'It answers suggestions and similar issues from then on.',
                          confirmLabel: 'Promote',
                        }).then(
                          (ok) =>
                            ok &&
                            promote.mutate(version.id, {
                              onSuccess: (promoted) => toast.info(`${promoted.label} is active`),
                              onError: (error) => toast.error(error.message),
                            }),
                        )
                      }
                    >
                      Promote
                    </button>
                  )}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </>
  )
}
