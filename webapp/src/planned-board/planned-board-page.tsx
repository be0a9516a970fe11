import { DndContext, DragOverlay, useDroppable, type DragEndEvent, type DragStartEvent } from '@dnd-kit/core'
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { memo, useCallback, useMemo, useState } from 'react'
import { Link, useParams } from 'react-router'
import { issuesApi } from '../api/issues'
import { planningApi, type BoardIssues, type Card, type ColumnView } from '../api/planning'
import { queryKeys } from '../app/query-keys'
import { useListNavigation } from '../app/use-list-navigation'
import { useToast } from '../app/use-toast'
import { BoardPicker } from '../backlog/board-picker'
import { planningKeys, useBoards } from '../backlog/use-planning'
import { Avatar } from '../ui/avatar'
import { PriorityIcon, TypeIcon } from '../ui/issue-glyphs'
import { CARD_KEYS, EDGE_AUTO_SCROLL, useDragSensors } from '../board/drag-sensors'
import { CardLink } from '../board/card-link'
import { useOpenIssuePanel } from '../board/use-open-issue-panel'
import { VirtualCards } from '../board/virtual-cards'
import { pointAtIssue } from '../issue-view/issue-cache'
import { moveRefusal } from '../board/move-refusal'
import { moveCard } from './card-move'
import { targetStatus, wipLabel } from './wip'

interface Move {
  card: Card
  /** The column's index. */
  to: number
  status: string
}

/**
 * A configured board: its columns (each one or more statuses) with WIP limits, its swimlanes and quick filters.
 * A scrum board shows its active sprint. Dragging a card to a column moves it to that column's first status.
 */
export function PlannedBoardPage() {
  const { projectKey = '' } = useParams()
  const { boards, board, loading, choose } = useBoards(projectKey)
  const [quick, setQuick] = useState<number[]>([])
  const issues = useQuery({
    queryKey: planningKeys.boardIssues(board?.id ?? 0, quick),
    queryFn: () => planningApi.boardIssues(board!.id, quick),
    enabled: !!board,
  })
  const client = useQueryClient()
  const toast = useToast()
  const boardQuery = planningKeys.boardIssues(board?.id ?? 0, quick)
  // A card moves at once; a refusal puts it back and says why.
  const move = useMutation({
    mutationFn: ({ card, status }: Move) => issuesApi.transition(card.key, undefined, status),
    onMutate: async ({ card, to, status }: Move) => {
      await client.cancelQueries({ queryKey: boardQuery })
      const before = client.getQueryData<BoardIssues>(boardQuery)
      if (before) client.setQueryData(boardQuery, moveCard(before, card.key, to, status))
      return { before }
    },
    onError: (error, { card, status }, context) => {
      if (context?.before) client.setQueryData(boardQuery, context.before)
      toast.error(moveRefusal(card.key, card.status, status, error))
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
    const column = event.over?.data.current?.column as ColumnView | undefined
    const status = card && column ? targetStatus(column, card.status) : undefined
    const to = column && data ? data.columns.findIndex((candidate) => candidate.name === column.name) : -1
    if (card && status && to >= 0) move.mutate({ card, to, status })
  }
  const data = issues.data
  // Lane by lane, and within a lane column by column, top to bottom, as the cards are read.
  const cardKeys = useMemo(() => data?.lanes.flatMap((lane) => lane.columns.flatMap((cards) => cards.map((c) => c.key))) ?? [], [data])
  const selected = useListNavigation(cardKeys, openIssue, !dragged)
  return (
    <div className="page">
      <header className="page-header">
        <h1>
          {board?.name ?? projectKey} <span className="muted">{data?.sprint ? data.sprint.name : 'Board'}</span>
        </h1>
        <div className="toolbar">
          <BoardPicker projectKey={projectKey} kind="kanban" boards={boards} board={board} loading={loading} choose={choose} />
          {board && (
            <Link className="button" to={`/projects/${projectKey}/boards/${board.id}/settings`}>
              Board settings
            </Link>
          )}
          {board?.quickFilters.map((filter, index) => (
            <button
              key={filter.name}
              type="button"
              className={`button button-toggle${quick.includes(index) ? ' on' : ''}`}
              aria-pressed={quick.includes(index)}
              title={filter.jql}
              onClick={() => setQuick(quick.includes(index) ? quick.filter((q) => q !== index) : [...quick, index])}
            >
              {filter.name}
            </button>
          ))}
        </div>
      </header>
      {issues.error && <p className="error-text">{issues.error.message}</p>}
      {data && board?.kind === 'scrum' && !data.sprint && (
        <p className="empty">
          No active sprint. <Link to={`/projects/${projectKey}/backlog?board=${board.id}`}>Plan and start one in the backlog.</Link>
        </p>
      )}
      {data && (
        <DndContext sensors={sensors} autoScroll={EDGE_AUTO_SCROLL} onDragStart={onDragStart} onDragEnd={onDragEnd} onDragCancel={() => setDragged(null)}>
          <div className="planned-board" style={{ gridTemplateColumns: `repeat(${data.columns.length}, minmax(200px, 1fr))` }}>
            {data.columns.map((column) => (
              <div key={column.name} className={`column-header wip-${column.state}`} role="columnheader">
                <h2>{column.name}</h2>
                <span className="column-count" title={column.state === 'ok' ? 'Within limits' : column.state === 'over' ? 'Over the maximum' : 'Under the minimum'}>
                  {wipLabel(column)}
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
              />
            ))}
          </div>
          <DragOverlay dropAnimation={null}>{dragged && <CardBody card={dragged} lifted />}</DragOverlay>
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

function Cell({ laneId, column, cards, selected, onOpen, onPrefetch }: { laneId: string; column: ColumnView; cards: Card[] } & CardActions) {
  const chosen = cards.some((card) => card.key === selected) ? selected : undefined
  const { setNodeRef, isOver } = useDroppable({ id: `${laneId}:${column.name}`, data: { column } })
  return (
    <section ref={setNodeRef} aria-label={column.name} className={`planned-cell wip-${column.state}${isOver ? ' column-over' : ''}`}>
      <VirtualCards
        className="planned-cards"
        cards={cards}
        selected={chosen}
        render={(card) => <BoardCard key={card.key} card={card} selected={card.key === chosen} onOpen={onOpen} onPrefetch={onPrefetch} />}
      />
    </section>
  )
}

/** Drawn again only when its own props change. */
const BoardCard = memo(function BoardCard({ card, selected, onOpen, onPrefetch }: { card: Card; selected: boolean } & Omit<CardActions, 'selected'>) {
  return (
    <CardLink issueKey={card.key} data={{ card }} disabled={false} selected={selected} onOpen={onOpen} onPrefetch={onPrefetch} label={`${card.key} ${card.summary}`}>
      <CardBody card={card} />
    </CardLink>
  )
})

function CardBody({ card, lifted = false }: { card: Card; lifted?: boolean }) {
  return (
    <div className={`card${lifted ? ' card-lifted' : ''}`}>
      <div className="card-top">
        <span className="card-key mono">{card.key}</span>
        <Avatar user={card.assignee} size={18} />
      </div>
      <div className="card-summary">{card.summary}</div>
      <div className="card-meta">
        <TypeIcon type={card.type} />
        <PriorityIcon priority={card.priority} />
        {card.epicKey && <span className="label-chip">{card.epicSummary}</span>}
        {card.storyPoints !== null && <span className="points">{card.storyPoints}</span>}
      </div>
    </div>
  )
}
