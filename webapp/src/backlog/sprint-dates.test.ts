import { afterEach, describe, expect, it, vi } from 'vitest'
import type { Sprint } from '../api/planning'
import { changeDays, dayOf, dayProblems, endOfDay, plannedDays, sprintDatesText, startOfDay } from './sprint-dates'

const sprint: Sprint = {
  id: 11, boardId: 3, projectKey: 'WEB', name: 'Sprint 1', goal: null, state: 'future', startDate: null, endDate: null,
  startedAt: null, completedAt: null, issueKeys: [],
}
/** An instant at a local hour of a day, so that what is expected holds in any time zone the tests run in. */
const at = (day: string, hour: number) => new Date(`${day}T${String(hour).padStart(2, '0')}:00:00`).toISOString()
const now = Date.parse(at('2026-11-27', 10))
afterEach(() => {
  vi.unstubAllEnvs()
})

describe('sprint days in the reader’s time zone', () => {
  it('proposes the reader’s today in Honolulu late in the evening, not the UTC day already begun', () => {
    vi.stubEnv('TZ', 'Pacific/Honolulu')
    const lateEvening = Date.parse('2026-11-27T08:25:00Z')
    expect(new Date(lateEvening).getHours()).toBe(22)

    expect(plannedDays(sprint, lateEvening)).toEqual({ start: '2026-11-26', end: '2026-12-10' })
    expect(startOfDay('2026-11-26')).toBe('2026-11-26T19:00:00.000Z')
    expect(endOfDay('2026-12-10')).toBe('2026-12-11T03:00:00.000Z')
    expect(dayOf('2026-12-11T03:00:00.000Z')).toBe('2026-12-10')
    expect(sprintDatesText({ ...sprint, state: 'active', startDate: '2026-11-26T19:00:00.000Z', endDate: '2026-12-11T03:00:00.000Z' }, lateEvening, 'en-GB'))
      .toBe('26 Nov – 10 Dec · 14 days left')
  })

  it('sends a day as 09:00 and 17:00 of the reader’s day and shows it as that day again', () => {
    expect(startOfDay('2026-12-01')).toBe(at('2026-12-01', 9))
    expect(endOfDay('2026-12-14')).toBe(at('2026-12-14', 17))
    expect(dayOf(startOfDay('2026-12-01'))).toBe('2026-12-01')
    expect(dayOf(endOfDay('2026-12-14'))).toBe('2026-12-14')
  })
})

describe('plannedDays', () => {
  it('proposes the dates planned with Edit sprint', () => {
    expect(plannedDays({ ...sprint, startDate: at('2026-12-01', 9), endDate: at('2026-12-14', 17) }, now)).toEqual({ start: '2026-12-01', end: '2026-12-14' })
  })

  it('proposes today and two weeks on for a sprint without dates, and two weeks from a planned start', () => {
    expect(plannedDays(sprint, now)).toEqual({ start: '2026-11-27', end: '2026-12-11' })
    expect(plannedDays({ ...sprint, startDate: at('2026-12-28', 9) }, now)).toEqual({ start: '2026-12-28', end: '2027-01-11' })
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
    expect(sprintDatesText({ ...sprint, startDate: at('2026-12-01', 9), endDate: at('2026-12-14', 17) }, now, 'en-GB')).toBe('1 Dec – 14 Dec')
  })

  it('counts the days left of the active sprint, and says when it ended', () => {
    const active = { ...sprint, state: 'active' as const, startDate: at('2026-11-20', 9), endDate: at('2026-12-04', 17) }
    expect(sprintDatesText(active, now, 'en-GB')).toBe('20 Nov – 4 Dec · 7 days left')
    expect(sprintDatesText({ ...active, endDate: at('2026-11-28', 17) }, now, 'en-GB')).toBe('20 Nov – 28 Nov · 1 day left')
    expect(sprintDatesText({ ...active, endDate: at('2026-11-27', 17) }, now, 'en-GB')).toBe('20 Nov – 27 Nov · ends today')
    expect(sprintDatesText({ ...active, endDate: at('2026-11-24', 17) }, now, 'en-GB')).toBe('20 Nov – 24 Nov · ended 3 days ago')
  })

  it('says when an active sprint whose start date is ahead starts, instead of counting its days left from then', () => {
    const early = { ...sprint, state: 'active' as const, startDate: at('2026-12-01', 9), endDate: at('2026-12-12', 17) }
    expect(sprintDatesText(early, now, 'en-GB')).toBe('1 Dec – 12 Dec · starts in 4 days')
    expect(sprintDatesText({ ...early, startDate: at('2026-11-28', 9) }, now, 'en-GB')).toBe('28 Nov – 12 Dec · starts tomorrow')
    expect(sprintDatesText({ ...early, startDate: at('2026-11-27', 9) }, now, 'en-GB')).toBe('27 Nov – 12 Dec · 15 days left')
  })

  it('shows the year of dates outside this one, and nothing for a sprint without dates', () => {
    expect(sprintDatesText({ ...sprint, startDate: at('2026-12-28', 9), endDate: at('2027-01-08', 17) }, now, 'en-GB')).toBe('28 Dec 2026 – 8 Jan 2027')
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
