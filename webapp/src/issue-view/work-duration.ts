import type { TimeTracking } from '../api/issues'

/** Jira's time-tracking durations: "3w 2d 4h 30m", with Jira's defaults 1d = 8h and 1w = 5d; a bare number is minutes. */
const UNITS = [
  ['w', 5 * 8 * 3600],
  ['d', 8 * 3600],
  ['h', 3600],
  ['m', 60],
] as const

const WHOLE = /^\s*(?:(?:\d+(?:\.\d+)?\s*[wdhm]\s*)+|\d+\s*)$/i
const PART = /(\d+(?:\.\d+)?)\s*([wdhm])?/gi

export const DURATION_HINT = 'Use 3w 2d 4h 30m (1d = 8h, 1w = 5d)'

/** The refusal of text that is not a duration, in the server's words. */
export function notADuration(text: string): string {
  return `'${text.trim()}' is not a duration. ${DURATION_HINT}`
}

/** The seconds the text stands for, or null when it is not Jira's syntax (as the server reads it). */
export function parseDuration(text: string): number | null {
  if (!WHOLE.test(text)) return null
  const seen = new Set<string>()
  let seconds = 0
  for (const [, amount, unit = 'm'] of text.matchAll(PART)) {
    const lower = unit.toLowerCase()
    if (seen.has(lower)) return null
    seen.add(lower)
    seconds += Number(amount) * UNITS.find(([name]) => name === lower)![1]
  }
  return Math.round(seconds)
}

/** As Jira writes it: largest unit first, empty units left out; "0m" for nothing. */
export function formatDuration(seconds: number): string {
  let left = seconds
  const parts: string[] = []
  for (const [unit, size] of UNITS) {
    const count = Math.floor(left / size)
    left -= count * size
    if (count > 0) parts.push(`${count}${unit}`)
  }
  return parts.join(' ') || '0m'
}

/** An estimate typed in the panel: empty clears it; otherwise Jira's syntax, sent as Jira writes it. */
export function parseEstimate(text: string): { value: string | null } | { error: string } {
  if (!text) return { value: null }
  const seconds = parseDuration(text)
  return seconds === null ? { error: notADuration(text) } : { value: formatDuration(seconds) }
}

/** What is wrong with a duration as typed, in words (`missing` asks for one when blank); null when the server would take it. */
export function durationProblem(text: string, missing: string): string | null {
  if (!text.trim()) return `${missing} ${DURATION_HINT}`
  return parseDuration(text) === null ? notADuration(text) : null
}

/** What is wrong with time spent as typed, in words; null when the server would take it. */
export function spentProblem(text: string): string | null {
  const problem = durationProblem(text, 'Say how long you worked.')
  if (problem) return problem
  return parseDuration(text)! < 60 ? 'Log at least a minute (1m).' : null
}

/** What boards and backlogs plan with: the remaining estimate, or the original one when none remains set; null without either. */
export function estimateOf(time: TimeTracking | undefined): number | null {
  return time?.remainingEstimateSeconds ?? time?.originalEstimateSeconds ?? null
}
