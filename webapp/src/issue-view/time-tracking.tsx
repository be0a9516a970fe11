import { useState } from 'react'
import type { Issue, TimeTracking } from '../api/issues'
import { CommitField, FieldRow } from './field-editors'
import { LogWorkDialog } from './log-work-dialog'
import type { useIssueEditor } from './use-issue'
import { formatDuration, parseEstimate } from './work-duration'

const NONE: TimeTracking = { originalEstimateSeconds: null, remainingEstimateSeconds: null, timeSpentSeconds: null }

/**
 * Jira's time tracking in the fields column: the bar of time logged against time remaining, "Log work", and the two
 * estimates, edited in place like the other fields.
 */
export function TimeTrackingFields({ issue, canEdit, editor }: { issue: Issue; canEdit: boolean; editor: ReturnType<typeof useIssueEditor> }) {
  const [logging, setLogging] = useState(false)
  const time = issue.timeTracking ?? NONE
  const text = (seconds: number | null) => (seconds === null ? '' : formatDuration(seconds))
  return (
    <>
      <FieldRow label="Time tracking" asValue={!canEdit} className="time-tracking">
        <TimeBar time={time} />
        {canEdit && (
          <button type="button" className="link-button" onClick={() => setLogging(true)}>
            Log work
          </button>
        )}
        {logging && <LogWorkDialog issueKey={issue.key} remaining={time.remainingEstimateSeconds} onClose={() => setLogging(false)} />}
      </FieldRow>
      <FieldRow label="Original estimate" asValue={!canEdit}>
        <CommitField label="Original estimate" placeholder="e.g. 2d 4h" value={text(time.originalEstimateSeconds)} canEdit={canEdit}
          parse={parseEstimate} onSave={(originalEstimate) => editor.save({ originalEstimate })} />
      </FieldRow>
      <FieldRow label="Remaining estimate" asValue={!canEdit}>
        <CommitField label="Remaining estimate" placeholder="e.g. 4h" value={text(time.remainingEstimateSeconds)} canEdit={canEdit}
          parse={parseEstimate} onSave={(remainingEstimate) => editor.save({ remainingEstimate })} />
      </FieldRow>
    </>
  )
}

/** Logged (filled) against remaining, as Jira draws it; past the original estimate with nothing left, the bar shows over. */
export function TimeBar({ time }: { time: TimeTracking }) {
  const spent = time.timeSpentSeconds ?? 0
  const remaining = time.remainingEstimateSeconds ?? 0
  const whole = spent + remaining
  const over = time.originalEstimateSeconds !== null && spent > time.originalEstimateSeconds
  const left = time.remainingEstimateSeconds === null ? '' : `${formatDuration(remaining)} remaining`
  const logged = spent === 0 ? 'No time logged' : `${formatDuration(spent)} logged`
  const words = whole === 0 ? 'No time logged' : [logged, left].filter(Boolean).join(', ')
  return (
    <div className="time-bar-wrap">
      <div className={`time-bar${over ? ' over' : ''}`} role="img" aria-label={words}>
        <span className="time-bar-spent" style={{ width: `${whole === 0 ? 0 : (100 * spent) / whole}%` }} />
      </div>
      <span className="muted small">
        {words.replace(', ', ' · ')}
      </span>
    </div>
  )
}
