import type { TimeTracking } from '../api/issues'
import type { UserRef } from '../api/users'
import { Avatar } from '../ui/avatar'
import { PriorityIcon, TypeIcon } from '../ui/issue-glyphs'
import { estimateOf } from '../issue-view/work-duration'
import { EstimateBadge } from './estimate-badge'

/** What a card shows, as both the workflow board's issues and a configured board's cards carry it. */
export interface CardFields {
  key: string
  summary: string
  type: string
  priority: string | null
  assignee: UserRef | null
  storyPoints: number | null
  epicKey?: string | null
  epicSummary?: string | null
  labels?: string[]
  /** The workflow board's issues carry their time tracking; a configured board's cards, the estimate worked out. */
  timeTracking?: TimeTracking
  estimateSeconds?: number | null
}

/** One card for every board; dragging and opening are the column's business. */
export function IssueCard({ issue, lifted = false }: { issue: CardFields; lifted?: boolean }) {
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
        {issue.storyPoints !== null && (
          <span className="points-pill" title={`Story points: ${issue.storyPoints}`}>
            <span className="visually-hidden">Story points </span>
            {issue.storyPoints}
          </span>
        )}
        {issue.epicKey && (
          <span className="epic-chip" title={`Epic: ${issue.epicKey} ${issue.epicSummary ?? ''}`}>
            {issue.epicSummary ?? issue.epicKey}
          </span>
        )}
        {issue.labels?.slice(0, 2).map((label) => (
          <span key={label} className="label-chip">
            {label}
          </span>
        ))}
        <EstimateBadge seconds={issue.estimateSeconds ?? estimateOf(issue.timeTracking)} />
      </div>
    </div>
  )
}
