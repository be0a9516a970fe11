import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { CurrentUserContext } from '../app/current-user'
import { json, renderWithProviders, stubFetch } from '../test-utils'
import type { BackfillJob, DeadLetter, PipelineStatus, Snapshot } from './pipeline-api'
import { PipelinePage } from './pipeline-page'

const admin = { id: 1, email: 'admin@example.com', displayName: 'Admin', siteAdmin: true }

const status: PipelineStatus = {
  enabled: true,
  leader: true,
  queueType: 'postgres',
  workerConcurrency: 2,
  outbox: { events: 12, oldestSeconds: 0.4 },
  queue: { visible: 340, inFlight: 20, oldestVisibleSeconds: 3.5, receivedAgeSeconds: 1.2, deadLetters: 1 },
  worker: { eventsPerSecond: 1450.5, recordsByTask: { triage: 800, document: 900 }, redactionsByType: { email: 3, url_credentials: 4 } },
  freshness: { p50Seconds: 0.8, p99Seconds: 2.7, eventsStored: 90000 },
  snapshots: { everyRecords: 1000, schedule: '0 0 3 * * *', nextRun: null, keep: 5, validationPercent: 10 },
}

const letter: DeadLetter = {
  id: 'm-1',
  sentAt: '2026-11-26T05:00:00Z',
  type: 'comment.added',
  projectKey: 'HADOOP',
  aggregateId: 'x',
  eventId: 77,
  body: '{"eventId": 77, "payload": {"id": "not-a-number"}}',
}

const snapshot: Snapshot = {
  snapshotId: 's0000000000000000120',
  sealedAt: '2026-11-26T05:10:00Z',
  eventRange: { from: 3, to: 120 },
  records: 42,
  recordsByTask: { triage: { train: 18, validation: 2 } },
  split: { method: 'sha256', validationPercent: 10 },
  shards: 3,
  files: [],
}

beforeEach(() => {
  document.cookie = 'XSRF-TOKEN=token'
})
afterEach(() => {
  vi.unstubAllGlobals()
  vi.restoreAllMocks()
})

function renderPage(user = admin) {
  renderWithProviders(
    <CurrentUserContext.Provider value={user}>
      <PipelinePage />
    </CurrentUserContext.Provider>,
  )
  return userEvent.setup()
}

describe('PipelinePage', () => {
  it('shows each stage of the flow with its depths, ages, throughput and freshness', async () => {
    stubFetch({
      'GET /api/v1/pipeline/status': () => json(200, status),
      'GET /api/v1/pipeline/dead-letters': () => json(200, { page: 0, size: 0, total: 0, items: [] }),
    })
    renderPage()

    const outbox = await screen.findByRole('listitem', { name: 'Outbox' })
    expect(outbox).toHaveTextContent(/waiting\s*12/)
    expect(screen.getByRole('listitem', { name: 'Queue (postgres)' })).toHaveTextContent(/visible\s*340.*in flight\s*20.*oldest\s*3.5 s.*dead letters\s*1/)
    expect(screen.getByRole('listitem', { name: 'Worker ×2' })).toHaveTextContent(/events\/s\s*1,450.5.*freshness p50\s*800 ms.*freshness p99\s*2.7 s/)
    expect(screen.getByRole('listitem', { name: 'Object store' })).toHaveTextContent(/triage\s*800.*document\s*900/)
    expect(screen.getByText(/Redactions since start/)).toHaveTextContent('Redactions since start: 3 email addresses, 4 credentials in URLs.')
    expect(screen.getByText('a schedule')).toHaveAttribute('title', 'Cron expression 0 0 3 * * * (MERIDIAN_SNAPSHOT_SCHEDULE, UTC)')
    expect(await screen.findByText('No dead letters.')).toBeInTheDocument()
  })

  it('says when another server on the database runs the flow', async () => {
    stubFetch({
      'GET /api/v1/pipeline/status': () => json(200, { ...status, leader: false }),
      'GET /api/v1/pipeline/dead-letters': () => json(200, { page: 0, size: 0, total: 0, items: [] }),
    })
    renderPage()

    expect(await screen.findByText(/Another server on this database runs the relay and the worker/)).toBeInTheDocument()
  })

  it('discards a dead letter and sends the rest back to the queue', async () => {
    let letters = [letter, { ...letter, id: 'm-2', eventId: 78 }]
    const fetchMock = stubFetch({
      'GET /api/v1/pipeline/status': () => json(200, status),
      'GET /api/v1/pipeline/dead-letters': () => json(200, { page: 0, size: letters.length, total: letters.length, items: letters }),
      'DELETE /api/v1/pipeline/dead-letters/m-1': () => {
        letters = letters.filter((kept) => kept.id !== 'm-1')
        return json(200, { discarded: true })
      },
      'POST /api/v1/pipeline/dead-letters/redrive': () => {
        const redriven = letters.length
        letters = []
        return json(200, { redriven })
      },
    })
    const user = renderPage()

    const table = await screen.findByRole('table')
    expect(within(table).getByText('comment.added #77').closest('tr')).toHaveTextContent(/HADOOP/)
    await user.click(screen.getByRole('button', { name: 'Discard comment.added #77' }))
    await waitFor(() => expect(screen.queryByText('comment.added #77')).not.toBeInTheDocument())
    await user.click(screen.getByRole('button', { name: 'Redrive all' }))

    expect(await screen.findByText('1 sent back to the queue')).toBeInTheDocument()
    expect(await screen.findByText('No dead letters.')).toBeInTheDocument()
    expect(fetchMock.mock.calls.filter(([, init]) => init?.method === 'DELETE')).toHaveLength(1)
  })

  it("lists a project's snapshots and seals a new one on request", async () => {
    let snapshots: Snapshot[] = []
    stubFetch({
      'GET /api/v1/pipeline/status': () => json(200, status),
      'GET /api/v1/pipeline/dead-letters': () => json(200, { page: 0, size: 0, total: 0, items: [] }),
      'GET /api/v1/training/datasets/HADOOP/snapshots': () => json(200, { page: 0, size: snapshots.length, total: snapshots.length, items: snapshots }),
      'GET /api/v1/training/datasets/HADOOP/backfills': () => json(200, { page: 0, size: 0, total: 0, items: [] }),
      'POST /api/v1/training/datasets/HADOOP/snapshots': () => {
        snapshots = [snapshot]
        return json(201, { sealed: true, snapshot, detail: 'Sealed' })
      },
    })
    const user = renderPage()

    await user.type(await screen.findByLabelText('Project key'), 'hadoop')
    await user.click(screen.getByRole('button', { name: 'Show snapshots' }))
    expect(await screen.findByText('No sealed snapshots of HADOOP yet.')).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Seal snapshot' }))

    const table = await screen.findByRole('table', { name: 'Snapshots of HADOOP' })
    expect(within(table).getByText('s0000000000000000120').closest('tr')).toHaveTextContent(/42.*triage 18\/2.*3–120/)
  })

  it('starts a backfill and follows its progress until it is done', async () => {
    const running: BackfillJob = {
      id: 7,
      projectKey: 'HADOOP',
      status: 'running',
      totalIssues: 2503,
      issues: 0,
      comments: 0,
      messages: 0,
      pages: 0,
      error: null,
      startedAt: '2026-11-26T05:00:00Z',
      finishedAt: null,
    }
    let jobs: BackfillJob[] = []
    let polls = 0
    stubFetch({
      'GET /api/v1/pipeline/status': () => json(200, status),
      'GET /api/v1/pipeline/dead-letters': () => json(200, { page: 0, size: 0, total: 0, items: [] }),
      'GET /api/v1/training/datasets/HADOOP/snapshots': () => json(200, { page: 0, size: 0, total: 0, items: [] }),
      'GET /api/v1/training/datasets/HADOOP/backfills': () => {
        polls++
        if (jobs.length && polls > 2) {
          jobs = [{ ...running, status: 'done', issues: 2503, comments: 9100, pages: 26, finishedAt: '2026-11-26T05:01:00Z' }]
        }
        return json(200, { page: 0, size: jobs.length, total: jobs.length, items: jobs })
      },
      'POST /api/v1/training/datasets/HADOOP/backfill': () => {
        jobs = [{ ...running, issues: 300, pages: 3 }]
        return json(202, running)
      },
    })
    const user = renderPage()

    await user.type(await screen.findByLabelText('Project key'), 'HADOOP')
    await user.click(screen.getByRole('button', { name: 'Show snapshots' }))
    await user.click(await screen.findByRole('button', { name: 'Backfill HADOOP' }))

    const table = await screen.findByRole('table', { name: 'Backfills of HADOOP' })
    expect(within(table).getByText('#7').closest('tr')).toHaveTextContent(/running.*300 of 2,503/)
    await waitFor(() => expect(within(table).getByText('#7').closest('tr')).toHaveTextContent(/done.*2,503 of 2,503.*9,100/), {
      timeout: 10_000,
    })
  })

  it('tells other users the page is for site administrators', () => {
    renderPage({ ...admin, siteAdmin: false })

    expect(screen.getByText('Only site administrators can see the training-data pipeline.')).toBeInTheDocument()
  })
})
