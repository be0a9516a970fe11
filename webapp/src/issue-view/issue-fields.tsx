import { Link } from 'react-router'
import type { Issue } from '../api/issues'
import type { Scheme } from '../api/projects'
import { reachableStatuses } from '../board/board-state'
import { assignable, useMembers } from '../projects/use-projects'
import { Avatar } from '../ui/avatar'
import { AssigneeCell, NoValue, PersonCell, PriorityCell, StatusCell, TypeCell } from '../ui/issue-cells'
import { ChoiceChips, CommitField, FieldRow, Labels } from './field-editors'
import { parseDueDate, parseParentKey, parseStoryPoints } from './field-parsing'
import { IssueKeySuggestions } from './issue-key-suggestions'
import { IssueKeyLink } from './panel-links'
import { TimeTrackingFields } from './time-tracking'
import { useIssue, type useIssueEditor } from './use-issue'

interface Props {
  issue: Issue
  scheme: Scheme | undefined
  canEdit: boolean
  editor: ReturnType<typeof useIssueEditor>
}

export function IssueFields({ issue, scheme, canEdit, editor }: Props) {
  const members = useMembers(issue.projectKey)
  const reachable = scheme ? reachableStatuses(scheme.workflow, issue.status) : new Set<string>()
  const statuses = scheme?.workflow.statuses.filter((status) => status.name === issue.status || reachable.has(status.name)) ?? []
  const deadEnd = !!scheme && canEdit && reachable.size === 0
  const assignees = assignable(members.data).map((member) => member.user)
  if (issue.assignee && !assignees.some((user) => user.email === issue.assignee?.email)) assignees.push(issue.assignee)
  const resolutionEditable = canEdit && issue.statusCategory === 'done' && !!scheme?.resolutions.length
  const versions = scheme?.versions.filter((version) => !version.archived).map((version) => version.name) ?? []

  return (
    <dl className="fields">
      <FieldRow label="Status" asValue={!canEdit}>
        {canEdit ? (
          <select aria-label="Status" value={issue.status} onChange={(event) => editor.move(event.target.value)}
            aria-describedby={deadEnd ? 'status-dead-end' : undefined}>
            {(statuses.length ? statuses : [{ id: 0, name: issue.status }]).map((status) => (
              <option key={status.id}>{status.name}</option>
            ))}
          </select>
        ) : (
          <StatusCell issue={issue} />
        )}
        {deadEnd && <DeadEndNote id="status-dead-end" status={issue.status} projectKey={issue.projectKey} admin={scheme.project.callerRole === 'admin'} />}
      </FieldRow>
      {(issue.resolution || issue.statusCategory === 'done') && (
        // A done issue's resolution can be changed: a move to done gives it the project's first.
        <FieldRow label="Resolution" asValue={!resolutionEditable}>
          {resolutionEditable ? (
            <select aria-label="Resolution" value={issue.resolution ?? ''} onChange={(event) => editor.save({ resolution: event.target.value })}>
              {!issue.resolution && <option value="">None</option>}
              {scheme.resolutions.map((resolution) => (
                <option key={resolution.id}>{resolution.name}</option>
              ))}
            </select>
          ) : (
            (issue.resolution ?? <NoValue />)
          )}
        </FieldRow>
      )}
      <FieldRow label="Assignee" asValue={!canEdit} className="field-with-avatar">
        {canEdit ? (
          <>
            <Avatar user={issue.assignee} size={18} />
            <select aria-label="Assignee" value={issue.assignee?.email ?? ''} onChange={(event) => editor.save({ assignee: event.target.value || null })}>
              <option value="">Unassigned</option>
              {assignees.map((user) => (
                <option key={user.email} value={user.email}>
                  {user.displayName}
                </option>
              ))}
            </select>
          </>
        ) : (
          <AssigneeCell issue={issue} />
        )}
      </FieldRow>
      <FieldRow label="Priority" asValue={!canEdit}>
        {canEdit ? (
          <select aria-label="Priority" value={issue.priority ?? ''} onChange={(event) => editor.save({ priority: event.target.value })}>
            {!issue.priority && <option value="">None</option>}
            {(scheme?.priorities ?? [{ id: 0, name: issue.priority ?? '' }]).map((priority) => (
              <option key={priority.id}>{priority.name}</option>
            ))}
          </select>
        ) : (
          <PriorityCell issue={issue} />
        )}
      </FieldRow>
      <FieldRow label="Type" asValue={!canEdit}>
        {canEdit ? (
          <select aria-label="Type" value={issue.type} onChange={(event) => editor.save({ type: event.target.value })}>
            {(scheme?.types ?? [{ id: 0, name: issue.type }]).map((type) => (
              <option key={type.id}>{type.name}</option>
            ))}
          </select>
        ) : (
          <TypeCell issue={issue} />
        )}
      </FieldRow>
      <FieldRow label="Labels" asValue={!canEdit}>
        <Labels labels={issue.labels} canEdit={canEdit} onChange={(labels) => editor.save({ labels })} />
      </FieldRow>
      <FieldRow label="Components" asValue={!canEdit}>
        <ChoiceChips label="Component" chosen={issue.components} options={scheme?.components.map((c) => c.name) ?? []} canEdit={canEdit}
          onChange={(components) => editor.save({ components })} />
      </FieldRow>
      <FieldRow label="Fix versions" asValue={!canEdit}>
        <ChoiceChips label="Fix version" chosen={issue.fixVersions} options={versions} canEdit={canEdit}
          onChange={(fixVersions) => editor.save({ fixVersions })} />
      </FieldRow>
      <FieldRow label="Affects versions" asValue={!canEdit}>
        <ChoiceChips label="Affects version" chosen={issue.affectsVersions} options={versions} canEdit={canEdit}
          onChange={(affectsVersions) => editor.save({ affectsVersions })} />
      </FieldRow>
      <FieldRow label="Story points" asValue={!canEdit}>
        <CommitField label="Story points" type="number" placeholder="None" value={issue.storyPoints?.toString() ?? ''} canEdit={canEdit}
          parse={parseStoryPoints} onSave={(storyPoints) => editor.save({ storyPoints })} />
      </FieldRow>
      <TimeTrackingFields issue={issue} canEdit={canEdit} editor={editor} />
      <FieldRow label="Due date" asValue={!canEdit}>
        <CommitField label="Due date" type="date" value={issue.dueDate ?? ''} canEdit={canEdit}
          parse={parseDueDate} onSave={(dueDate) => editor.save({ dueDate })} />
      </FieldRow>
      <FieldRow label="Reporter" asValue>
        <PersonCell user={issue.reporter} nobody="Nobody" />
      </FieldRow>
      {(issue.parentKey || canEdit) && (
        <FieldRow label="Parent" asValue={!canEdit}>
          {canEdit && (
            <CommitField label="Parent" value={issue.parentKey ?? ''} canEdit placeholder="Add parent"
              parse={parseParentKey} onSave={(parent) => editor.save({ parent })}
              suggestions={(id, typed) => <IssueKeySuggestions id={id} projectKey={issue.projectKey} typed={typed} except={issue.key} />} />
          )}
          {issue.parentKey && <Parent parentKey={issue.parentKey} />}
        </FieldRow>
      )}
    </dl>
  )
}

function Parent({ parentKey }: { parentKey: string }) {
  const parent = useIssue(parentKey)
  return (
    <IssueKeyLink issueKey={parentKey} className="parent-field">
      <span className="mono parent-key">{parentKey}</span> <span className="related-summary" title={parent.data?.summary}>{parent.data?.summary}</span>
    </IssueKeyLink>
  )
}

/** Why the Status list offers nothing else: the workflow has no transition out of this status, which an admin can add. */
function DeadEndNote({ id, status, projectKey, admin }: { id: string; status: string; projectKey: string; admin: boolean }) {
  const where = 'Project settings → Workflow'
  return (
    <p id={id} className="muted small">
      No transition leads out of {status} ({admin ? <Link to={`/projects/${projectKey}/settings/workflow`}>{where}</Link> : where})
    </p>
  )
}
