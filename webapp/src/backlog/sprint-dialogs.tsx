import { useState } from 'react'
import { ApiError } from '../api/http'
import type { Sprint, SprintChange } from '../api/planning'
import { fieldMessages } from '../create-issue/use-create-issue'
import { plural, sentence } from '../app/words'
import { Dialog } from '../ui/dialog'
import { Field } from '../ui/field'
import { changeDays, dayOf, dayProblems, daysBetween, endOfDay, plannedDays, SPRINT_LENGTHS, startOfDay, type SprintDays } from './sprint-dates'
import { FormFooter } from '../ui/form-footer'

/** As the server takes it: a few sentences; a longer goal is a document to link. */
const MAX_GOAL = 1000

/** What Start sprint sends: the name only when it was changed. */
export interface SprintStart {
  name?: string
  goal: string
  startDate: string
  endDate: string
}

/**
 * Start a sprint, as in Jira: its name, goal and start and end dates, proposed from the dates planned with Edit sprint
 * (else today and two weeks on). What is sent is kept. `error`: the server's refusal, shown at the field it names.
 */
export function StartSprintDialog({ sprint, issueCount = sprint.issueKeys.length, error, onStart, onClose }: {
  sprint: Sprint
  /** The issues its header counts (sub-tasks go with their parents, uncounted, as in Jira). */
  issueCount?: number
  error: Error | null
  onStart: (input: SprintStart) => void
  onClose: () => void
}) {
  const [name, setName] = useState(sprint.name)
  const [goal, setGoal] = useState(sprint.goal ?? '')
  const [days, setDays] = useState(() => plannedDays(sprint))
  const [tried, setTried] = useState(false)
  const problems = { ...dayProblems(days, { start: true, end: true }), ...nameProblem(name, tried) }
  const refusal = refusalOf(error, sprint)
  return (
    <Dialog title={`Start ${sprint.name}`} onClose={onClose}>
      <form
        className="dialog-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault()
          setTried(true)
          if (!name.trim() || Object.keys(problems).length) return
          onStart({
            ...(name.trim() !== sprint.name && { name: name.trim() }),
            goal: goal.trim(),
            // A planned date left as it was is sent as it was, to the minute.
            startDate: days.start === dayOf(sprint.startDate) ? sprint.startDate! : startOfDay(days.start),
            endDate: days.end === dayOf(sprint.endDate) ? sprint.endDate! : endOfDay(days.end),
          })
        }}
      >
        <p className="muted">{plural(issueCount, 'issue')} will be in this sprint.</p>
        <NameAndGoal name={name} goal={goal} onName={setName} onGoal={setGoal} problems={{ ...refusal.byField, ...problems }} />
        <DayFields days={days} onChange={setDays} problems={{ ...refusal.byField, ...problems }} />
        <FormFooter submit="Start sprint" refusal={refusal.general} onClose={onClose} />
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
          {plural(sprint.issueKeys.length - open, 'issue')} done, {open} not done.
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
        <FormFooter submit="Complete sprint" onClose={onClose} />
      </form>
    </Dialog>
  )
}

/**
 * Edit a sprint's name, goal and dates; only what changed is sent. `error`: the server's refusal, shown at the field it
 * names; the dialog stays open until the change is saved.
 */
export function EditSprintDialog({ sprint, error, onSave, onClose }: {
  sprint: Sprint
  error: Error | null
  onSave: (change: SprintChange) => void
  onClose: () => void
}) {
  const [name, setName] = useState(sprint.name)
  const [goal, setGoal] = useState(sprint.goal ?? '')
  const [days, setDays] = useState<SprintDays>({ start: dayOf(sprint.startDate), end: dayOf(sprint.endDate) })
  const [tried, setTried] = useState(false)
  // The server keeps a date that is not sent: once set, a date can be moved but not cleared.
  const problems = { ...dayProblems(days, { start: !!sprint.startDate, end: !!sprint.endDate }), ...nameProblem(name, tried) }
  const refusal = refusalOf(error, sprint)
  return (
    <Dialog title={`Edit ${sprint.name}`} onClose={onClose}>
      <form
        className="dialog-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault()
          setTried(true)
          if (!name.trim() || Object.keys(problems).length) return
          onSave({
            ...(name.trim() !== sprint.name && { name: name.trim() }),
            ...(goal.trim() !== (sprint.goal ?? '') && { goal: goal.trim() }),
            ...(days.start && days.start !== dayOf(sprint.startDate) && { startDate: startOfDay(days.start) }),
            ...(days.end && days.end !== dayOf(sprint.endDate) && { endDate: endOfDay(days.end) }),
          })
        }}
      >
        <NameAndGoal name={name} goal={goal} onName={setName} onGoal={setGoal} problems={{ ...refusal.byField, ...problems }} />
        <DayFields days={days} onChange={setDays} problems={{ ...refusal.byField, ...problems }} />
        <FormFooter submit="Save" refusal={refusal.general} onClose={onClose} />
      </form>
    </Dialog>
  )
}

const SPRINT_FIELDS = ['name', 'goal', 'startDate', 'endDate']

const nameProblem = (name: string, tried: boolean) => (tried && !name.trim() ? { name: 'Give the sprint a name.' } : {})

/** The sprint's name and goal, each with its problem; the name gets the focus, as the first field. */
function NameAndGoal({ name, goal, onName, onGoal, problems }: {
  name: string
  goal: string
  onName: (name: string) => void
  onGoal: (goal: string) => void
  problems: Record<string, string | undefined>
}) {
  return (
    <>
      <Field label="Sprint name" error={problems.name}>
        <input data-autofocus value={name} maxLength={255} onChange={(event) => onName(event.target.value)} />
      </Field>
      <Field label="Sprint goal" error={problems.goal ?? (goal.length >= MAX_GOAL ? `A goal holds up to ${MAX_GOAL.toLocaleString('en')} characters.` : undefined)}>
        <input value={goal} maxLength={MAX_GOAL} onChange={(event) => onGoal(event.target.value)} />
      </Field>
    </>
  )
}

/**
 * The server's refusal: each message at the field of the form it names, in words; the rest above the buttons. A sprint
 * deleted meanwhile is said so, with what was typed left in the form to copy.
 */
function refusalOf(error: Error | null, sprint: Sprint): { byField: Record<string, string>; general: string | null } {
  if (error instanceof ApiError && error.status === 404) {
    return { byField: {}, general: `${sprint.name} no longer exists: someone deleted it. Nothing was saved; what you typed is still here to copy.` }
  }
  const { byField, general } = fieldMessages(error)
  const elsewhere = Object.keys(byField).filter((field) => !SPRINT_FIELDS.includes(field))
  return { byField: mapValues(byField, sentence), general: general ?? (elsewhere.length ? elsewhere.map((field) => sentence(byField[field])).join(' ') : null) }
}

const mapValues = (record: Record<string, string>, change: (value: string) => string) =>
  Object.fromEntries(Object.entries(record).map(([key, value]) => [key, change(value)]))

/** A sprint's length, as Jira offers it (1–4 weeks, or custom), and its start and end dates, each with its problem. */
function DayFields({ days, onChange, problems }: { days: SprintDays; onChange: (days: SprintDays) => void; problems: Record<string, string | undefined> }) {
  const length = daysBetween(days.start, days.end)
  return (
    <div className="form-row">
      <Field label="Duration">
        <select
          value={length !== null && SPRINT_LENGTHS.includes(length) ? String(length) : 'custom'}
          onChange={(event) => event.target.value !== 'custom' && onChange(changeDays(days, { length: Number(event.target.value) }))}
        >
          {SPRINT_LENGTHS.map((days) => (
            <option key={days} value={days}>
              {days === 7 ? '1 week' : `${days / 7} weeks`}
            </option>
          ))}
          <option value="custom">Custom</option>
        </select>
      </Field>
      <Field label="Start date" error={problems.startDate}>
        <input type="date" value={days.start} onChange={(event) => onChange(changeDays(days, { start: event.target.value }))} />
      </Field>
      <Field label="End date" error={problems.endDate}>
        <input type="date" value={days.end} onChange={(event) => onChange({ ...days, end: event.target.value })} />
      </Field>
    </div>
  )
}

/** Cancel and the dialog's action, under what the server refused that belongs to no field. */
