import { useId } from 'react'
import { AUTO_WORDS, estimateProblems, type EstimateChoice, type WorkChange } from './estimate-choice'
import { formatDuration } from './work-duration'

/**
 * Jira's "Remaining estimate" choices in the work dialogs: adjust automatically, leave it, set it, or (logging or
 * deleting) reduce or increase it by an amount. Typing an amount chooses its option.
 */
export function RemainingEstimate({ change, remaining, choice, onChange, tried, refused }: {
  change: WorkChange
  /** The remaining estimate now, when known: Jira names it in "Use existing estimate of …". */
  remaining?: number | null
  choice: EstimateChoice
  onChange: (choice: EstimateChoice) => void
  /** Once the dialog was submitted, what is wrong with the amounts shows beside them. */
  tried: boolean
  /** The server's refusals by field, shown beside the option they are about. */
  refused: Record<string, string>
}) {
  const name = useId()
  const errors: Record<string, string | undefined> = { ...refused, ...(tried ? estimateProblems(choice, change) : {}) }
  const byLabel = change === 'delete' ? 'Increase by' : 'Reduce by'
  const byError = errors[change === 'delete' ? 'increaseBy' : 'reduceBy']
  const leave =
    remaining === undefined ? 'Leave the estimate as it is' : remaining === null ? 'Leave estimate unset' : `Use existing estimate of ${formatDuration(remaining)}`
  const option = (adjust: EstimateChoice['adjust'], label: string) => (
    <label className="estimate-option">
      <input type="radio" name={name} checked={choice.adjust === adjust} onChange={() => onChange({ ...choice, adjust })} /> {label}
    </label>
  )
  const amount = (field: 'newEstimate' | 'by', adjust: EstimateChoice['adjust'], label: string, error: string | undefined) => (
    <div className="estimate-amount">
      {option(adjust, label)}
      <input
        aria-label={`${label} (remaining estimate)`}
        placeholder="e.g. 2d 4h"
        value={choice[field]}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${name}-${field}` : undefined}
        onChange={(event) => onChange({ ...choice, adjust, [field]: event.target.value })}
      />
      {error && (
        <small id={`${name}-${field}`} className="field-error">
          {error}
        </small>
      )}
    </div>
  )
  return (
    <fieldset className="remaining-estimate">
      <legend>Remaining estimate</legend>
      {option('auto', 'Adjust automatically')}
      <small className="muted estimate-hint">{AUTO_WORDS[change]}</small>
      {option('leave', leave)}
      {amount('newEstimate', 'new', 'Set to', errors.newEstimate)}
      {change !== 'edit' && amount('by', 'manual', byLabel, byError)}
      {errors.adjustEstimate && <small className="field-error">{errors.adjustEstimate}</small>}
    </fieldset>
  )
}
