import { useState } from 'react'
import type { Worklog } from '../api/worklogs'
import { fieldMessages } from '../create-issue/use-create-issue'
import { Dialog } from '../ui/dialog'
import { Field } from '../ui/field'
import { ADJUST_AUTOMATICALLY, adjustEstimate, estimateReady } from './estimate-choice'
import { RemainingEstimate } from './remaining-estimate'
import { useSaveWork } from './use-worklogs'
import { formatDuration, spentProblem } from './work-duration'
import { FormFooter } from '../ui/form-footer'

/**
 * Log work on an issue, as Jira's dialog does: time spent, when it started (now unless changed), an optional comment,
 * and what happens to the remaining estimate (down by the time logged unless chosen otherwise). With `worklog`, changes
 * that work instead. `remaining` is the issue's remaining estimate, when the caller knows it.
 */
export function LogWorkDialog({ issueKey, worklog, remaining, onClose }: {
  issueKey: string
  worklog?: Worklog
  remaining?: number | null
  onClose: () => void
}) {
  const [spent, setSpent] = useState(worklog ? formatDuration(worklog.timeSpentSeconds) : '')
  const [started, setStarted] = useState(() => localMinute(worklog ? new Date(worklog.started) : new Date()))
  const [comment, setComment] = useState(worklog?.comment ?? '')
  const [estimate, setEstimate] = useState(ADJUST_AUTOMATICALLY)
  const [tried, setTried] = useState(false)
  const save = useSaveWork(issueKey)
  const change = worklog ? 'edit' : 'log'
  const problem = tried ? spentProblem(spent) : null
  const refusal = fieldMessages(save.error)
  return (
    <Dialog title={worklog ? `Edit work on ${issueKey}` : `Log work on ${issueKey}`} onClose={onClose}>
      <form
        className="dialog-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault()
          setTried(true)
          if (spentProblem(spent) || !started || !estimateReady(estimate, change)) return
          const work = { timeSpent: spent.trim(), started: new Date(started).toISOString(), comment: comment.trim() || undefined }
          save.mutate({ id: worklog?.id, work, adjust: adjustEstimate(estimate, change) }, { onSuccess: onClose })
        }}
      >
        <Field label="Time spent" error={problem ?? refusal.byField.timeSpent}>
          <input data-autofocus placeholder="e.g. 3w 2d 4h 30m" value={spent} onChange={(event) => setSpent(event.target.value)} />
        </Field>
        <Field label="Date started" error={refusal.byField.started ?? (tried && !started ? 'Say when the work started.' : undefined)}>
          <input type="datetime-local" value={started} onChange={(event) => setStarted(event.target.value)} />
        </Field>
        <RemainingEstimate change={change} remaining={remaining} choice={estimate} onChange={setEstimate} tried={tried} refused={refusal.byField} />
        <Field label="Work description" error={refusal.byField.comment}>
          <textarea rows={3} value={comment} onChange={(event) => setComment(event.target.value)} />
        </Field>
        <FormFooter submit={worklog ? 'Save' : 'Log work'} refusal={refusal.general} pending={save.isPending} onClose={onClose} />
      </form>
    </Dialog>
  )
}

/** The minute a datetime-local field shows, in the browser's time zone. */
function localMinute(at: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}T${pad(at.getHours())}:${pad(at.getMinutes())}`
}
