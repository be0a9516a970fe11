import { useState } from 'react'
import type { Worklog } from '../api/worklogs'
import { fieldMessages } from '../create-issue/use-create-issue'
import { Dialog } from '../ui/dialog'
import { ADJUST_AUTOMATICALLY, adjustEstimate, estimateReady } from './estimate-choice'
import { RemainingEstimate } from './remaining-estimate'
import { useDeleteWork } from './use-worklogs'
import { formatDuration } from './work-duration'
import { FormFooter } from '../ui/form-footer'

/** Jira's "Delete Worklog": the work goes, and the remaining estimate goes back up by it unless chosen otherwise. */
export function DeleteWorkDialog({ issueKey, worklog, remaining, onClose }: {
  issueKey: string
  worklog: Worklog
  /** The issue's remaining estimate, when the caller knows it. */
  remaining?: number | null
  onClose: () => void
}) {
  const [estimate, setEstimate] = useState(ADJUST_AUTOMATICALLY)
  const [tried, setTried] = useState(false)
  const remove = useDeleteWork(issueKey)
  const refusal = fieldMessages(remove.error)
  return (
    <Dialog title={`Delete ${formatDuration(worklog.timeSpentSeconds)} of work?`} onClose={onClose}>
      <form
        className="dialog-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault()
          setTried(true)
          if (!estimateReady(estimate, 'delete')) return
          remove.mutate({ id: worklog.id, adjust: adjustEstimate(estimate, 'delete') }, { onSuccess: onClose })
        }}
      >
        <RemainingEstimate change="delete" remaining={remaining} choice={estimate} onChange={setEstimate} tried={tried} refused={refusal.byField} />
        <FormFooter submit="Delete" refusal={refusal.general} pending={remove.isPending} danger onClose={onClose} />
      </form>
    </Dialog>
  )
}
