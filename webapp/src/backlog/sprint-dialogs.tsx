import { useState } from 'react'
import type { Sprint } from '../api/planning'
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
