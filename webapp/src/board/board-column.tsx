import { useDraggable, useDroppable } from '@dnd-kit/core'
import { Link, useLocation } from 'react-router'
import type { IssuePage, IssueSummary } from '../api/issues'
import type { Status } from '../api/projects'
import { StatusDot } from '../ui/issue-glyphs'
import { IssueCard } from './issue-card'

interface Props {
  status: Status
  page: IssuePage | undefined
  loading: boolean
  /** While a card is dragged: whether the workflow lets it move here. */
  reachable: boolean | undefined
  /** Missing once the column shows as many cards as one request may return. */
  onShowMore?: () => void
  /** Viewers can look but not move. */
  readOnly: boolean
  /** The card `j`/`k` selected, if it is in this column. */
  selected: string | undefined
}

export function BoardColumn({ status, page, loading, reachable, onShowMore, readOnly, selected }: Props) {
  const { setNodeRef, isOver } = useDroppable({ id: status.name, data: { status: status.name } })
  const hint = reachable === undefined ? '' : reachable ? ' column-reachable' : ' column-unreachable'
  return (
    <section ref={setNodeRef} className={`column${isOver ? ' column-over' : ''}${hint}`} aria-label={status.name}>
      <header className="column-header">
        <StatusDot category={status.category} />
        <h2>{status.name}</h2>
        <span className="column-count">{page?.total ?? ''}</span>
      </header>
      <div className="column-cards">
        {loading && !page && <div className="card card-skeleton" aria-hidden="true" />}
        {page?.items.map((issue) => <DraggableCard key={issue.key} issue={issue} disabled={readOnly} selected={issue.key === selected} />)}
        {page && page.items.length < page.total && onShowMore && (
          <button type="button" className="button button-ghost column-more" onClick={onShowMore}>
            Show more ({page.total - page.items.length})
          </button>
        )}
        {page && page.items.length < page.total && !onShowMore && (
          <p className="muted small column-more">
            {page.total - page.items.length} more: use the issue list to find them.
          </p>
        )}
      </div>
    </section>
  )
}

function DraggableCard({ issue, disabled, selected }: { issue: IssueSummary; disabled: boolean; selected: boolean }) {
  const location = useLocation()
  const { setNodeRef, attributes, listeners, isDragging } = useDraggable({ id: issue.key, data: { issue }, disabled })
  // The card stays a link (Enter opens it); dnd-kit's keyboard drag starts with Space.
  const { role: _role, 'aria-roledescription': _description, ...dragAttributes } = attributes
  return (
    <Link
      ref={setNodeRef}
      to={`/issues/${issue.key}`}
      state={{ background: location }}
      className={`card-link${isDragging ? ' card-placeholder' : ''}${selected ? ' selected' : ''}`}
      data-nav-key={issue.key}
      {...dragAttributes}
      {...listeners}
      aria-label={`${issue.key} ${issue.summary}`}
    >
      <IssueCard issue={issue} />
    </Link>
  )
}
