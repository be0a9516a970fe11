import type { IssueSummary } from '../api/issues'
import { Avatar } from '../ui/avatar'
import { PriorityIcon, TypeIcon } from '../ui/issue-glyphs'
import { estimateOf } from '../issue-view/work-duration'
import { EstimateBadge } from './estimate-badge'

/** What a card shows; dragging and opening are the column's business. */
export function IssueCard({ issue, lifted = false }: { issue: IssueSummary; lifted?: boolean }) {
  return (
    <div className={`card${lifted ? ' card-lifted' : ''}`}>
      <div className="card-top">
        <span className="card-key mono">{issue.key}</span>
        <Avatar user={issue.assignee} size={18} />
      </div>
      <div className="card-summary">{issue.summary}</div>
      <div className="card-meta">
        <TypeIcon type={issue.type} />
        <PriorityIcon priority={issue.priority} />
        {issue.labels.slice(0, 2).map((label) => (
          <span key={label} className="label-chip">
            {label}
          </span>
        ))}
        <EstimateBadge seconds={estimateOf(issue.timeTracking)} />
      </div>
    </div>
  )
}
