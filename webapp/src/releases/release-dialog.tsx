import { useState } from 'react'
import type { Version } from '../api/projects'
import type { Release } from '../api/releases'
import { isCalendarDay, localDay } from '../app/calendar-day'
import { plural } from '../app/words'
import { fieldMessages } from '../create-issue/use-create-issue'
import { Dialog } from '../ui/dialog'
import { Field } from '../ui/field'
import { FormFooter } from '../ui/form-footer'

/**
 * Jira's Release: the release date, today unless changed; when issues are still unresolved, move them to another
 * unreleased version (`targets`) or ignore them and release. `error`: the server's refusal, shown in words.
 */
export function ReleaseDialog({ version, unresolved, targets, error, pending, onRelease, onClose }: {
  version: Version
  unresolved: number
  targets: Version[]
  error: Error | null
  pending: boolean
  onRelease: (release: Release) => void
  onClose: () => void
}) {
  const [date, setDate] = useState(() => localDay(Date.now()))
  const [move, setMove] = useState(unresolved > 0 && targets.length > 0)
  const [target, setTarget] = useState(targets[0]?.name ?? '')
  const refusal = fieldMessages(error)
  const dateProblem = !isCalendarDay(date) ? 'Choose the day it is released.' : refusal.byField.releaseDate ?? refusal.byField.startDate
  return (
    <Dialog title={`Release ${version.name}`} onClose={onClose}>
      <form
        className="dialog-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault()
          if (!isCalendarDay(date)) return
          onRelease({ releaseDate: date, ...(move && target && { moveUnresolvedTo: target }) })
        }}
      >
        <Field label="Release date" error={dateProblem}>
          <input type="date" data-autofocus value={date} onChange={(event) => setDate(event.target.value)} />
        </Field>
        {unresolved === 0 ? (
          <p className="muted">All its issues are resolved.</p>
        ) : (
          <fieldset className="release-choices">
            <legend>{plural(unresolved, 'issue')} in this version {unresolved === 1 ? 'is' : 'are'} still unresolved.</legend>
            {targets.length > 0 && (
              <label className="checkbox-label">
                <input type="radio" name="unresolved" checked={move} onChange={() => setMove(true)} />
                Move {plural(unresolved, 'unresolved issue')} to
                <select aria-label="Version to move them to" value={target} disabled={!move} onChange={(event) => setTarget(event.target.value)}>
                  {targets.map((other) => (
                    <option key={other.id} value={other.name}>
                      {other.name}
                    </option>
                  ))}
                </select>
              </label>
            )}
            <label className="checkbox-label">
              <input type="radio" name="unresolved" checked={!move} onChange={() => setMove(false)} />
              Ignore and release
            </label>
            {targets.length === 0 && <p className="muted small">No other unreleased version to move them to: create one first to move them.</p>}
            {refusal.byField.moveUnresolvedTo && <p className="error-text">{refusal.byField.moveUnresolvedTo}</p>}
          </fieldset>
        )}
        <FormFooter submit="Release" refusal={refusal.general} pending={pending} onClose={onClose} />
      </form>
    </Dialog>
  )
}
