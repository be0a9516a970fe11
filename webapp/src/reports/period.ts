import type { PeriodQuery, Timeframe } from '../api/planning'
import { dayText, isCalendarDay, readerZone, yearNeeded } from '../app/calendar-day'

/** Jira's choices for a board report's period; each ends today, the reader's day in the zone the server is told. */
export const PRESETS = [
  ['7d', 'Last 7 days'],
  ['2w', 'Last 2 weeks'],
  ['1m', 'Last month'],
  ['3m', 'Last 3 months'],
  ['6m', 'Last 6 months'],
  ['all', 'All time'],
] as const
export type Preset = (typeof PRESETS)[number][0]

/** As in Jira, flow, created vs resolved and cycle time open on the last three months. */
export const DEFAULT_PRESET: Preset = '3m'

/** A report's period as the page's query holds it: `?period=3m`, or `?from=2024-01-01&to=2024-03-31` for custom dates. */
export interface Period {
  preset: Preset | 'custom'
  from: string
  to: string
  /** What is wrong with it, by query parameter; the report is not asked for while there is something. */
  errors: Partial<Record<'period' | 'from' | 'to', string>>
}

export type PeriodChange = { preset: Preset } | { from: string; to: string }

const isPreset = (value: string): value is Preset => PRESETS.some(([name]) => name === value)


function dateError(label: string, text: string): string | undefined {
  if (!text) return `Choose a '${label}' date`
  return isCalendarDay(text) ? undefined : `'${label}' must be a day written like 2024-01-31 (was '${text}')`
}

/** Custom dates when the query has `from` or `to` (a `period` beside them is ignored), else the preset. */
export function periodOf(params: URLSearchParams): Period {
  if (params.has('from') || params.has('to')) {
    const from = params.get('from') ?? ''
    const to = params.get('to') ?? ''
    const errors: Period['errors'] = {}
    const fromError = dateError('From', from)
    const toError = dateError('To', to)
    if (fromError) errors.from = fromError
    if (toError) errors.to = toError
    if (!fromError && !toError && from > to) errors.from = `'From' (${dayText(from, true)}) must be on or before 'To' (${dayText(to, true)})`
    return { preset: 'custom', from, to, errors }
  }
  const named = params.get('period') ?? DEFAULT_PRESET
  if (isPreset(named)) return { preset: named, from: '', to: '', errors: {} }
  return { preset: DEFAULT_PRESET, from: '', to: '', errors: { period: `There is no period '${named}': choose one from the list` } }
}

/**
 * What to ask the server for, or nothing while the period is wrong: with the reader's time zone, so that days (and
 * today, where a preset ends) are the reader's, not UTC's.
 */
export function periodQuery(period: Period, zone = readerZone()): PeriodQuery | undefined {
  if (Object.keys(period.errors).length > 0) return undefined
  return period.preset === 'custom' ? { from: period.from, to: period.to, zone } : { period: period.preset, zone }
}

/** The query with the period changed; the other parameters (board, report) stay. */
export function withPeriod(params: URLSearchParams, change: PeriodChange): URLSearchParams {
  const next = new URLSearchParams(params)
  for (const name of ['period', 'from', 'to']) next.delete(name)
  if ('preset' in change) {
    if (change.preset !== DEFAULT_PRESET) next.set('period', change.preset)
  } else {
    next.set('from', change.from)
    next.set('to', change.to)
  }
  return next
}

const STEPS: Record<Timeframe['step'], string> = { DAY: 'a point a day', WEEK: 'a point a week', MONTH: 'a point a month' }

/**
 * The days a report covers, in words: "1 Jan – 31 Mar, a point a day" (with the years when not this year's); without
 * the step for a report that is no series over time (`series: false`).
 */
export function timeframeText(timeframe: Timeframe, series = true): string {
  const withYear = yearNeeded([timeframe.from, timeframe.to])
  const days = `${dayText(timeframe.from, withYear)} – ${dayText(timeframe.to, withYear)}`
  return series ? `${days}, ${STEPS[timeframe.step]}` : days
}

/**
 * The period for a sentence about a report with nothing in it ("in the last 3 months"), and what to pick instead when
 * another period could hold something; none for all time.
 */
export function periodWords(period: Period): { when: string; wider?: string } {
  if (period.preset === 'custom') return { when: `from ${dayText(period.from, true)} to ${dayText(period.to, true)}`, wider: 'Pick other dates or a longer period.' }
  if (period.preset === 'all') return { when: 'so far' }
  const label = PRESETS.find(([name]) => name === period.preset)![1]
  return { when: `in the ${label.toLowerCase()}`, wider: 'Pick a longer period.' }
}
