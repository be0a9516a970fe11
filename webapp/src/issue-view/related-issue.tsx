import type { ReactNode } from 'react'
import type { StatusCategory } from '../api/projects'
import { StatusDot } from '../ui/issue-glyphs'
import { IssueKeyLink } from './panel-links'

interface Props {
  issueKey: string
  summary: string
  status: string
  /** Missing where the server does not say (links). */
  statusCategory?: StatusCategory
  action?: ReactNode
}

/** One line for another issue in the panel: key (opens it), summary, status. */
export function RelatedIssue({ issueKey, summary, status, statusCategory, action }: Props) {
  return (
    <li className="related-issue">
      <IssueKeyLink issueKey={issueKey} />
      <span className="related-summary" title={summary}>
        {summary}
      </span>
      <span className="status-cell related-status">
        {statusCategory && <StatusDot category={statusCategory} />}
        {status}
      </span>
      {action}
    </li>
  )
}
