import { Link } from 'react-router'
import type { BoardConfig, BrokenQuickFilter } from '../api/planning'

interface Props {
  board: BoardConfig
  /** The ids turned on. */
  chosen: number[]
  toggle: (id: number) => void
  /** Those turned on whose JQL no longer runs: the board shows its cards without them. */
  broken: BrokenQuickFilter[]
  settings: string
  canEdit: boolean
}

/**
 * The board's quick filters, on a row of their own under the header, apart from the board's actions. One whose query
 * went stale (a version it names was deleted) is marked, and said in words with the way to fix it, as Jira does.
 */
export function QuickFilterBar({ board, chosen, toggle, broken, settings, canEdit }: Props) {
  if (!board.quickFilters.length) return null
  const brokenById = new Map(broken.map((b) => [b.id, b]))
  return (
    <>
      <div className="quick-filter-bar" role="group" aria-label="Quick filters">
        <span className="muted small">Quick filters</span>
        {board.quickFilters.map((filter) => {
          const stale = brokenById.get(filter.id)
          return (
            <button
              key={filter.id}
              type="button"
              className={`button button-toggle${chosen.includes(filter.id) ? ' on' : ''}${stale ? ' broken' : ''}`}
              aria-pressed={chosen.includes(filter.id)}
              title={stale ? `No longer works: ${stale.problem}` : filter.description ? `${filter.description}\n${filter.jql}` : filter.jql}
              onClick={() => toggle(filter.id)}
            >
              {stale && <span aria-hidden="true">⚠ </span>}
              {filter.name}
            </button>
          )
        })}
      </div>
      {broken.map((b) => (
        <p key={b.id} className="error-text board-note" role="alert">
          Quick filter “{b.name}” no longer works: {b.problem}. The board shows its cards without it.{' '}
          {canEdit ? (
            <Link className="text-link" to={settings}>
              Edit it in Board settings
            </Link>
          ) : (
            <>
              An admin of {board.projectKey} can fix it in{' '}
              <Link className="text-link" to={settings}>
                Board settings
              </Link>
              .
            </>
          )}
        </p>
      ))}
    </>
  )
}
