import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { issuesApi, type Issue } from '../api/issues'
import { queryKeys } from '../app/query-keys'
import { fieldMessages } from '../create-issue/use-create-issue'
import { useMembers, useScheme } from '../projects/use-projects'
import { Dialog } from '../ui/dialog'
import { FormFooter } from '../ui/form-footer'
import { MappingFields, TargetProjectField } from './move-fields'
import { IssueKeyLink } from './panel-links'
import { isSubtask, moveConsequences, moveRequest, neededMappings } from './move-plan'
import { useChildren } from './use-issue-parts'

/**
 * Jira's Move: the project to move to (one the reader may create issues in), a type or status for those it lacks, and
 * what the move changes, before anything is moved. `onMoved` shows the issue under its new key.
 */
export function MoveDialog({ issue, onClose, onMoved }: { issue: Issue; onClose: () => void; onMoved: (moved: Issue) => void }) {
  const client = useQueryClient()
  const source = useScheme(issue.projectKey)
  const [project, setProject] = useState('')
  const [chosen, setChosen] = useState<Record<string, string>>({})
  const [tried, setTried] = useState(false)
  const target = useScheme(project || undefined)
  const members = useMembers(project || undefined)
  const children = useChildren(issue.key, true).data?.issues ?? []
  const epic = source.data?.types.some((type) => type.name === issue.type && type.level > 0) ?? false
  const needed = source.data && target.data
    ? neededMappings(epic ? [issue] : [issue, ...children], source.data, target.data)
    : { types: [], statuses: [] }
  const move = useMutation({
    mutationFn: () => issuesApi.move(issue.key, moveRequest(project, needed, chosen)),
    onSuccess: (moved) => {
      client.setQueryData(queryKeys.issue(moved.key), moved)
      client.removeQueries({ queryKey: queryKeys.issue(issue.key), exact: true })
      void client.invalidateQueries({ queryKey: queryKeys.issues })
      onMoved(moved)
    },
  })
  const refusal = fieldMessages(move.error)

  if (source.data && isSubtask(issue, source.data)) {
    return (
      <Dialog title={`Move ${issue.key}`} onClose={onClose}>
        <p>
          {issue.key} is a sub-task: it moves with its parent.{' '}
          {issue.parentKey && <IssueKeyLink issueKey={issue.parentKey} className="">Open {issue.parentKey}, its parent, to move it instead.</IssueKeyLink>}
        </p>
        <div className="dialog-footer">
          <button type="button" className="button" data-autofocus onClick={onClose}>
            Close
          </button>
        </div>
      </Dialog>
    )
  }
  return (
    <Dialog title={`Move ${issue.key}`} onClose={onClose}>
      <form
        className="dialog-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault()
          setTried(true)
          if (project) move.mutate()
        }}
      >
        <TargetProjectField
          fromProject={issue.projectKey}
          value={project}
          onChange={setProject}
          error={tried && !project ? 'Choose the project to move the issue to.' : refusal.byField.project}
        />
        <MappingFields project={project} needed={needed} chosen={chosen} onChoose={setChosen} />
        {source.data && target.data && (
          <ul aria-label="What the move changes" className="small">
            {moveConsequences(issue, children, source.data, target.data, members.data).map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        )}
        <FormFooter
          submit="Move"
          refusal={refusal.general ?? refusal.byField.types ?? refusal.byField.statuses}
          pending={move.isPending}
          onClose={onClose}
        />
      </form>
    </Dialog>
  )
}
