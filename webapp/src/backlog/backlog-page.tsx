import { DndContext, useDraggable, useDroppable, type DragEndEvent } from '@dnd-kit/core'
import { useQuery } from '@tanstack/react-query'
import { useState, type ReactNode } from 'react'
import { Link, useLocation, useParams } from 'react-router'
import { planningApi, type Card, type Sprint } from '../api/planning'
import { useDragSensors } from '../board/drag-sensors'
import { Avatar } from '../ui/avatar'
import { PriorityIcon, StatusDot, TypeIcon } from '../ui/issue-glyphs'
import { planDrop, type Section } from './plan-drop'
import { CompleteSprintDialog, StartSprintDialog } from './sprint-dialogs'
import { BoardPicker } from './board-picker'
import { planningKeys, useBoards, useDrop, useSprintAction } from './use-planning'

/**
 * The scrum backlog: open sprints above the ranked backlog. Drag a card onto another to rank it there, or into a
 * sprint (or back to the backlog) to plan it; the epic panel filters by epic.
 */
export function BacklogPage() {
  const { projectKey = '' } = useParams()
  const { boards, board, loading, choose } = useBoards(projectKey, 'scrum')
  const [epic, setEpic] = useState<string>()
  const backlog = useQuery({
    queryKey: planningKeys.backlog(board?.id ?? 0, epic),
    queryFn: () => planningApi.backlog(board!.id, epic),
    enabled: !!board,
  })
  const drop = useDrop(board?.id)
  const createSprint = useSprintAction((boardId: number) => planningApi.createSprint(boardId, {}))
  const start = useSprintAction(({ id, ...input }: { id: number; goal?: string; endDate: string }) => planningApi.start(id, input))
  const complete = useSprintAction(({ id, moveTo }: { id: number; moveTo: string }) => planningApi.complete(id, moveTo))
  const [starting, setStarting] = useState<Sprint>()
  const [completing, setCompleting] = useState<Sprint>()
  const sensors = useDragSensors()

  const view = backlog.data
  const sections: Section[] = view
    ? [...view.sprints.map((s) => ({ sprintId: s.sprint.id, keys: s.issues.map((c) => c.key) })), { sprintId: null, keys: view.backlog.map((c) => c.key) }]
    : []
  const onDragEnd = (event: DragEndEvent) => {
    const key = event.active.data.current?.key as string | undefined
    const over = event.over?.data.current as { sprintId: number | null; overKey?: string } | undefined
    if (!key || !over) return
    const moved = event.active.rect.current.translated
    const below = moved && event.over ? moved.top + moved.height / 2 > event.over.rect.top + event.over.rect.height / 2 : false
    const plan = planDrop(sections, key, { ...over, below })
    if (plan) drop.mutate(plan)
  }

  return (
    <div className="page">
      <header className="page-header">
        <h1>
          {projectKey} <span className="muted">Backlog</span>
        </h1>
        <div className="toolbar">
          <BoardPicker projectKey={projectKey} kind="scrum" boards={boards} board={board} loading={loading} choose={choose} />
          {board && (
            <button type="button" className="button" onClick={() => createSprint.mutate(board.id)} disabled={createSprint.isPending}>
              Create sprint
            </button>
          )}
        </div>
      </header>
      {backlog.error && <p className="error-text">{backlog.error.message}</p>}
      {view && (
        <div className="backlog-layout">
          <aside className="epic-panel" aria-label="Epics">
            <h2>Epics</h2>
            <button type="button" className={`epic-item${epic ? '' : ' on'}`} onClick={() => setEpic(undefined)}>
              All issues
            </button>
            {view.epics.map((e) => (
              <button key={e.key} type="button" className={`epic-item${epic === e.key ? ' on' : ''}`} onClick={() => setEpic(e.key)}>
                <span className="epic-name">{e.summary}</span>
                <span className="progress" aria-label={`${e.done} of ${e.issues} done`}>
                  <span className="progress-done" style={{ width: `${e.issues ? (100 * e.done) / e.issues : 0}%` }} />
                </span>
                <span className="muted small">
                  {e.done}/{e.issues} issues · {e.donePoints}/{e.points} points
                </span>
              </button>
            ))}
          </aside>
          <DndContext sensors={sensors} onDragEnd={onDragEnd}>
            <div className="backlog-lists">
              {view.sprints.map(({ sprint, issues, points }) => (
                <CardList
                  key={sprint.id}
                  sprintId={sprint.id}
                  title={sprint.name}
                  detail={`${sprint.state === 'active' ? 'Active' : 'Planned'} · ${issues.length} issues · ${points} points${sprint.goal ? ` · ${sprint.goal}` : ''}`}
                  cards={issues}
                  action={
                    sprint.state === 'active' ? (
                      <button type="button" className="button" onClick={() => setCompleting(sprint)}>
                        Complete sprint
                      </button>
                    ) : (
                      <button
                        type="button"
                        className="button"
                        disabled={view.sprints.some((s) => s.sprint.state === 'active')}
                        onClick={() => setStarting(sprint)}
                      >
                        Start sprint
                      </button>
                    )
                  }
                />
              ))}
              <CardList sprintId={null} title="Backlog" detail={`${view.backlog.length} issues`} cards={view.backlog} />
            </div>
          </DndContext>
        </div>
      )}
      {starting && (
        <StartSprintDialog
          sprint={starting}
          onClose={() => setStarting(undefined)}
          onStart={(input) => {
            start.mutate({ id: starting.id, ...input })
            setStarting(undefined)
          }}
        />
      )}
      {completing && view && (
        <CompleteSprintDialog
          sprint={completing}
          open={view.sprints.find((s) => s.sprint.id === completing.id)?.issues.filter((c) => c.statusCategory !== 'done').length ?? 0}
          future={view.sprints.map((s) => s.sprint).filter((s) => s.state === 'future')}
          onClose={() => setCompleting(undefined)}
          onComplete={(moveTo) => {
            complete.mutate({ id: completing.id, moveTo })
            setCompleting(undefined)
          }}
        />
      )}
    </div>
  )
}

function CardList({ sprintId, title, detail, cards, action }: {
  sprintId: number | null
  title: string
  detail: string
  cards: Card[]
  action?: ReactNode
}) {
  const { setNodeRef, isOver } = useDroppable({ id: `section:${sprintId ?? 'backlog'}`, data: { sprintId } })
  return (
    <section ref={setNodeRef} className={`backlog-section${isOver ? ' column-over' : ''}`} aria-label={title}>
      <header className="backlog-section-header">
        <h2>{title}</h2>
        <span className="muted small">{detail}</span>
        {action}
      </header>
      <ol className="backlog-rows">
        {cards.map((card) => (
          <BacklogRow key={card.key} card={card} sprintId={sprintId} />
        ))}
        {cards.length === 0 && <li className="muted small backlog-empty">Drag issues here.</li>}
      </ol>
    </section>
  )
}

function BacklogRow({ card, sprintId }: { card: Card; sprintId: number | null }) {
  const location = useLocation()
  const drag = useDraggable({ id: card.key, data: { key: card.key } })
  const dropZone = useDroppable({ id: `row:${card.key}`, data: { sprintId, overKey: card.key } })
  const { role: _role, 'aria-roledescription': _description, ...attributes } = drag.attributes
  return (
    <li
      ref={(node) => {
        drag.setNodeRef(node)
        dropZone.setNodeRef(node)
      }}
      className={`backlog-row${drag.isDragging ? ' card-placeholder' : ''}${dropZone.isOver ? ' backlog-row-over' : ''}`}
      style={drag.transform ? { transform: `translate(${drag.transform.x}px, ${drag.transform.y}px)` } : undefined}
      data-key={card.key}
      {...attributes}
      {...drag.listeners}
    >
      <TypeIcon type={card.type} />
      <Link to={`/issues/${card.key}`} state={{ background: location }} className="mono backlog-key">
        {card.key}
      </Link>
      <span className="backlog-summary">{card.summary}</span>
      {card.epicKey && <span className="label-chip">{card.epicSummary}</span>}
      <StatusDot category={card.statusCategory} />
      <span className="small muted">{card.status}</span>
      <PriorityIcon priority={card.priority} />
      <span className="points" title={card.subtaskPoints ? `Sub-tasks: ${card.subtaskPoints} points` : 'Story points'}>
        {card.storyPoints ?? '–'}
        {card.subtaskPoints ? <span className="muted small"> (+{card.subtaskPoints})</span> : null}
      </span>
      <Avatar user={card.assignee} size={18} />
    </li>
  )
}
