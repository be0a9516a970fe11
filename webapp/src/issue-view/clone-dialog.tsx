import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { issuesApi, type Issue } from '../api/issues'
import { queryKeys } from '../app/query-keys'
import { plural } from '../app/words'
import { fieldMessages } from '../create-issue/use-create-issue'
import { Dialog } from '../ui/dialog'
import { Field } from '../ui/field'
import { FormFooter } from '../ui/form-footer'

/**
 * Jira's Clone: the summary ("CLONE - " and the original's) can be changed; type, priority, description, labels,
 * components, versions, estimate, parent and people are copied, its sub-tasks and links when ticked. `onCloned` opens it.
 */
export function CloneDialog({ issue, onClose, onCloned }: { issue: Issue; onClose: () => void; onCloned: (clone: Issue) => void }) {
  const client = useQueryClient()
  const [summary, setSummary] = useState(`CLONE - ${issue.summary}`.slice(0, 255))
  const [subtasks, setSubtasks] = useState(false)
  const [links, setLinks] = useState(false)
  const clone = useMutation({
    mutationFn: () => issuesApi.clone(issue.key, { summary: summary.trim(), subtasks, links }),
    onSuccess: (created) => {
      client.setQueryData(queryKeys.issue(created.key), created)
      void client.invalidateQueries({ queryKey: queryKeys.issues })
      void client.invalidateQueries({ queryKey: queryKeys.issue(issue.key) })
      onCloned(created)
    },
  })
  const empty = !summary.trim()
  const refusal = fieldMessages(clone.error)
  return (
    <Dialog title={`Clone ${issue.key}`} onClose={onClose}>
      <form
        className="dialog-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault()
          if (!empty) clone.mutate()
        }}
      >
        <Field label="Summary" error={empty ? 'Write a summary for the clone.' : refusal.byField.summary}>
          <input data-autofocus maxLength={255} value={summary} onChange={(event) => setSummary(event.target.value)} />
        </Field>
        {issue.subtaskKeys.length > 0 && (
          <label className="checkbox-label">
            <input type="checkbox" checked={subtasks} onChange={(event) => setSubtasks(event.target.checked)} />
            Clone its {plural(issue.subtaskKeys.length, 'sub-task')}
          </label>
        )}
        {issue.links.length > 0 && (
          <label className="checkbox-label">
            <input type="checkbox" checked={links} onChange={(event) => setLinks(event.target.checked)} />
            Link the clone as this issue is linked ({plural(issue.links.length, 'link')})
          </label>
        )}
        <p className="muted small">The clone starts in the workflow's first status, linked to {issue.key}, with no comments, files or work logged.</p>
        <FormFooter submit="Clone" refusal={refusal.general} pending={clone.isPending} onClose={onClose} />
      </form>
    </Dialog>
  )
}
