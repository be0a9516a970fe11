import { describe, expect, it } from 'vitest'
import type { Sprint } from '../api/planning'
import { changeDays, dayProblems, plannedDays, sprintDatesText } from './sprint-dates'

const sprint: Sprint = {
  id: 11, boardId: 3, projectKey: 'WEB', name: 'Sprint 1', goal: null, state: 'future', startDate: null, endDate: null,
  startedAt: null, completedAt: null, issueKeys: [],
}
const now = Date.parse('2026-11-27T10:00:00Z')

describe('plannedDays', () => {
  it('proposes the dates planned with Edit sprint', () => {
    expect(plannedDays({ ...sprint, startDate: '2026-12-01T09:00:00Z', endDate: '2026-12-14T17:00:00Z' }, now)).toEqual({ start: '2026-12-01', end: '2026-12-14' })
  })

  it('proposes today and two weeks on for a sprint without dates, and two weeks from a planned start', () => {
    expect(plannedDays(sprint, now)).toEqual({ start: '2026-11-27', end: '2026-12-11' })
    expect(plannedDays({ ...sprint, startDate: '2026-12-28T09:00:00Z' }, now)).toEqual({ start: '2026-12-28', end: '2027-01-11' })
  })
})

describe('dayProblems', () => {
  it('refuses an end before the start, in words at the end date', () => {
    expect(dayProblems({ start: '2026-12-10', end: '2026-12-01' }, { start: true, end: true }).endDate).toMatch(/^The sprint must end on or after its start \(/)
  })

  it('takes a one-day sprint and asks for a date only where one is needed', () => {
    expect(dayProblems({ start: '2026-12-10', end: '2026-12-10' }, { start: true, end: true })).toEqual({})
    expect(dayProblems({ start: '', end: '' }, { start: false, end: false })).toEqual({})
    expect(dayProblems({ start: '', end: '2026-12-10' }, { start: true, end: true })).toEqual({ startDate: 'Choose the day the sprint starts.' })
  })

  it('refuses a day that does not exist', () => {
    expect(dayProblems({ start: '2026-02-30', end: '' }, { start: true, end: false }).startDate).toBe('The start date must be a real day, like 2026-12-01.')
  })
})

describe('sprintDatesText', () => {
  it('shows a planned sprint’s days', () => {
    expect(sprintDatesText({ ...sprint, startDate: '2026-12-01T09:00:00Z', endDate: '2026-12-14T17:00:00Z' }, now, 'en-GB')).toBe('1 Dec – 14 Dec')
  })

  it('counts the days left of the active sprint, and says when it ended', () => {
    const active = { ...sprint, state: 'active' as const, startDate: '2026-11-20T09:00:00Z', endDate: '2026-12-04T17:00:00Z' }
    expect(sprintDatesText(active, now, 'en-GB')).toBe('20 Nov – 4 Dec · 7 days left')
    expect(sprintDatesText({ ...active, endDate: '2026-11-28T17:00:00Z' }, now, 'en-GB')).toBe('20 Nov – 28 Nov · 1 day left')
    expect(sprintDatesText({ ...active, endDate: '2026-11-27T17:00:00Z' }, now, 'en-GB')).toBe('20 Nov – 27 Nov · ends today')
    expect(sprintDatesText({ ...active, endDate: '2026-11-24T17:00:00Z' }, now, 'en-GB')).toBe('20 Nov – 24 Nov · ended 3 days ago')
  })

  it('shows the year of dates outside this one, and nothing for a sprint without dates', () => {
    expect(sprintDatesText({ ...sprint, startDate: '2026-12-28T09:00:00Z', endDate: '2027-01-08T17:00:00Z' }, now, 'en-GB')).toBe('28 Dec 2026 – 8 Jan 2027')
    expect(sprintDatesText(sprint, now)).toBeNull()
  })

  it('moves the end with a chosen length, and with a new start while the length is 1–4 weeks, as Jira does', () => {
    const twoWeeks = { start: '2026-12-01', end: '2026-12-15' }
    expect(changeDays(twoWeeks, { length: 7 })).toEqual({ start: '2026-12-01', end: '2026-12-08' })
    expect(changeDays(twoWeeks, { start: '2026-12-07' })).toEqual({ start: '2026-12-07', end: '2026-12-21' })
    expect(changeDays({ start: '2026-12-01', end: '2026-12-12' }, { start: '2026-12-07' })).toEqual({ start: '2026-12-07', end: '2026-12-12' })
    expect(changeDays(twoWeeks, { start: '2026-1' })).toEqual({ start: '2026-1', end: '2026-12-15' })
    expect(changeDays({ start: '', end: '' }, { length: 21 }, '2026-11-27')).toEqual({ start: '2026-11-27', end: '2026-12-18' })
  })
})
