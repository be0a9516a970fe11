import type { Sprint } from '../api/planning'
import { dayText, isCalendarDay, localDay, yearNeeded } from '../app/calendar-day'

/** Jira's usual sprint: two weeks. */
export const SPRINT_DAYS = 14
const DAY = 86_400_000

/**
 * Sprint dates as the dialogs hold them: the reader's calendar days (YYYY-MM-DD), sent as the instants of 09:00 on the
 * first and 17:00 on the last, in the reader's time zone.
 */
export interface SprintDays {
  start: string
  end: string
}

/** The reader's day of an instant, as a date input holds it, or empty. */
export const dayOf = (instant: string | null) => (instant ? localDay(Date.parse(instant)) : '')

export const startOfDay = (day: string) => atLocalHour(day, 9)
export const endOfDay = (day: string) => atLocalHour(day, 17)

function atLocalHour(day: string, hour: number): string {
  const [year, month, date] = day.split('-').map(Number)
  return new Date(year, month - 1, date, hour).toISOString()
}

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
export function changeDays(days: SprintDays, change: { start: string } | { length: number }, today = localDay(Date.now())): SprintDays {
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
  const start = dayOf(sprint.startDate) || localDay(now)
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
    problems.endDate = `The sprint must end on or after its start (${dayText(start, yearNeeded([start]))}).`
  }
  return problems
}

/**
 * A sprint's dates for its header, "1 Dec – 14 Dec" (with the year when not this year's), and for the active sprint the
 * days left, or when it starts if its start date is still ahead; null when it has no dates yet. `locale`: the reader's
 * by default.
 */
export function sprintDatesText(sprint: Sprint, now = Date.now(), locale?: string): string | null {
  const start = dayOf(sprint.startDate)
  const end = dayOf(sprint.endDate)
  if (!start && !end) return null
  const today = localDay(now)
  const withYear = yearNeeded([start, end], today)
  const format = (day: string) => (day ? dayText(day, withYear, locale) : '?')
  const dates = `${format(start)} – ${format(end)}`
  if (sprint.state !== 'active') return dates
  const untilStart = start ? daysBetween(today, start) : null
  if (untilStart !== null && untilStart > 0) return `${dates} · ${untilStart === 1 ? 'starts tomorrow' : `starts in ${untilStart} days`}`
  return end ? `${dates} · ${daysLeft(daysBetween(today, end) ?? 0)}` : dates
}

function daysLeft(days: number): string {
  if (days > 1) return `${days} days left`
  if (days === 1) return '1 day left'
  if (days === 0) return 'ends today'
  return days === -1 ? 'ended yesterday' : `ended ${-days} days ago`
}
