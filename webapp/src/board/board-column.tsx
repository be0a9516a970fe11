import { useDndContext, useDroppable } from '@dnd-kit/core'
import { memo } from 'react'
import type { IssueSummary } from '../api/issues'
import type { Status } from '../api/projects'
import { CardLink } from './card-link'
import { wipClass } from './board-state'
import { ColumnHeading } from './column-heading'
import { IssueCard } from './issue-card'
import { VirtualCards } from './virtual-cards'

interface Props {
  status: Status
  page: { total: number; unfiltered?: number; items: IssueSummary[] } | undefined
  /** Whether quick filters or text narrow the board (the WIP count ignores them). */
  filtered: boolean
  /** Given (to project admins): the header can set the column's WIP limits. */
  limitsOf?: string
  /** False while the count is only of the loaded cards matching a filter the server has not answered yet. */
  exact: boolean
  loading: boolean
  /** While a card is dragged: whether the workflow lets it move here. */
  reachable: boolean | undefined
  /** Asks for more cards of the column; missing once it shows as many cards as one request may return. */
  onShowMore?: (status: string) => void
  /** Viewers can look but not move. */
  readOnly: boolean
  /** The card `j`/`k` selected, if it is in this column. */
  selected: string | undefined
  /** Opens an issue's panel over the board. */
  onOpen: (key: string) => void
  /** A card pointed at or focused: its panel's data can start loading. */
  onPrefetch: (key: string) => void
}

/**
 * Drawn again only when its own props change: a card selected (by a click too, as an issue is opened) or moved draws
 * the columns it leaves and enters, not the whole board.
 */
export const BoardColumn = memo(function BoardColumn({ status, page, filtered, limitsOf, exact, loading, reachable, onShowMore, readOnly, selected, onOpen, onPrefetch }: Props) {
  const { setNodeRef } = useDroppable({ id: status.name, data: { status: status.name } })
  const isOver = useDndContext().over?.data.current?.status === status.name
  const hint = reachable === undefined ? '' : reachable ? ' column-reachable' : ' column-unreachable'
  const unfiltered = page ? (page.unfiltered ?? page.total) : undefined
  return (
    <section ref={setNodeRef} className={`column${isOver ? ' column-over' : ''}${hint}${wipClass(status, unfiltered)}`} aria-label={status.name}>
      <ColumnHeading status={status} total={page?.total} unfiltered={unfiltered} exact={exact} filtered={filtered} projectKey={limitsOf} />
      {!page && <div className="column-cards">{loading && <div className="card card-skeleton" aria-hidden="true" />}</div>}
      {page && (
        <VirtualCards
          className="column-cards"
          cards={page.items}
          selected={selected}
          render={(issue) => (
            <DraggableCard key={issue.key} issue={issue} disabled={readOnly} selected={issue.key === selected} onOpen={onOpen} onPrefetch={onPrefetch} />
          )}
        >
          {exact && page.items.length < page.total && onShowMore && (
            <button type="button" className="button button-ghost column-more" onClick={() => onShowMore(status.name)}>
              Show more ({page.total - page.items.length})
            </button>
          )}
          {exact && page.items.length < page.total && !onShowMore && (
            <p className="muted small column-more">{page.total - page.items.length} more: use the issue list to find them.</p>
          )}
        </VirtualCards>
      )}
    </section>
  )
})

interface CardProps {
  issue: IssueSummary
  disabled: boolean
  selected: boolean
  onOpen: (key: string) => void
  onPrefetch: (key: string) => void
  lane?: string
}

/**
 * Drawn again only when its own props change: a board of hundreds of cards stays still while one moves or opens. A card
 * dropped on it goes before or after it (a rank), or to its status (a move); `lane` names the swimlane it is in.
 */
export const DraggableCard = memo(function DraggableCard({ issue, disabled, selected, onOpen, onPrefetch, lane }: CardProps) {
  return (
    <CardLink issueKey={issue.key} data={{ issue, lane }} dropData={disabled ? undefined : { status: issue.status, overKey: issue.key, lane }}
      disabled={disabled} selected={selected} onOpen={onOpen} onPrefetch={onPrefetch} label={`${issue.key} ${issue.summary}`}>
      <IssueCard issue={issue} />
    </CardLink>
  )
})
