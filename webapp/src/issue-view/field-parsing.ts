import { ISSUE_KEY, normalKey } from './link-form'
import { isCalendarDay } from '../app/calendar-day'

/** Story points: empty clears them; otherwise a number from 0 to 1000, as the server accepts. */
export function parseStoryPoints(text: string): { value: number | null } | { error: string } {
  if (!text) return { value: null }
  const points = Number(text)
  if (!Number.isFinite(points) || points < 0 || points > 1000) return { error: 'Enter a number from 0 to 1000, or leave it empty' }
  return { value: points }
}

/** Due date as the date input gives it (YYYY-MM-DD); empty clears it. */
export function parseDueDate(text: string): { value: string | null } | { error: string } {
  if (!text) return { value: null }
  return isCalendarDay(text) ? { value: text } : { error: 'Enter a real day as YYYY-MM-DD, e.g. 2027-02-01' }
}

/** A parent issue key such as WEB-12 (any case); empty removes the parent. */
export function parseParentKey(text: string): { value: string | null } | { error: string } {
  if (!text) return { value: null }
  const key = normalKey(text)
  return ISSUE_KEY.test(key) ? { value: key } : { error: 'Enter an issue key such as WEB-12, or leave it empty' }
}

/** Labels typed as text: as in Jira, a label has no spaces, so spaces and commas separate them. Each once, in order. */
export function splitLabels(text: string): string[] {
  return [...new Set(text.split(/[,\s]+/).filter(Boolean))]
}
