import { lazy, Suspense, useState } from 'react'
import type { Status } from '../api/projects'
import { columnCountLabel, wipState } from '../planned-board/wip'
import { wipLimits } from './board-state'

// Only project admins open it, and rarely: not part of the board's first script.
const WipLimitsForm = lazy(() => import('../project-settings/wip-limits-form').then((m) => ({ default: m.WipLimitsForm })))
import { StatusDot } from '../ui/issue-glyphs'

interface Props {
  status: Status
  /** The cards under the board's filters (a lower bound while `exact` is false); missing until loaded. */
  total: number | undefined
  /** Every issue in the status, the filters ignored: what the WIP limits count, as in Jira. */
  unfiltered: number | undefined
  exact: boolean
  /** Whether quick filters or text narrow the board. */
  filtered: boolean
  /** Given (to project admins): the header can set the column's WIP limits. */
  projectKey?: string
}

/**
 * A project board column's name and count. With WIP limits it shows every issue in the column against them (quick
 * filters ignored, as Jira counts); filtered, the matching cards come first: "3 of 12 (max 10)".
 */
export function ColumnHeading({ status, total, unfiltered, exact, filtered, projectKey }: Props) {
  const [editing, setEditing] = useState(false)
  const limits = wipLimits(status)
  const limited = limits.min !== null || limits.max !== null
  const shown = total === undefined ? '' : `${total}${exact ? '' : '+'}`
  let count = shown
  let title = exact ? undefined : 'Matching cards loaded so far'
  if (limited && unfiltered !== undefined) {
    count = columnCountLabel(shown, { count: unfiltered, ...limits }, filtered)
    const state = wipState({ count: unfiltered, ...limits })
    title = `${state === 'over' ? 'Over the maximum. ' : state === 'under' ? 'Under the minimum. ' : ''}WIP limits count every issue in the column; quick filters are ignored.`
  }
  return (
    <>
      <header className="column-header">
        <StatusDot category={status.category} />
        <h2>{status.name}</h2>
        <span className={`column-count${exact ? '' : ' muted'}`} title={title}>
          {count}
        </span>
        {projectKey && (
          <button type="button" className="icon-button column-limits" aria-label={`Set WIP limits of ${status.name}`} aria-expanded={editing}
            title="WIP limits" onClick={() => setEditing(!editing)}>
            ⋯
          </button>
        )}
      </header>
      {projectKey && editing && (
        <div className="column-limits-form">
          <Suspense fallback={null}>
            <WipLimitsForm projectKey={projectKey} status={status} onDone={() => setEditing(false)} />
          </Suspense>
        </div>
      )}
    </>
  )
}
