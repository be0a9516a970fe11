import { useState } from 'react'
import type { Sprint, SprintChange } from '../api/planning'
import { ProblemText } from '../project-settings/problem-text'
import { Dialog } from '../ui/dialog'

const DAY = 86_400_000

/** Start a sprint: goal and end date (two weeks by default). */
export function StartSprintDialog({ sprint, onStart, onClose }: {
  sprint: Sprint
  onStart: (input: { goal?: string; endDate: string }) => void
  onClose: () => void
}) {
  const [goal, setGoal] = useState(sprint.goal ?? '')
  const [end, setEnd] = useState(() => new Date(Date.now() + 14 * DAY).toISOString().slice(0, 10))
  const [today] = useState(() => new Date().toISOString().slice(0, 10))
  return (
    <Dialog title={`Start ${sprint.name}`} onClose={onClose}>
      <form
        className="dialog-form"
        onSubmit={(event) => {
          event.preventDefault()
          onStart({ goal: goal.trim() || undefined, endDate: new Date(`${end}T17:00:00Z`).toISOString() })
        }}
      >
        <p className="muted">{sprint.issueKeys.length === 1 ? '1 issue' : `${sprint.issueKeys.length} issues`} will be in this sprint.</p>
        <label className="field">
          <span>Sprint goal</span>
          <input data-autofocus value={goal} onChange={(event) => setGoal(event.target.value)} />
        </label>
        <label className="field">
          <span>End date</span>
          <input type="date" value={end} min={today} onChange={(event) => setEnd(event.target.value)} required />
        </label>
        <Footer submit="Start sprint" onClose={onClose} />
      </form>
    </Dialog>
  )
}

/** Complete a sprint: unfinished issues go to the backlog, the next sprint (made if needed) or a chosen future one. */
export function CompleteSprintDialog({ sprint, open, future, onComplete, onClose }: {
  sprint: Sprint
  /** How many of its issues are not done. */
  open: number
  future: Sprint[]
  onComplete: (moveTo: string) => void
  onClose: () => void
}) {
  const [moveTo, setMoveTo] = useState(future[0] ? String(future[0].id) : 'next')
  return (
    <Dialog title={`Complete ${sprint.name}`} onClose={onClose}>
      <form
        className="dialog-form"
        onSubmit={(event) => {
          event.preventDefault()
          onComplete(moveTo)
        }}
      >
        <p>
          {sprint.issueKeys.length - open} issues done, {open} not done.
        </p>
        {open > 0 && (
          <label className="field">
            <span>Move the unfinished issues to</span>
            <select data-autofocus value={moveTo} onChange={(event) => setMoveTo(event.target.value)} aria-label="Move unfinished issues to">
              {future.map((s) => (
                <option key={s.id} value={String(s.id)}>
                  {s.name}
                </option>
              ))}
              {future.length === 0 && <option value="next">A new sprint</option>}
              <option value="backlog">The backlog</option>
            </select>
          </label>
        )}
        <Footer submit="Complete sprint" onClose={onClose} />
      </form>
    </Dialog>
  )
}

/**
 * Edit a sprint's name, goal and dates; only what changed is sent. `error`: the server's refusal, shown in the dialog,
 * which stays open until the change is saved.
 */
export function EditSprintDialog({ sprint, error, onSave, onClose }: {
  sprint: Sprint
  error: Error | null
  onSave: (change: SprintChange) => void
  onClose: () => void
}) {
  const [name, setName] = useState(sprint.name)
  const [goal, setGoal] = useState(sprint.goal ?? '')
  const [start, setStart] = useState(dayOf(sprint.startDate))
  const [end, setEnd] = useState(dayOf(sprint.endDate))
  return (
    <Dialog title={`Edit ${sprint.name}`} onClose={onClose}>
      <form
        className="dialog-form"
        onSubmit={(event) => {
          event.preventDefault()
          onSave({
            ...(name.trim() !== sprint.name && { name: name.trim() }),
            ...(goal.trim() !== (sprint.goal ?? '') && { goal: goal.trim() }),
            ...(start && start !== dayOf(sprint.startDate) && { startDate: new Date(`${start}T09:00:00Z`).toISOString() }),
            ...(end && end !== dayOf(sprint.endDate) && { endDate: new Date(`${end}T17:00:00Z`).toISOString() }),
          })
        }}
      >
        <label className="field">
          <span>Sprint name</span>
          <input data-autofocus value={name} maxLength={255} required onChange={(event) => setName(event.target.value)} />
        </label>
        <label className="field">
          <span>Sprint goal</span>
          <input value={goal} onChange={(event) => setGoal(event.target.value)} />
        </label>
        {/* The server keeps a date that is not sent: once set, a date can be moved but not cleared. */}
        <label className="field">
          <span>Start date</span>
          <input type="date" value={start} required={!!sprint.startDate} onChange={(event) => setStart(event.target.value)} />
        </label>
        <label className="field">
          <span>End date</span>
          <input type="date" value={end} required={!!sprint.endDate} onChange={(event) => setEnd(event.target.value)} />
        </label>
        <ProblemText error={error} />
        <Footer submit="Save" onClose={onClose} />
      </form>
    </Dialog>
  )
}

/** The day of an instant as a date input holds it (UTC, as the dates are sent), or empty. */
const dayOf = (instant: string | null) => (instant ? instant.slice(0, 10) : '')

function Footer({ submit, onClose }: { submit: string; onClose: () => void }) {
  return (
    <div className="dialog-footer">
      <button type="button" className="button button-ghost" onClick={onClose}>
        Cancel
      </button>
      <button type="submit" className="button button-primary">
        {submit}
      </button>
    </div>
  )
}
