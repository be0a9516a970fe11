import { DndContext, DragOverlay, useDroppable, type DragEndEvent, type DragStartEvent } from '@dnd-kit/core'
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { memo, useCallback, useMemo, useState } from 'react'
import { Link, useParams } from 'react-router'
import { issuesApi, type IssueChanges } from '../api/issues'
import { planningApi, type BoardIssues, type Card, type ColumnView } from '../api/planning'
import { queryKeys } from '../app/query-keys'
import { useListNavigation } from '../app/use-list-navigation'
import { useToast } from '../app/use-toast'
import { BoardPicker } from '../backlog/board-picker'
import { MissingBoard, NoBoard } from '../backlog/no-board'
import { planningKeys, useBoards } from '../backlog/use-planning'
import { CARD_KEYS, EDGE_AUTO_SCROLL, useDragSensors } from '../board/drag-sensors'
import { CardLink } from '../board/card-link'
import { IssueCard } from '../board/issue-card'
import { useOpenIssuePanel } from '../board/use-open-issue-panel'
import { VirtualCards } from '../board/virtual-cards'
import { SideScroll } from '../ui/side-scroll'
import { pointAtIssue } from '../issue-view/issue-cache'
import { useScheme } from '../projects/use-projects'
import { moveRefusal } from '../board/move-refusal'
import { ActiveSprint } from './active-sprint'
import { UnmappedNote } from './unmapped-note'
import { QuickFilterBar } from './quick-filter-bar'
import { useChosenQuickFilters } from './use-chosen-quick-filters'
import { sprintTitle } from './sprint-title'
import { laneChangeOf, moveCard, type CardDrop } from './card-move'
import { columnCountLabel, columnCountTitle, targetStatus, withHidden } from './wip'
import { WatchProjectButton } from '../projects/watch-project-button'

interface Move {
  card: Card
  drop: CardDrop
  /** What joining another swimlane changes. */
  change?: IssueChanges
}

/**
 * A configured board: its columns (each showing some statuses, or none) with WIP limits, its swimlanes and quick filters.
 * A scrum board shows its active sprint. Dragging a card to a column moves it to that column's first status.
 */
export function PlannedBoardPage() {
  const { projectKey = '' } = useParams()
  const { boards, board, loading, none, missing, choose } = useBoards(projectKey)
  const { chosen: quick, toggle } = useChosenQuickFilters(board)
  const issues = useQuery({
    queryKey: planningKeys.boardIssues(board?.id ?? 0, quick),
    queryFn: () => planningApi.boardIssues(board!.id, quick),
    enabled: !!board,
  })
  const client = useQueryClient()
  const toast = useToast()
  const scheme = useScheme(projectKey)
  const readOnly = scheme.data?.project.callerRole === 'viewer'
  const canEdit = scheme.data?.project.callerRole === 'admin'
  const settings = `/projects/${projectKey}/boards/${board?.id}/settings`
  const boardQuery = planningKeys.boardIssues(board?.id ?? 0, quick)
  // A card moves at once; a refusal puts it back and says why.
  const move = useMutation({
    mutationFn: async ({ card, drop, change }: Move) => {
      if (drop.status !== undefined) await issuesApi.transition(card.key, undefined, drop.status)
      if (change) await issuesApi.update(card.key, undefined, change)
    },
    onMutate: async ({ card, drop }: Move) => {
      await client.cancelQueries({ queryKey: boardQuery })
      const before = client.getQueryData<BoardIssues>(boardQuery)
      if (before) client.setQueryData(boardQuery, moveCard(before, card.key, drop))
      return { before }
    },
    onError: (error, { card, drop }, context) => {
      if (context?.before) client.setQueryData(boardQuery, context.before)
      toast.error(moveRefusal(card.key, card.status, drop.status, error))
    },
    onSettled: () => client.invalidateQueries({ queryKey: queryKeys.issues }),
  })
  const openIssue = useOpenIssuePanel()
  const prefetch = useCallback((key: string) => pointAtIssue(client, key), [client])
  const sensors = useDragSensors(CARD_KEYS)
  const [dragged, setDragged] = useState<Card | null>(null)
  const onDragStart = (event: DragStartEvent) => setDragged((event.active.data.current?.card as Card) ?? null)
  const onDragEnd = (event: DragEndEvent) => {
    setDragged(null)
    const card = event.active.data.current?.card as Card | undefined
    const over = event.over?.data.current as { column: ColumnView; lane: string } | undefined
    // A column with no statuses (they all left the workflow) takes no card: no status would put it there.
    if (!card || !over || !data || !board || !over.column.statuses.length) return
    const to = data.columns.findIndex((candidate) => candidate.name === over.column.name)
    const status = targetStatus(over.column, card.status)
    // Into another swimlane: the card takes its assignee, epic or priority, as in Jira.
    const lane = over.lane !== event.active.data.current?.lane ? over.lane : undefined
    const change = lane === undefined ? undefined : laneChangeOf(board.swimlanes, lane)
    if (to >= 0 && (status !== undefined || change)) move.mutate({ card, drop: { to, status, lane: change && lane }, change })
  }
  const data = issues.data
  // Lane by lane, and within a lane column by column, top to bottom, as the cards are read.
  const cardKeys = useMemo(() => data?.lanes.flatMap((lane) => lane.columns.flatMap((cards) => cards.map((c) => c.key))) ?? [], [data])
  const selected = useListNavigation(cardKeys, openIssue, !dragged)
  return (
    <div className="page">
      <header className="page-header">
        <h1>
          {board ? board.name : (scheme.data?.project.name ?? projectKey)}{' '}
          <span className="muted">
            {!board ? 'Boards' : data?.sprint ? `· ${sprintTitle(board.name, data.sprint.name)}` : `${board.kind === 'scrum' ? 'Scrum' : 'Kanban'} board`}
          </span>
        </h1>
        <div className="toolbar">
          <BoardPicker projectKey={projectKey} boards={boards} board={board} loading={loading} choose={choose} />
          {projectKey && <WatchProjectButton projectKey={projectKey} />}
          {board && (
            <Link className="button" to={settings}>
              Board settings
            </Link>
          )}
        </div>
      </header>
      {board && (
        <QuickFilterBar board={board} chosen={quick} toggle={toggle} broken={data?.brokenQuickFilters ?? []} settings={settings} canEdit={canEdit} />
      )}
      {data?.sprint && <ActiveSprint sprint={data.sprint} canPlan={!readOnly} />}
      {issues.error && <p className="error-text board-note">{issues.error.message}</p>}
      <MissingBoard projectKey={projectKey} id={missing} shown={board} />
      {none && <NoBoard projectKey={projectKey} choose={choose} />}
      {!!board?.hideDoneAfterDays && (
        <p className="muted small board-note">
          Done issues resolved more than {board.hideDoneAfterDays === 1 ? 'a day' : `${board.hideDoneAfterDays} days`} ago are hidden ·{' '}
          <Link to={settings}>Change in board settings</Link>
        </p>
      )}
      {data && board && <UnmappedNote unmapped={data.unmapped} settings={settings} />}
      {data && board?.kind === 'scrum' && !data.sprint && (
        <p className="empty">
          No active sprint. <Link to={`/projects/${projectKey}/backlog?board=${board.id}`}>Plan and start one in the backlog.</Link>
        </p>
      )}
      {data && (
        <DndContext sensors={sensors} autoScroll={EDGE_AUTO_SCROLL} onDragStart={onDragStart} onDragEnd={onDragEnd} onDragCancel={() => setDragged(null)}>
          <SideScroll className="planned-board" style={{ gridTemplateColumns: `repeat(${data.columns.length}, minmax(220px, 1fr))` }}>
            {data.columns.map((column) => (
              <div key={column.name} className={`column-header wip-${column.state}`} role="columnheader">
                <h2>{column.name}</h2>
                {column.statuses.length === 0 && (
                  <span className="muted small" title="Its statuses left the workflow: nothing can be moved here. Add a status to it in Board settings, or remove it.">
                    No statuses
                  </span>
                )}
                <span className="column-count" title={columnCountTitle(column)}>
                  {withHidden(columnCountLabel(String(column.shown), column, quick.length > 0), column.hidden)}
                </span>
              </div>
            ))}
            {data.lanes.map((lane) => (
              <LaneRow
                key={lane.id}
                laneId={lane.id}
                name={board?.swimlanes === 'none' ? undefined : lane.name}
                columns={data.columns}
                cards={lane.columns}
                selected={selected}
                onOpen={openIssue}
                onPrefetch={prefetch}
                readOnly={readOnly}
              />
            ))}
          </SideScroll>
          <DragOverlay dropAnimation={null}>{dragged && <IssueCard issue={dragged} lifted />}</DragOverlay>
        </DndContext>
      )}
    </div>
  )
}

interface CardActions {
  /** The card `j`/`k` selected, if any. */
  selected: string | undefined
  onOpen: (key: string) => void
  onPrefetch: (key: string) => void
  /** Viewers can look but not move. */
  readOnly: boolean
}

function LaneRow({ laneId, name, columns, cards, ...actions }: { laneId: string; name?: string; columns: ColumnView[]; cards: Card[][] } & CardActions) {
  return (
    <>
      {name && <h3 className="lane-name" style={{ gridColumn: `1 / span ${columns.length}` }}>{name}</h3>}
      {columns.map((column, index) => (
        <Cell key={column.name} laneId={laneId} column={column} cards={cards[index] ?? []} {...actions} />
      ))}
    </>
  )
}

function Cell({ laneId, column, cards, selected, onOpen, onPrefetch, readOnly }: { laneId: string; column: ColumnView; cards: Card[] } & CardActions) {
  const chosen = cards.some((card) => card.key === selected) ? selected : undefined
  const { setNodeRef, isOver } = useDroppable({ id: `${laneId}:${column.name}`, data: { column, lane: laneId } })
  return (
    <section ref={setNodeRef} aria-label={column.name} className={`planned-cell wip-${column.state}${isOver ? ' column-over' : ''}`}>
      <VirtualCards
        className="planned-cards"
        cards={cards}
        selected={chosen}
        render={(card) => <BoardCard key={card.key} card={card} lane={laneId} readOnly={readOnly} selected={card.key === chosen} onOpen={onOpen} onPrefetch={onPrefetch} />}
      />
    </section>
  )
}

/** Drawn again only when its own props change. */
const BoardCard = memo(function BoardCard({ card, lane, readOnly, selected, onOpen, onPrefetch }: { card: Card; lane: string; readOnly: boolean; selected: boolean } & Omit<CardActions, 'selected'>) {
  return (
    <CardLink issueKey={card.key} data={{ card, lane }} disabled={readOnly} selected={selected} onOpen={onOpen} onPrefetch={onPrefetch} label={`${card.key} ${card.summary}`}>
      <IssueCard issue={card} />
    </CardLink>
  )
})
