import type { IssueSummary } from '../api/issues'
import { Avatar } from './avatar'
import { PriorityIcon, StatusDot } from './issue-glyphs'

/** Table cells an issue row shows the same way in every list. */
export function StatusCell({ issue }: { issue: IssueSummary }) {
  return (
    <span className="status-cell">
      <StatusDot category={issue.statusCategory} />
      {issue.status}
    </span>
  )
}

export function PriorityCell({ issue }: { issue: IssueSummary }) {
  return (
    <span className="status-cell">
      <PriorityIcon priority={issue.priority} />
      {issue.priority}
    </span>
  )
}

export function AssigneeCell({ issue }: { issue: IssueSummary }) {
  return (
    <span className="status-cell">
      <Avatar user={issue.assignee} size={18} />
      {issue.assignee?.displayName ?? <span className="muted">Unassigned</span>}
    </span>
  )
}
