import { useState, type FormEvent } from 'react'
import { projectsApi, type Scheme, type Status } from '../api/projects'
import { ProblemText } from './problem-text'
import { useSettingsChange } from './use-settings'

interface Limits {
  min: number | null
  max: number | null
}

/** What was typed as limits, or the problem with it: whole numbers from 1, either may be empty, the min not above the max. */
function parseLimits(min: string, max: string): Limits | string {
  const parse = (text: string) => (text.trim() === '' ? null : /^\d+$/.test(text.trim()) ? Number(text.trim()) : NaN)
  const limits = { min: parse(min), max: parse(max) }
  if (Number.isNaN(limits.min) || limits.min === 0) return 'The minimum must be a whole number from 1, or empty.'
  if (Number.isNaN(limits.max) || limits.max === 0) return 'The maximum must be a whole number from 1, or empty.'
  if (limits.min !== null && limits.max !== null && limits.min > limits.max) return 'The minimum must not be above the maximum.'
  return limits
}

const text = (limit: number | null | undefined) => (limit == null ? '' : String(limit))

/**
 * Each board column's work-in-progress limits, saved one status at a time. The board shows a column's count against
 * them and highlights a column over its maximum or under its minimum.
 */
export function WipSection({ projectKey, canEdit, scheme }: { projectKey: string; canEdit: boolean; scheme: Scheme }) {
  return (
    <section aria-label="WIP limits">
      <h2>Column limits (WIP)</h2>
      <p className="muted small">Every issue in a status counts, whatever the board's quick filters. Leave a field empty for no limit.</p>
      <ul className="settings-list">
        {scheme.workflow.statuses.map((status) => (
          <WipRow key={`${status.id}:${text(status.wipMin)}:${text(status.wipMax)}`} projectKey={projectKey} canEdit={canEdit} status={status} />
        ))}
      </ul>
    </section>
  )
}

function WipRow({ projectKey, canEdit, status }: { projectKey: string; canEdit: boolean; status: Status }) {
  const [min, setMin] = useState(text(status.wipMin))
  const [max, setMax] = useState(text(status.wipMax))
  const [problem, setProblem] = useState<string | null>(null)
  const save = useSettingsChange(projectKey, (limits: Limits) => projectsApi.setWipLimits(projectKey, status.name, limits))
  const changed = min !== text(status.wipMin) || max !== text(status.wipMax)
  const submit = (event: FormEvent) => {
    event.preventDefault()
    const limits = parseLimits(min, max)
    setProblem(typeof limits === 'string' ? limits : null)
    if (typeof limits !== 'string') save.mutate(limits)
  }
  if (!canEdit) {
    const shown = [status.wipMin != null ? `min ${status.wipMin}` : '', status.wipMax != null ? `max ${status.wipMax}` : ''].filter(Boolean).join(', ')
    return (
      <li className="settings-row">
        <span>{status.name}</span>
        <span className="muted">{shown || 'No limits'}</span>
      </li>
    )
  }
  return (
    <li>
      <form className="settings-row" onSubmit={submit} aria-label={`WIP limits of ${status.name}`}>
        <span>{status.name}</span>
        <input aria-label={`Minimum of ${status.name}`} inputMode="numeric" placeholder="Min" size={5} value={min} onChange={(e) => setMin(e.target.value)} />
        <input aria-label={`Maximum of ${status.name}`} inputMode="numeric" placeholder="Max" size={5} value={max} onChange={(e) => setMax(e.target.value)} />
        <button type="submit" className="button" disabled={!changed || save.isPending}>
          Save limits
        </button>
      </form>
      {problem && <p className="error-text" role="alert">{problem}</p>}
      <ProblemText error={save.error} />
    </li>
  )
}
