import { useState, type FormEvent } from 'react'
import { useCurrentUser } from '../app/current-user'
import { useToast } from '../app/use-toast'
import { Time } from '../ui/time'
import type { BackfillJob, DeadLetter, PipelineStatus } from './pipeline-api'
import './pipeline-page.css'
import { useBackfill, useBackfills, useDeadLetters, useDiscard, usePipelineStatus, useRedrive, useRetention, useSeal, useSnapshots } from './use-pipeline'

const number = new Intl.NumberFormat(undefined, { maximumFractionDigits: 1 })

function seconds(value: number): string {
  if (value < 1) return `${Math.round(value * 1000)} ms`
  if (value < 120) return `${number.format(value)} s`
  return `${number.format(value / 60)} min`
}

/** The training-data flow for site admins: live depths and ages, throughput, freshness, dead letters, datasets. */
export function PipelinePage() {
  const user = useCurrentUser()
  if (!user.siteAdmin) {
    return (
      <div className="page">
        <div className="page-body narrow">
          <p className="empty">Only site administrators can see the training-data pipeline.</p>
        </div>
      </div>
    )
  }
  return <PipelineAdmin />
}

function PipelineAdmin() {
  const status = usePipelineStatus()
  return (
    <div className="page">
      <header className="page-header">
        <h1>
          Administration <span className="muted">Training-data pipeline</span>
        </h1>
      </header>
      <div className="page-body">
        {status.error && <p className="error-text">{status.error.message}</p>}
        {status.data && <Flow status={status.data} />}
        <DeadLetters />
        <Datasets />
      </div>
    </div>
  )
}

function Flow({ status }: { status: PipelineStatus }) {
  const records = Object.entries(status.worker.recordsByTask)
  const redactions = Object.entries(status.worker.redactionsByType)
  return (
    <section aria-label="Flow">
      {!status.enabled && <p className="notice">The pipeline is off (MERIDIAN_PIPELINE_ENABLED=false): changes wait in the outbox.</p>}
      {status.enabled && !status.leader && (
        <p className="notice">
          Another server on this database runs the relay and the worker; this one takes over if that server stops. The worker
          figures below are this server’s.
        </p>
      )}
      <ol className="pipeline-flow">
        <Stage name="Outbox" figures={[['waiting', number.format(status.outbox.events)], ['oldest', seconds(status.outbox.oldestSeconds)]]} />
        <Stage
          name={`Queue (${status.queueType})`}
          figures={[
            ['visible', number.format(status.queue.visible)],
            ['in flight', number.format(status.queue.inFlight)],
            ['oldest', status.queueType === 'sqs' ? `${seconds(status.queue.receivedAgeSeconds)} at receive` : seconds(status.queue.oldestVisibleSeconds)],
            ['dead letters', number.format(status.queue.deadLetters)],
          ]}
          alert={status.queue.deadLetters > 0}
        />
        <Stage
          name={`Worker ×${status.workerConcurrency}`}
          figures={[
            ['events/s', number.format(status.worker.eventsPerSecond)],
            ['freshness p50', seconds(status.freshness.p50Seconds)],
            ['freshness p99', seconds(status.freshness.p99Seconds)],
            ['stored', number.format(status.freshness.eventsStored)],
          ]}
        />
        <Stage
          name="Object store"
          figures={
            records.length
              ? records.map(([task, count]): [string, string] => [task, number.format(count)])
              : [['records', '0']]
          }
        />
      </ol>
      <p className="muted">
        Redactions since start:{' '}
        {redactions.length ? redactions.map(([type, count]) => `${type} ${number.format(count)}`).join(', ') : 'none'}. Snapshots
        are sealed every {number.format(status.snapshots.everyRecords)} new records
        {status.snapshots.schedule && <> and on “{status.snapshots.schedule}”</>}
        {status.snapshots.nextRun && (
          <>
            {' '}
            (next <Time iso={status.snapshots.nextRun} />)
          </>
        )}
        ; the newest {status.snapshots.keep} of each project are kept.
      </p>
    </section>
  )
}

function Stage({ name, figures, alert = false }: { name: string; figures: [string, string][]; alert?: boolean }) {
  return (
    <li className={alert ? 'pipeline-stage alert' : 'pipeline-stage'} aria-label={name}>
      <h2>{name}</h2>
      <dl>
        {figures.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </li>
  )
}

function DeadLetters() {
  const letters = useDeadLetters()
  const redrive = useRedrive()
  const discard = useDiscard()
  const toast = useToast()
  const items = letters.data?.items ?? []
  return (
    <section aria-label="Dead letters" className="pipeline-section">
      <h2>
        Dead letters <span className="muted">{letters.data ? number.format(letters.data.total) : ''}</span>
      </h2>
      <p className="muted">Messages the worker failed on too often. Fix the cause, then send them back to the queue, or discard them.</p>
      {letters.error && <p className="error-text">{letters.error.message}</p>}
      {letters.data && items.length === 0 && <p className="empty">No dead letters.</p>}
      {items.length > 0 && (
        <>
          <button
            type="button"
            className="button button-primary"
            disabled={redrive.isPending}
            onClick={() =>
              redrive.mutate(undefined, {
                onSuccess: (result) => toast.info(`${result.redriven} sent back to the queue`),
                onError: (error) => toast.error(error.message),
              })
            }
          >
            Redrive all
          </button>
          <table className="issue-table">
            <thead>
              <tr>
                <th>Event</th>
                <th>Project</th>
                <th>Sent</th>
                <th>Body</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {items.map((letter) => (
                <DeadLetterRow
                  key={letter.id}
                  letter={letter}
                  onDiscard={() =>
                    discard.mutate(letter.id, {
                      onSuccess: (result) => toast.info(result.discarded ? 'Discarded' : 'It was no longer there'),
                      onError: (error) => toast.error(error.message),
                    })
                  }
                />
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  )
}

function DeadLetterRow({ letter, onDiscard }: { letter: DeadLetter; onDiscard: () => void }) {
  const name = letter.eventId ? `${letter.type ?? 'event'} #${letter.eventId}` : letter.id
  return (
    <tr>
      <td>{name}</td>
      <td>{letter.projectKey ?? '–'}</td>
      <td>{letter.sentAt ? <Time iso={letter.sentAt} /> : '–'}</td>
      <td>
        <details>
          <summary>{letter.aggregateId ?? 'body'}</summary>
          <pre className="pipeline-body">{letter.body}</pre>
        </details>
      </td>
      <td>
        <button type="button" className="button button-danger" onClick={onDiscard} aria-label={`Discard ${name}`}>
          Discard
        </button>
      </td>
    </tr>
  )
}

function Datasets() {
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
