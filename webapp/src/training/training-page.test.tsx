import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { Route, Routes } from 'react-router'
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { Role } from '../api/projects'
import type { ModelVersion, TrainingJob } from '../api/training'
import { json, renderWithProviders, stubFetch } from '../test-utils'
import { TrainingPage } from './training-page'

vi.mock('recharts', async (original) => {
  const actual = await original<typeof import('recharts')>()
  // jsdom has no layout: give the chart a fixed size instead of a responsive one.
  return { ...actual, ResponsiveContainer: ({ children }: { children: React.ReactElement }) => <div style={{ width: 600, height: 240 }}>{children}</div> }
})
// The next test file in this worker gets the real recharts (see test-setup.ts).
afterAll(() => vi.doUnmock('recharts'))

const job = (over: Partial<TrainingJob>): TrainingJob => ({
  id: 7, projectKey: 'WEB', kind: 'triage-duplicates', mode: 'full', trainer: 'local', status: 'running', progress: 40,
  etaSeconds: 150, cancelRequested: false, modelVersionId: null, failure: null, requestedBy: 1,
  createdAt: '2026-11-26T08:00:00Z', startedAt: '2026-11-26T08:00:00Z', finishedAt: null, logs: null, ...over,
})

const version = (over: Partial<ModelVersion>): ModelVersion => ({
  id: 1, projectKey: 'WEB', kind: 'triage-duplicates', number: 1, label: 'WEB-1', baseModel: 'all-MiniLM-L6-v2', trainer: 'local',
  mode: 'full', parentId: null, datasetSnapshot: null, dataChecksum: null, trainedThrough: null, parameters: {},
  metrics: { 'duplicates.recall@1': 0.5, 'duplicates.recall@10': 0.8 }, artifact: null, status: 'retired', statusReason: null,
  createdAt: '2026-11-20T08:00:00Z', finishedAt: '2026-11-20T08:04:00Z', activatedAt: '2026-11-20T08:05:00Z', ...over,
})

const scheme = (role: Role) => ({ project: { id: 1, key: 'WEB', name: 'Web', callerRole: role }, workflow: { statuses: [], transitions: [] }, types: [] })
const staleness = { projectKey: 'WEB', activeVersion: 'WEB-2', trainedThrough: '2026-11-25T08:00:00Z', changedIssues: 140, secondsSinceTrained: 3 * 3600 }

beforeEach(() => {
  document.cookie = 'XSRF-TOKEN=token'
})
afterEach(() => {
  vi.unstubAllGlobals()
  vi.restoreAllMocks()
})

function renderPage() {
  renderWithProviders(
    <Routes>
      <Route path="/projects/:projectKey/training" element={<TrainingPage />} />
    </Routes>,
    { route: '/projects/WEB/training' },
  )
  return userEvent.setup()
}

describe('TrainingPage', () => {
  it('shows a running job with its bar, ETA and logs, and cancels it after confirmation', async () => {
    let running = job({})
    const cancels: number[] = []
    stubFetch({
      'GET /api/v1/projects/WEB/scheme': () => json(200, scheme('admin')),
      'GET /api/v1/training/staleness': () => json(200, staleness),
      'GET /api/v1/training/jobs': () => json(200, [running]),
      'GET /api/v1/training/jobs/7': () => json(200, { ...running, logs: [{ at: '2026-11-26T08:00:01Z', line: 'embedding 2,503 issues' }] }),
      'POST /api/v1/training/jobs/7/cancel': () => {
        cancels.push(7)
        running = { ...running, cancelRequested: true }
        return json(200, running)
      },
      'GET /api/v1/models': () => json(200, []),
    })
    const user = renderPage()

    const row = await screen.findByRole('listitem', { name: 'Job #7' })
    expect(within(row).getByRole('progressbar')).toHaveAttribute('aria-valuenow', '40')
    expect(row).toHaveTextContent('40% · about 3 min left')
    expect(screen.getByRole('region', { name: 'Staleness' })).toHaveTextContent('Active model WEB-2: 140 issues created or changed since, trained 3 h ago. Consider retraining.')
    await user.click(within(row).getByRole('button', { name: 'Logs' }))
    expect(await within(row).findByText(/embedding 2,503 issues/)).toBeInTheDocument()
    await user.click(within(row).getByRole('button', { name: 'Cancel' }))

    const asked = screen.getByRole('dialog', { name: 'Cancel training job #7?' })
    expect(asked).toHaveTextContent('Its work so far is discarded.')
    await user.click(within(asked).getByRole('button', { name: 'Cancel job' }))
    await waitFor(() => expect(row).toHaveTextContent('40% · cancelling…'))
    expect(cancels).toEqual([7])
  })

  it('starts a job with the chosen mode', async () => {
    const started: unknown[] = []
    let jobs: TrainingJob[] = []
    stubFetch({
      'GET /api/v1/projects/WEB/scheme': () => json(200, scheme('admin')),
      'GET /api/v1/training/staleness': () => json(200, { ...staleness, activeVersion: null, changedIssues: 12, secondsSinceTrained: null }),
      'GET /api/v1/training/jobs': () => json(200, jobs),
      'POST /api/v1/training/jobs': (init) => {
        started.push(JSON.parse(String(init?.body)))
        jobs = [job({ id: 8, mode: 'full', progress: 0, etaSeconds: null })]
        return json(202, jobs[0])
      },
      'GET /api/v1/models': () => json(200, []),
    })
    const user = renderPage()

    expect(await screen.findByText('No active model yet: 12 issues to learn from.')).toBeInTheDocument()
    await user.selectOptions(screen.getByLabelText('Mode'), 'full')
    await user.click(screen.getByRole('button', { name: 'Start training' }))

    expect(await screen.findByRole('listitem', { name: 'Job #8' })).toHaveTextContent('0% · estimating time left…')
    expect(started).toEqual([{ project: 'WEB', kind: 'triage-duplicates', mode: 'full' }])
    expect(screen.getByRole('button', { name: 'Start training' })).toBeDisabled()
  })

  it('lists versions with metrics, promotes a candidate and rolls back after confirmation', async () => {
    let versions = [
      version({ id: 3, number: 3, label: 'WEB-3', status: 'candidate', activatedAt: null, createdAt: '2026-11-22T08:00:00Z', metrics: { 'duplicates.recall@1': 0.61 } }),
      version({ id: 2, number: 2, label: 'WEB-2', status: 'active', activatedAt: '2026-11-21T08:05:00Z', createdAt: '2026-11-21T08:00:00Z' }),
      version({}),
    ]
    const calls: string[] = []
    stubFetch({
      'GET /api/v1/projects/WEB/scheme': () => json(200, scheme('admin')),
      'GET /api/v1/training/staleness': () => json(200, staleness),
      'GET /api/v1/training/jobs': () => json(200, []),
      'GET /api/v1/models': () => json(200, versions),
      'POST /api/v1/models/3/promote': () => {
        calls.push('promote 3')
        versions = versions.map((v) => (v.id === 3 ? { ...v, status: 'active' } : v.status === 'active' ? { ...v, status: 'retired' } : v))
        return json(200, versions[0])
      },
      'POST /api/v1/projects/WEB/models/rollback': (_init, url) => {
        calls.push(`rollback ${url.searchParams.get('kind')}`)
        return json(200, versions[1])
      },
    })
    const user = renderPage()

    const candidate = await screen.findByRole('row', { name: 'WEB-3' })
    expect(candidate).toHaveTextContent(/candidate.*0\.610/)
    expect(screen.getByRole('figure', { name: 'Metrics over time' })).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Roll back to WEB-1' }))
    const rollingBack = screen.getByRole('dialog', { name: 'Roll back from WEB-2 to WEB-1?' })
    expect(rollingBack).toHaveTextContent('Suggestions and similar issues will come from WEB-1.')
    await user.click(within(rollingBack).getByRole('button', { name: 'Cancel' }))
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
    expect(calls).toEqual([])

    await user.click(within(candidate).getByRole('button', { name: 'Promote' }))
    await user.click(within(screen.getByRole('dialog', { name: 'Promote WEB-3 in place of WEB-2?' })).getByRole('button', { name: 'Promote' }))
    await waitFor(() => expect(calls).toEqual(['promote 3']))
    expect(await screen.findByText('WEB-3 is active')).toBeInTheDocument()
    await user.click(await screen.findByRole('button', { name: 'Roll back to WEB-2' }))
    await user.click(within(screen.getByRole('dialog', { name: 'Roll back from WEB-3 to WEB-2?' })).getByRole('button', { name: 'Roll back' }))
    await waitFor(() => expect(calls).toEqual(['promote 3', 'rollback triage-duplicates']))
  })

  it('shows the version a job registered as soon as the job ends, not at the next slow refresh', async () => {
    let jobs = [job({ progress: 90 })]
    let versions = [version({ status: 'training', activatedAt: null, metrics: {} })]
    stubFetch({
      'GET /api/v1/projects/WEB/scheme': () => json(200, scheme('admin')),
      'GET /api/v1/training/staleness': () => json(200, staleness),
      'GET /api/v1/training/jobs': () => json(200, jobs),
      'GET /api/v1/models': () => json(200, versions),
    })
    renderPage()
    expect(await screen.findByRole('row', { name: 'WEB-1' })).toHaveTextContent('training')

    jobs = [job({ status: 'succeeded', progress: 100, etaSeconds: null })]
    versions = [version({ status: 'active', metrics: { 'duplicates.recall@1': 0.75 } })]

    await waitFor(() => expect(screen.getByRole('row', { name: 'WEB-1' })).toHaveTextContent(/active.*0\.750/), { timeout: 4000 })
  })

  it('lets members watch but not start, cancel, promote or roll back', async () => {
    stubFetch({
      'GET /api/v1/projects/WEB/scheme': () => json(200, scheme('viewer')),
      'GET /api/v1/training/staleness': () => json(200, staleness),
      'GET /api/v1/training/jobs': () => json(200, [job({})]),
      'GET /api/v1/models': () => json(200, [version({ status: 'candidate', activatedAt: null })]),
    })
    renderPage()

    expect(await screen.findByRole('row', { name: 'WEB-1' })).toBeInTheDocument()
    expect(await screen.findByRole('listitem', { name: 'Job #7' })).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Start training' })).toBeNull()
    expect(screen.queryByRole('button', { name: 'Cancel' })).toBeNull()
    expect(screen.queryByRole('button', { name: 'Promote' })).toBeNull()
    expect(screen.queryByRole('button', { name: /Roll back/ })).toBeNull()
  })
})
