import type { Sprint } from '../api/planning'
import { isCalendarDay } from '../app/calendar-day'

/** Jira's usual sprint: two weeks. */
export const SPRINT_DAYS = 14
const DAY = 86_400_000

/** Sprint dates as the dialogs hold them: UTC days (YYYY-MM-DD), sent as 09:00 on the first and 17:00 on the last. */
export interface SprintDays {
  start: string
  end: string
}

/** The day of an instant as a date input holds it (UTC, as the dates are sent), or empty. */
export const dayOf = (instant: string | null) => (instant ? instant.slice(0, 10) : '')

export const startOfDay = (day: string) => new Date(`${day}T09:00:00Z`).toISOString()
export const endOfDay = (day: string) => new Date(`${day}T17:00:00Z`).toISOString()

export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10)
}

/** Whole days from one day to another (YYYY-MM-DD), or null unless both are real days. */
export function daysBetween(from: string, to: string): number | null {
  if (!isCalendarDay(from) || !isCalendarDay(to)) return null
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY)
}

/** The lengths Jira offers when a sprint starts, in days; any other is custom. */
export const SPRINT_LENGTHS = [7, 14, 21, 28]

/**
 * The dates after one field of the form changed, as in Jira: a chosen length moves the end from the start, and so does
 * a new start while the length is one of {@link SPRINT_LENGTHS}; an end typed makes the length whatever it comes to.
 */
export function changeDays(days: SprintDays, change: { start: string } | { length: number }, today = new Date().toISOString().slice(0, 10)): SprintDays {
  if ('length' in change) {
    const start = isCalendarDay(days.start) ? days.start : today
    return { start, end: addDays(start, change.length) }
  }
  const length = daysBetween(days.start, days.end)
  const keeps = length !== null && SPRINT_LENGTHS.includes(length) && isCalendarDay(change.start)
  return { start: change.start, end: keeps ? addDays(change.start, length) : days.end }
}

/** What the start dialog proposes: the dates planned with Edit sprint, else today and two weeks from its start. */
export function plannedDays(sprint: Sprint, now = Date.now()): SprintDays {
  const start = dayOf(sprint.startDate) || new Date(now).toISOString().slice(0, 10)
  return { start, end: dayOf(sprint.endDate) || addDays(start, SPRINT_DAYS) }
}

/** What is wrong with the dates, by field, in words; empty when they can be sent. `required`: a date must be given. */
export function dayProblems({ start, end }: SprintDays, required: { start: boolean; end: boolean }): Partial<Record<'startDate' | 'endDate', string>> {
  const problems: Partial<Record<'startDate' | 'endDate', string>> = {}
  const check = (day: string, field: 'startDate' | 'endDate', what: string, needed: boolean) => {
    if (!day) {
      if (needed) problems[field] = `Choose the day the sprint ${what}.`
    } else if (!isCalendarDay(day)) problems[field] = `The ${what === 'starts' ? 'start' : 'end'} date must be a real day, like 2026-12-01.`
  }
  check(start, 'startDate', 'starts', required.start)
  check(end, 'endDate', 'ends', required.end)
  if (!problems.startDate && !problems.endDate && start && end && end < start) {
    problems.endDate = `The sprint must end on or after its start (${dayText(start)}).`
  }
  return problems
}

/**
 * A sprint's dates for its header, "1 Dec – 14 Dec" (with the year when not this year's), and for the active sprint the
 * days left; null when it has no dates yet. `locale`: the reader's by default.
 */
export function sprintDatesText(sprint: Sprint, now = Date.now(), locale?: string): string | null {
  const start = dayOf(sprint.startDate)
  const end = dayOf(sprint.endDate)
  if (!start && !end) return null
  const thisYear = new Date(now).toISOString().slice(0, 4)
  const withYear = [start, end].some((day) => day && day.slice(0, 4) !== thisYear)
  const format = (day: string) => (day ? dayText(day, withYear, locale) : '?')
  const dates = `${format(start)} – ${format(end)}`
  return sprint.state === 'active' && end ? `${dates} · ${daysLeft(end, now)}` : dates
}

function daysLeft(end: string, now: number): string {
  const days = Math.round((Date.parse(`${end}T00:00:00Z`) - Date.parse(`${new Date(now).toISOString().slice(0, 10)}T00:00:00Z`)) / DAY)
  if (days > 1) return `${days} days left`
  if (days === 1) return '1 day left'
  if (days === 0) return 'ends today'
  return days === -1 ? 'ended yesterday' : `ended ${-days} days ago`
}

function dayText(day: string, withYear = false, locale?: string): string {
  return new Date(`${day}T00:00:00Z`).toLocaleDateString(locale, { timeZone: 'UTC', day: 'numeric', month: 'short', ...(withYear && { year: 'numeric' }) })
}
