import { useCurrentUser } from '../app/current-user'
import { useToast } from '../app/use-toast'
import { Time } from '../ui/time'
import type { DeadLetter, PipelineStatus } from './pipeline-api'
import { Datasets } from './pipeline-datasets'
import { number, redactionWords, seconds } from './pipeline-format'
import './pipeline-page.css'
import { useDeadLetters, useDiscard, usePipelineStatus, useRedrive } from './use-pipeline'

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
        {redactionWords(status.worker.redactionsByType)}. Snapshots
        are sealed every {number.format(status.snapshots.everyRecords)} new records
        {status.snapshots.schedule && (
          <>
            {' '}
            and on <abbr title={`Cron expression ${status.snapshots.schedule} (MERIDIAN_SNAPSHOT_SCHEDULE, UTC)`}>a schedule</abbr>
          </>
        )}
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
