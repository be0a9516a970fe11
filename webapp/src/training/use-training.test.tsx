import { renderHook, waitFor } from '@testing-library/react'
import type { ReactNode } from 'react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { TrainingJob } from '../api/training'
import { json, Providers, stubFetch, testQueryClient } from '../test-utils'
import { useJobs } from './use-training'

const job = (id: number, status: TrainingJob['status']): TrainingJob => ({
  id, projectKey: 'WEB', kind: 'similarity', mode: 'full', trainer: 'local', status, progress: status === 'running' ? 0.5 : 1,
  etaSeconds: null, cancelRequested: false, modelVersionId: null, failure: null, requestedBy: null,
  createdAt: '2026-01-01T00:00:00Z', startedAt: '2026-01-01T00:00:00Z', finishedAt: null, logs: [],
})

afterEach(() => vi.unstubAllGlobals())

describe('useJobs', () => {
  it('reads the versions again when a job ended between two reads of the list, never seen running', async () => {
    const answers = [[job(1, 'succeeded')], [job(2, 'succeeded'), job(1, 'succeeded')]]
    const fetch = stubFetch({
      'GET /api/v1/training/jobs': () => json(200, answers.length > 1 ? answers.shift() : answers[0]),
      'GET /api/v1/models': () => json(200, []),
    })
    const client = testQueryClient()
    client.setQueryData(['training', 'WEB', 'models'], [])
    const wrapper = ({ children }: { children: ReactNode }) => <Providers client={client}>{children}</Providers>
    const { result } = renderHook(() => useJobs('WEB'), { wrapper })
    await waitFor(() => expect(result.current.data).toHaveLength(1))
    expect(client.getQueryState(['training', 'WEB', 'models'])?.isInvalidated).toBe(false)

    await result.current.refetch()

    await waitFor(() => expect(client.getQueryState(['training', 'WEB', 'models'])?.isInvalidated).toBe(true))
    expect(fetch).toHaveBeenCalledTimes(2)
  })
})
