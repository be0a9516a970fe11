import type { NaturalReading } from '../api/jql'

interface Props {
  reading: NaturalReading
  /** Runs the proposed query (Enter in the box does the same). */
  onRun: (jql: string) => void
  /** Puts the proposed query into the box to change it first. */
  onEdit: (jql: string) => void
}

/** A quiet line under the box when the words were understood: the JQL the words were read as, what each phrase became, and what was not understood. */
export function NaturalReadingLine({ reading, onRun, onEdit }: Props) {
  // Nothing understood: the box's own JQL message is all that shows, so half-typed JQL stays quiet.
  if (!reading.jql) return null
  return (
    <div className="natural-reading" role="status" aria-label="Read as">
      <span className="muted">Read as</span> <code>{reading.jql}</code>
      <button type="button" className="button button-ghost" onClick={() => onRun(reading.jql!)}>
        Search <kbd>Enter</kbd>
      </button>
      <button type="button" className="button button-ghost" onClick={() => onEdit(reading.jql!)}>
        Edit as JQL
      </button>
      {reading.interpretation.length > 0 && (
        <ul className="natural-steps">
          {reading.interpretation.map((step) => (
            <li key={`${step.phrase}:${step.clause}`}>
              “{step.phrase}” → <code>{step.clause}</code>
            </li>
          ))}
        </ul>
      )}
      {reading.unmatched.length > 0 && <p className="muted">Left out: {reading.unmatched.join(', ')}</p>}
    </div>
  )
}
