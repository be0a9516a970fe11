import { useDndContext, useDroppable } from '@dnd-kit/core'
import { memo } from 'react'
import type { BoardLanes, Lane } from '../api/board-lanes'
import type { IssueColumn } from '../api/issues'
import type { Status } from '../api/projects'
import { DraggableCard } from './board-column'
import { wipClass } from './board-state'
import { ColumnHeading } from './column-heading'
import { VirtualCards } from './virtual-cards'
import { plural } from '../app/words'
import { SideScroll } from '../ui/side-scroll'

interface CardActions {
  onOpen: (key: string) => void
  onPrefetch: (key: string) => void
}

interface Props extends CardActions {
  statuses: Status[]
  board: BoardLanes | undefined
  /** Whether quick filters or text narrow the board (the WIP counts ignore them). */
  filtered: boolean
  /** Given (to project admins): the headers can set the columns' WIP limits. */
  limitsOf?: string
  readOnly: boolean
  /** The card `j`/`k` selected. */
  selected: string | undefined
  /** While a card is dragged: the statuses the workflow lets it move to, its own included. */
  reachable: Set<string> | undefined
  collapsed: ReadonlySet<string>
  onToggle: (laneId: string) => void
  /** Asks a cell for more cards; missing for a cell that shows as many as one request may return. */
  showMore: (laneId: string, status: string) => (() => void) | undefined
}

/**
 * The project board in swimlanes: a grid of the workflow's columns (their headers with WIP limits on top) and one row
 * of cells per lane, each cell windowed with its own "Show more". A lane's name folds it away.
 */
export function BoardLanesView({ statuses, board, filtered, limitsOf, readOnly, selected, reachable, collapsed, onToggle, showMore, ...actions }: Props) {
  const columns = new Map((board?.columns ?? []).map((column) => [column.status, column]))
  // A column over or under its limits is highlighted from its header down through every lane.
  const wip = new Map(statuses.map((status) => [status.name, wipClass(status, columns.get(status.name)?.unfiltered)]))
  return (
    <SideScroll className="board lane-board" style={{ gridTemplateColumns: `repeat(${statuses.length}, minmax(220px, 1fr))` }}>
      {statuses.map((status) => {
        const column = columns.get(status.name)
        return (
          <div key={status.id} role="columnheader" className={`lane-board-heading${wip.get(status.name)}`} aria-label={status.name}>
            <ColumnHeading status={status} total={column?.total} unfiltered={column?.unfiltered} exact filtered={filtered} projectKey={limitsOf} />
          </div>
        )
      })}
      {board && board.lanes.length === 0 && !filtered && (
        <p className="empty" style={{ gridColumn: '1 / -1' }}>No issues yet.</p>
      )}
      {board?.lanes.map((lane) => (
        <LaneRow
          key={lane.id}
          lane={lane}
          statuses={statuses}
          wip={wip}
          open={!collapsed.has(lane.id)}
          onToggle={onToggle}
          readOnly={readOnly}
          selected={selected}
          reachable={reachable}
          showMore={showMore}
          {...actions}
        />
      ))}
    </SideScroll>
  )
}

interface RowProps extends CardActions {
  lane: Lane
  statuses: Status[]
  wip: Map<string, string>
  open: boolean
  onToggle: (laneId: string) => void
  readOnly: boolean
  selected: string | undefined
  reachable: Set<string> | undefined
  showMore: Props['showMore']
}

function LaneRow({ lane, statuses, wip, open, onToggle, readOnly, selected, reachable, showMore, ...actions }: RowProps) {
  const cells = new Map(lane.cells.map((cell) => [cell.status, cell]))
  return (
    <>
      <h3 className="lane-name" style={{ gridColumn: '1 / -1' }}>
        <button type="button" className="link-button lane-toggle" aria-expanded={open} onClick={() => onToggle(lane.id)}>
          <span aria-hidden="true">{open ? '▾' : '▸'}</span> {lane.name}
        </button>{' '}
        <span className="muted small">{plural(lane.total, 'issue')}</span>
      </h3>
      {open &&
        statuses.map((status) => {
          const cell = cells.get(status.name)
          return (
            <LaneCell
              key={status.id}
              laneId={lane.id}
              laneName={lane.name}
              status={status.name}
              cell={cell}
              wip={wip.get(status.name) ?? ''}
              readOnly={readOnly}
              selected={cell?.items.some((issue) => issue.key === selected) ? selected : undefined}
              reachable={reachable ? reachable.has(status.name) : undefined}
              onShowMore={showMore(lane.id, status.name)}
              {...actions}
            />
          )
        })}
    </>
  )
}

interface CellProps extends CardActions {
  laneId: string
  laneName: string
  status: string
  cell: IssueColumn | undefined
  /** The column's WIP class (` wip-over`, ` wip-under`, ` wip-ok` or none). */
  wip: string
  readOnly: boolean
  selected: string | undefined
  reachable: boolean | undefined
  onShowMore: (() => void) | undefined
}

/** One lane's cards of one status; a drop on it moves the card to that status and lane (its assignee or epic). */
const LaneCell = memo(function LaneCell({ laneId, laneName, status, cell, wip, readOnly, selected, reachable, onShowMore, ...actions }: CellProps) {
  const { setNodeRef } = useDroppable({ id: `${laneId}/${status}`, data: { status, lane: laneId } })
  const over = useDndContext().over?.data.current
  const isOver = over?.status === status && over?.lane === laneId
  const hint = reachable === undefined ? '' : reachable ? ' column-reachable' : ' column-unreachable'
  const items = cell?.items ?? []
  const more = (cell?.total ?? 0) - items.length
  return (
    <section ref={setNodeRef} aria-label={`${laneName}: ${status}`} className={`planned-cell lane-cell${wip}${isOver ? ' column-over' : ''}${hint}`}>
      <VirtualCards
        className="planned-cards"
        cards={items}
        selected={selected}
        render={(issue) => (
          <DraggableCard key={issue.key} issue={issue} lane={laneId} disabled={readOnly} selected={issue.key === selected} {...actions} />
        )}
      >
        {more > 0 && onShowMore && (
          <button type="button" className="button button-ghost column-more" onClick={onShowMore}>
            Show more ({more})
          </button>
        )}
        {more > 0 && !onShowMore && <p className="muted small column-more">{more} more: use the issue list to find them.</p>}
      </VirtualCards>
    </section>
  )
})
