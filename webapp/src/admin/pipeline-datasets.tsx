import { useState, type FormEvent } from 'react'
import { useToast } from '../app/use-toast'
import { Time } from '../ui/time'
import type { BackfillJob } from './pipeline-api'
import { number } from './pipeline-format'
import { useBackfill, useBackfills, useRetention, useSeal, useSnapshots } from './use-pipeline'

/** A project's dataset, for site admins: sealed snapshots, sealing and retention now, and backfills. */
export function Datasets() {
  const [draft, setDraft] = useState('')
  const [projectKey, setProjectKey] = useState('')
  const snapshots = useSnapshots(projectKey)
  const backfills = useBackfills(projectKey)
  const seal = useSeal()
  const retention = useRetention()
  const backfill = useBackfill()
  const toast = useToast()
  const busy = seal.isPending || retention.isPending || backfill.isPending
  const onError = (error: Error) => toast.error(error.message)

  const choose = (event: FormEvent) => {
    event.preventDefault()
    setProjectKey(draft.trim().toUpperCase())
  }

  return (
    <section aria-label="Datasets" className="pipeline-section">
      <h2>Datasets</h2>
      <form className="inline-form" onSubmit={choose}>
        <div className="form-row">
          <label className="field">
            <span>Project key</span>
            <input value={draft} onChange={(event) => setDraft(event.target.value)} placeholder="e.g. HADOOP" />
          </label>
          <button type="submit" className="button">
            Show snapshots
          </button>
        </div>
      </form>
      {projectKey && (
        <>
          <div className="pipeline-actions">
            <button
              type="button"
              className="button"
              disabled={busy}
              onClick={() =>
                backfill.mutate(projectKey, {
                  onSuccess: (job) =>
                    toast.info(`Backfill #${job.id} of ${projectKey} is running: ${number.format(job.issues)} of ${number.format(job.totalIssues)} issues sent`),
                  onError,
                })
              }
            >
              Backfill {projectKey}
            </button>
            <button
              type="button"
              className="button button-primary"
              disabled={busy}
              onClick={() => seal.mutate(projectKey, { onSuccess: (result) => toast.info(result.detail), onError })}
            >
              Seal snapshot
            </button>
            <button
              type="button"
              className="button"
              disabled={busy}
              onClick={() =>
                retention.mutate(projectKey, {
                  onSuccess: (result) =>
                    toast.info(result.deleted.length ? `Deleted ${result.deleted.join(', ')}` : 'Nothing to delete'),
                  onError,
                })
              }
            >
              Apply retention
            </button>
          </div>
          {!!backfills.data?.items.length && <Backfills projectKey={projectKey} jobs={backfills.data.items} />}
          {snapshots.error && <p className="error-text">{snapshots.error.message}</p>}
          {snapshots.data?.items.length === 0 && <p className="empty">No sealed snapshots of {projectKey} yet.</p>}
          {!!snapshots.data?.items.length && (
            <table className="issue-table" aria-label={`Snapshots of ${projectKey}`}>
              <thead>
                <tr>
                  <th>Snapshot</th>
                  <th>Sealed</th>
                  <th>Records</th>
                  <th>By task (train / validation)</th>
                  <th>Events</th>
                </tr>
              </thead>
              <tbody>
                {snapshots.data.items.map((snapshot) => (
                  <tr key={snapshot.snapshotId}>
                    <td>{snapshot.snapshotId}</td>
                    <td>
                      <Time iso={snapshot.sealedAt} />
                    </td>
                    <td>{number.format(snapshot.records)}</td>
                    <td>
                      {Object.entries(snapshot.recordsByTask)
                        .map(([task, counts]) => `${task} ${counts.train}/${counts.validation}`)
                        .join(', ')}
                    </td>
                    <td>
                      {snapshot.eventRange.from}–{snapshot.eventRange.to}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
    </section>
  )
}

function Backfills({ projectKey, jobs }: { projectKey: string; jobs: BackfillJob[] }) {
  return (
    <table className="issue-table" aria-label={`Backfills of ${projectKey}`}>
      <thead>
        <tr>
          <th>Backfill</th>
          <th>Status</th>
          <th>Issues sent</th>
          <th>Comments</th>
          <th>Started</th>
          <th>Finished</th>
        </tr>
      </thead>
      <tbody>
        {jobs.map((job) => (
          <tr key={job.id}>
            <td>#{job.id}</td>
            <td>
              {job.status}
              {job.error && <span className="error-text"> — {job.error}</span>}
            </td>
            <td>
              {number.format(job.issues)} of {number.format(job.totalIssues)}
            </td>
            <td>{number.format(job.comments)}</td>
            <td>
              <Time iso={job.startedAt} />
            </td>
            <td>{job.finishedAt ? <Time iso={job.finishedAt} /> : '–'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
