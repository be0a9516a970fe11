import { describe, expect, it } from 'vitest'
import type { ModelVersion, TrainingJob } from '../api/training'
import { duration, metricPoints, presentMetrics, progressText, rollbackTarget, stalenessView } from './training-data'

const job = (over: Partial<TrainingJob>): TrainingJob => ({
  id: 1, projectKey: 'HADOOP', kind: 'triage-duplicates', mode: 'full', trainer: 'local', status: 'running',
  progress: 0, etaSeconds: null, cancelRequested: false, modelVersionId: null, failure: null, requestedBy: 1,
  createdAt: '2026-11-26T08:00:00Z', startedAt: '2026-11-26T08:00:00Z', finishedAt: null, logs: null, ...over,
})

const version = (over: Partial<ModelVersion>): ModelVersion => ({
  id: 1, projectKey: 'HADOOP', kind: 'triage-duplicates', number: 1, label: 'HADOOP-1', baseModel: 'all-MiniLM-L6-v2',
  trainer: 'local', mode: 'full', parentId: null, datasetSnapshot: null, dataChecksum: null, trainedThrough: null,
  parameters: {}, metrics: {}, artifact: null, status: 'candidate', statusReason: null, createdAt: '2026-11-20T08:00:00Z',
  finishedAt: null, activatedAt: null, ...over,
})

describe('duration', () => {
  it('keeps the two largest units', () => {
    expect(duration(0)).toBe('0 s')
    expect(duration(59.4)).toBe('59 s')
    expect(duration(61)).toBe('1 min')
    expect(duration(3599)).toBe('1 h')
    expect(duration(3600)).toBe('1 h')
    expect(duration(3 * 3600 + 20 * 60)).toBe('3 h 20 min')
    expect(duration(2 * 86400 + 4 * 3600 + 59)).toBe('2 d 4 h')
    expect(duration(-5)).toBe('0 s')
  })
})

describe('progressText', () => {
  it('shows percentage and time left while running', () => {
    expect(progressText(job({ progress: 45, etaSeconds: 130 }))).toBe('45% · about 2 min left')
    expect(progressText(job({ progress: 2 }))).toBe('2% · estimating time left…')
    expect(progressText(job({ progress: 60, etaSeconds: 10, cancelRequested: true }))).toBe('60% · cancelling…')
  })

  it('says how a job ended', () => {
    const finished = { startedAt: '2026-11-26T08:00:00Z', finishedAt: '2026-11-26T08:03:20Z' }
    expect(progressText(job({ status: 'succeeded', progress: 97, ...finished }))).toBe('Done in 3 min')
    expect(progressText(job({ status: 'cancelled', progress: 31.6, ...finished }))).toBe('Cancelled at 32%')
    expect(progressText(job({ status: 'failed', progress: 140, failure: 'disk full', ...finished }))).toBe('Failed at 100%: disk full')
  })
})

describe('stalenessView', () => {
  it('counts changed issues and the model age, and flags an old or outrun model', () => {
    const fresh = stalenessView({ projectKey: 'P', activeVersion: 'P-2', trainedThrough: null, changedIssues: 1, secondsSinceTrained: 7200 })
    expect(fresh).toEqual({ trained: true, records: '1 issue created or changed since', age: 'trained 2 h ago', stale: false })
    const outrun = stalenessView({ projectKey: 'P', activeVersion: 'P-2', trainedThrough: null, changedIssues: 1500, secondsSinceTrained: 60 })
    expect(outrun.records).toBe('1,500 issues created or changed since')
    expect(outrun.stale).toBe(true)
    expect(stalenessView({ projectKey: 'P', activeVersion: 'P-2', trainedThrough: null, changedIssues: 0, secondsSinceTrained: 8 * 86400 }).stale).toBe(true)
  })

  it('says when there is no active model', () => {
    const none = stalenessView({ projectKey: 'P', activeVersion: null, trainedThrough: null, changedIssues: 12, secondsSinceTrained: null })
    expect(none).toEqual({ trained: false, records: '12 issues to learn from', age: 'no active model', stale: true })
  })
})

describe('metricPoints', () => {
  it('plots versions with metrics oldest first, skipping failed ones and unknown values', () => {
    const points = metricPoints([
      version({ id: 3, number: 3, label: 'P-3', createdAt: '2026-11-22T00:00:00Z', status: 'active', metrics: { 'duplicates.recall@1': 0.6, 'duplicates.recall@10': 0.9 } }),
      version({ id: 2, number: 2, label: 'P-2', createdAt: '2026-11-21T00:00:00Z', status: 'failed', metrics: { 'duplicates.recall@1': 0.1 } }),
      version({ id: 1, number: 1, label: 'P-1', createdAt: '2026-11-20T00:00:00Z', finishedAt: '2026-11-20T00:05:00Z', status: 'retired', metrics: { 'duplicates.recall@1': 0.5, 'triage.priority.macroF1': Number.NaN } }),
      version({ id: 4, number: 4, label: 'P-4', createdAt: '2026-11-23T00:00:00Z', status: 'training', metrics: {} }),
    ])
    expect(points).toEqual([
      { version: 'P-1', at: Date.parse('2026-11-20T00:05:00Z'), 'duplicates.recall@1': 0.5 },
      { version: 'P-3', at: Date.parse('2026-11-22T00:00:00Z'), 'duplicates.recall@1': 0.6, 'duplicates.recall@10': 0.9 },
    ])
    expect(presentMetrics(points).map((m) => m.label)).toEqual(['Recall@1', 'Recall@10'])
  })
})

describe('rollbackTarget', () => {
  it('is the retired version most recently active, as the server picks it', () => {
    const versions = [
      version({ id: 4, status: 'active', activatedAt: '2026-11-25T00:00:00Z' }),
      version({ id: 3, status: 'retired', activatedAt: null }),
      version({ id: 2, status: 'retired', activatedAt: '2026-11-24T00:00:00Z' }),
      version({ id: 1, status: 'retired', activatedAt: '2026-11-21T00:00:00Z' }),
    ]
    expect(rollbackTarget(versions)?.id).toBe(2)
    expect(rollbackTarget(versions.filter((v) => v.id !== 4))).toBeUndefined()
    expect(rollbackTarget([versions[0], versions[1]])).toBeUndefined()
  })
})
