import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { issuesApi, type Issue } from '../api/issues'
import { queryKeys } from '../app/query-keys'
import { fieldMessages } from '../create-issue/use-create-issue'
import { useMembers, useProjects, useScheme } from '../projects/use-projects'
import { Dialog } from '../ui/dialog'
import { Field } from '../ui/field'
import { FormFooter } from '../ui/form-footer'
import { isSubtask, moveConsequences, moveRequest, moveTargets, neededMappings, type Mapping } from './move-plan'
import { useChildren } from './use-issue-parts'

/**
 * Jira's Move: the project to move to (one the reader may create issues in), a type or status for those it lacks, and
 * what the move changes, before anything is moved. `onMoved` shows the issue under its new key.
 */
export function MoveDialog({ issue, onClose, onMoved }: { issue: Issue; onClose: () => void; onMoved: (moved: Issue) => void }) {
  const client = useQueryClient()
  const projects = useProjects()
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
  const targets = moveTargets(projects.data ?? [], issue.projectKey)

  if (source.data && isSubtask(issue, source.data)) {
    return (
      <Dialog title={`Move ${issue.key}`} onClose={onClose}>
        <p>
          {issue.key} is a sub-task: it moves with its parent {issue.parentKey}. Open {issue.parentKey} and move it instead.
        </p>
      </Dialog>
    )
  }
  const mappingField = (kind: 'type' | 'status', mapping: Mapping) => {
    const name = `${kind}:${mapping.from}`
    return (
      <Field
        key={name}
        label={kind === 'type' ? `Type for its ${mapping.from} issues` : `Status for issues in ${mapping.from}`}
        error={mapping.choices.length ? undefined : `${project} has none to choose from: an admin of ${project} can add one in Project settings.`}
      >
        <select value={chosen[name] ?? mapping.choices[0] ?? ''} onChange={(event) => setChosen({ ...chosen, [name]: event.target.value })}>
          {mapping.choices.map((choice) => (
            <option key={choice}>{choice}</option>
          ))}
        </select>
      </Field>
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
        <Field label="Project to move to" error={tried && !project ? 'Choose the project to move the issue to.' : refusal.byField.project}>
          <select data-autofocus value={project} onChange={(event) => setProject(event.target.value)}>
            <option value="">Choose a project…</option>
            {targets.map((option) => (
              <option key={option.key} value={option.key}>
                {option.key} – {option.name}
              </option>
            ))}
          </select>
        </Field>
        {projects.data && !targets.length && (
          <p className="muted small">Issues move only to projects where you are a member or an admin, and you are in no other.</p>
        )}
        {needed.types.map((mapping) => mappingField('type', mapping))}
        {needed.statuses.map((mapping) => mappingField('status', mapping))}
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
