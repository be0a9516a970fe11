import { useState, type FormEvent, type ReactNode } from 'react'
import { projectsApi, type Status } from '../api/projects'
import { useUnsavedChanges } from '../app/use-unsaved-changes'
import { ProblemText } from './problem-text'
import { useSettingsChange } from './use-settings'
import { limitText, parseLimits, type Limits } from './wip-limits'
import { LimitInput } from '../ui/limit-input'

interface Props {
  projectKey: string
  status: Status
  /** Drawn before the fields (the status's name in the settings). */
  children?: ReactNode
  /** Given: a Cancel button, and called once the limits are saved too (the board's column header closes the form). */
  onDone?: () => void
}

const LIMIT_NAMES = { min: 'the minimum', max: 'the maximum' }

/**
 * A board column's WIP limits, checked before they are sent; the server's refusal shows field by field. The settings
 * page and the board's column header (for project admins) both edit limits with it.
 */
export function WipLimitsForm({ projectKey, status, children, onDone }: Props) {
  const [min, setMin] = useState(limitText(status.wipMin))
  const [max, setMax] = useState(limitText(status.wipMax))
  const [problem, setProblem] = useState<string | null>(null)
  const save = useSettingsChange(projectKey, (limits: Limits) => projectsApi.setWipLimits(projectKey, status.name, limits))
  const changed = min !== limitText(status.wipMin) || max !== limitText(status.wipMax)
  useUnsavedChanges(changed, { what: `the WIP limits of ${status.name}`, detail: 'The limits you typed are not saved.' })
  const submit = (event: FormEvent) => {
    event.preventDefault()
    const limits = parseLimits(min, max)
    setProblem(typeof limits === 'string' ? limits : null)
    if (typeof limits !== 'string') save.mutate(limits, { onSuccess: onDone })
  }
  return (
    <>
      <form className="settings-row" onSubmit={submit} aria-label={`WIP limits of ${status.name}`}>
        {children}
        <LimitInput short="Min" label={`Minimum of ${status.name}`} value={min} onChange={setMin} />
        <LimitInput short="Max" label={`Maximum of ${status.name}`} value={max} onChange={setMax} />
        <button type="submit" className="button" disabled={!changed || save.isPending}>
          Save limits
        </button>
        {onDone && (
          <button type="button" className="button button-ghost" onClick={onDone}>
            Cancel
          </button>
        )}
      </form>
      {problem && <p className="error-text" role="alert">{problem}</p>}
      <ProblemText error={save.error} names={LIMIT_NAMES} />
    </>
  )
}
