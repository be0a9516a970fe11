import { useEffect, useState } from 'react'
import type { Timeframe } from '../api/planning'
import { isCalendarDay, localDay } from '../app/calendar-day'
import { useDebouncedValue } from '../app/use-debounced-value'
import { sentence } from '../app/words'
import { PRESETS, timeframeText, type Period, type PeriodChange, type Preset } from './period'

export interface PeriodPickerProps {
  period: Period
  onChange: (change: PeriodChange) => void
  /** The days the report on screen covers, as the server resolved the period. */
  shown?: Timeframe
  /** The server's refusal of the period, or another failure to read the report, in words. */
  problem?: string
  /** Whether the report is a series over time, whose step the days shown tell ("a point a day"); a histogram is not. */
  series?: boolean
}

/** Jira's period picker: a preset ending today, or custom from–to dates; what is wrong with them is told under it. */
export function PeriodPicker({ period, onChange, shown, problem, series = true }: PeriodPickerProps) {
  const messages = [...Object.values(period.errors), ...(problem ? [problem] : [])]
  const choose = (value: string) => {
    const today = localDay(Date.now())
    if (value === 'custom') onChange({ from: shown?.from ?? today, to: shown?.to ?? today })
    else onChange({ preset: value as Preset })
  }
  return (
    <div className="period-picker" role="group" aria-label="Report period">
      <select aria-label="Period" value={period.preset} onChange={(event) => choose(event.target.value)}>
        {PRESETS.map(([name, label]) => (
          <option key={name} value={name}>
            {label}
          </option>
        ))}
        <option value="custom">Custom dates</option>
      </select>
      {period.preset === 'custom' && (
        <>
          <DayInput label="From" value={period.from} max={period.to} invalid={!!period.errors.from} onApply={(from) => onChange({ from, to: period.to })} />
          <span aria-hidden="true">–</span>
          <DayInput label="To" value={period.to} min={period.from} invalid={!!period.errors.to} onApply={(to) => onChange({ from: period.from, to })} />
        </>
      )}
      {shown && messages.length === 0 && <span className="muted small">{timeframeText(shown, series)}</span>}
      {messages.length > 0 && (
        <p className="error-text" role="alert">
          {messages.map(sentence).join(' ')}
        </p>
      )}
    </div>
  )
}

/**
 * A date input whose day applies once the reader stops typing, or when they leave it or press Enter: typing 03/15/2024
 * goes through 2026-03-27, 2026-03-01, 2026-03-15 and years 0002, 0020, 0202, real days no one means, each of which
 * would run the report. A settled year below 1000 still waits as a draft.
 */
function DayInput({ label, value, min, max, invalid, onApply }: {
  label: string
  value: string
  min?: string
  max?: string
  invalid: boolean
  onApply: (day: string) => void
}) {
  const [draft, setDraft] = useState(value)
  const [applied, setApplied] = useState(value)
  if (value !== applied) {
    setApplied(value)
    setDraft(value)
  }
  const settled = useDebouncedValue(draft, TYPING_PAUSE_MS)
  useEffect(() => {
    if (settled === draft && settled !== value && isComplete(settled)) onApply(settled)
  }, [settled, draft, value, onApply])
  const apply = (day: string) => {
    if (day !== value) onApply(day)
  }
  return (
    <input type="date" aria-label={label} value={draft} min={min || undefined} max={max || undefined} aria-invalid={invalid || undefined}
      onChange={(event) => setDraft(event.target.value)}
      onBlur={() => apply(draft)}
      onKeyDown={(event) => {
        if (event.key === 'Enter') apply(draft)
      }} />
  )
}

const TYPING_PAUSE_MS = 700

const isComplete = (day: string) => isCalendarDay(day) && day >= '1000'
