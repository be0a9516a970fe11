import type { Timeframe } from '../api/planning'
import { PRESETS, timeframeText, type Period, type PeriodChange, type Preset } from './period'

export interface PeriodPickerProps {
  period: Period
  onChange: (change: PeriodChange) => void
  /** The days the report on screen covers, as the server resolved the period. */
  shown?: Timeframe
  /** The server's refusal of the period, or another failure to read the report. */
  problem?: string
}

/** Jira's period picker: a preset ending today, or custom from–to dates; what is wrong with them is told under it. */
export function PeriodPicker({ period, onChange, shown, problem }: PeriodPickerProps) {
  const messages = [...Object.values(period.errors), ...(problem ? [problem] : [])]
  const choose = (value: string) => {
    const today = new Date().toISOString().slice(0, 10)
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
          <input type="date" aria-label="From" value={period.from} max={period.to || undefined} aria-invalid={period.errors.from ? true : undefined}
            onChange={(event) => onChange({ from: event.target.value, to: period.to })} />
          <span aria-hidden="true">–</span>
          <input type="date" aria-label="To" value={period.to} min={period.from || undefined} aria-invalid={period.errors.to ? true : undefined}
            onChange={(event) => onChange({ from: period.from, to: event.target.value })} />
        </>
      )}
      {shown && messages.length === 0 && <span className="muted small">{timeframeText(shown)}</span>}
      {messages.length > 0 && (
        <p className="error-text" role="alert">
          {messages.join('. ')}
        </p>
      )}
    </div>
  )
}
