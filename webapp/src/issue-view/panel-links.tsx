import { createContext, useContext, type ReactNode } from 'react'
import { Link, type Location } from 'react-router'
import type { PanelState } from '../app/app-routes'

/** The page the open issue panel is drawn over, so an issue opened from inside the panel stays over the same page. */
export const PanelBackground = createContext<Partial<Location> | undefined>(undefined)

/** A link to an issue, its key unless `children` say more. */
export function IssueKeyLink({ issueKey, className = 'mono', children }: { issueKey: string; className?: string; children?: ReactNode }) {
  const background = useContext(PanelBackground)
  const state: PanelState | undefined = background ? { background: background as Location } : undefined
  return (
    <Link to={`/issues/${issueKey}`} state={state} className={`issue-key-link ${className}`}>
      {children ?? issueKey}
    </Link>
  )
}
