import type { IssueSummary } from '../api/issues'
import type { Member, Scheme } from '../api/projects'
import { reachableStatuses } from '../board/board-state'
import { assignable } from '../projects/use-projects'
import { Labels } from '../issue-view/field-editors'
import { Avatar } from '../ui/avatar'
import { PriorityIcon, StatusDot } from '../ui/issue-glyphs'
import type { RowChange } from './inline-edit'

const UNASSIGNED = '\u0000unassigned'

interface Props {
  issue: IssueSummary
  scheme: Scheme
  members: Member[] | undefined
  onChange: (issue: IssueSummary, change: RowChange) => void
}

/** The status as a menu of the statuses the workflow lets the issue move to. */
export function StatusEdit({ issue, scheme, onChange }: Props) {
  const reachable = reachableStatuses(scheme.workflow, issue.status)
  const options = scheme.workflow.statuses.filter((status) => status.name === issue.status || reachable.has(status.name))
  return (
    <span className="status-cell inline-edit">
      <StatusDot category={issue.statusCategory} />
      <select
        aria-label={`Status of ${issue.key}`}
        value={issue.status}
        onChange={(event) => onChange(issue, { field: 'status', status: event.target.value })}
      >
        {!options.some((status) => status.name === issue.status) && <option>{issue.status}</option>}
        {options.map((status) => (
          <option key={status.id}>{status.name}</option>
        ))}
      </select>
    </span>
  )
}

export function PriorityEdit({ issue, scheme, onChange }: Props) {
  return (
    <span className="status-cell inline-edit">
      <PriorityIcon priority={issue.priority} />
      <select
        aria-label={`Priority of ${issue.key}`}
        value={issue.priority ?? ''}
        onChange={(event) => onChange(issue, { field: 'priority', priority: event.target.value })}
      >
        {!issue.priority && <option value="">None</option>}
        {scheme.priorities.map((priority) => (
          <option key={priority.id}>{priority.name}</option>
        ))}
      </select>
    </span>
  )
}

export function AssigneeEdit({ issue, members, onChange }: Props) {
  const assignees = assignable(members)
  const current = issue.assignee?.email ?? UNASSIGNED
  return (
    <span className="status-cell inline-edit">
      <Avatar user={issue.assignee} size={18} />
      <select
        aria-label={`Assignee of ${issue.key}`}
        value={current}
        onChange={(event) => onChange(issue, { field: 'assignee', email: event.target.value === UNASSIGNED ? null : event.target.value })}
      >
        <option value={UNASSIGNED}>Unassigned</option>
        {issue.assignee && !assignees.some((member) => member.user.email === issue.assignee?.email) && (
          <option value={issue.assignee.email}>{issue.assignee.displayName}</option>
        )}
        {assignees.map((member) => (
          <option key={member.user.id} value={member.user.email}>
            {member.user.displayName}
          </option>
        ))}
      </select>
    </span>
  )
}

/** The labels as chips, each removable, and a "+" that opens a field to add one. */
export function LabelsEdit({ issue, onChange }: Pick<Props, 'issue' | 'onChange'>) {
  return (
    <Labels labels={issue.labels} canEdit folded what={`label of ${issue.key}`} onChange={(labels) => onChange(issue, { field: 'labels', labels })} />
  )
}
