import { DndContext, type DragEndEvent } from '@dnd-kit/core'
import { useQuery } from '@tanstack/react-query'
import { useMemo, useState } from 'react'
import { useParams } from 'react-router'
import { planningApi, type Sprint } from '../api/planning'
import { useScheme } from '../projects/use-projects'
import { useListNavigation } from '../app/use-list-navigation'
import { plural } from '../app/words'
import { CARD_KEYS, NO_SENSORS, useDragSensors } from '../board/drag-sensors'
import { useOpenIssuePanel } from '../board/use-open-issue-panel'
import { formatDuration } from '../issue-view/work-duration'
import { CardList } from './backlog-rows'
import { planDrop, type Section } from './plan-drop'
import { StartSprintDialog, type SprintStart } from './sprint-dialogs'
import { BoardPicker } from './board-picker'
import { MissingBoard, NoBoard } from './no-board'
import { CompleteSprint, EditSprint, SprintActions } from './sprint-actions'
import { sprintDatesText } from './sprint-dates'
import { SprintWorkload } from './sprint-workload-dialog'
import { planningKeys, useBoards, useDrop, useSprintAction } from './use-planning'

/**
 * The scrum backlog: open sprints above the ranked backlog. Drag a card onto another to rank it there, or into a
 * sprint (or back to the backlog) to plan it; the epic panel filters by epic.
 */
export function BacklogPage() {
  const { projectKey = '' } = useParams()
  const { boards, board, loading, none, missing, choose } = useBoards(projectKey, 'scrum')
  const [epic, setEpic] = useState<string>()
  const backlog = useQuery({
    queryKey: planningKeys.backlog(board?.id ?? 0, epic),
    queryFn: () => planningApi.backlog(board!.id, epic),
    enabled: !!board,
  })
  const drop = useDrop(board?.id)
  const createSprint = useSprintAction((boardId: number) => planningApi.createSprint(boardId, {}))
  const start = useSprintAction(({ id, ...input }: SprintStart & { id: number }) => planningApi.start(id, input), { inline: true })
  const [starting, setStarting] = useState<Sprint>()
  const [completing, setCompleting] = useState<Sprint>()
  // Held here, not in the sprint's header: a sprint deleted meanwhile leaves its dialog open to say so.
  const [editing, setEditing] = useState<Sprint>()
  const sensors = useDragSensors(CARD_KEYS)
  const scheme = useScheme(projectKey)
  // Viewers see the plan; they neither drag issues nor create, start, complete, edit or delete sprints.
  const readOnly = scheme.data?.project.callerRole === 'viewer'

  const view = backlog.data
  const sections: Section[] = useMemo(
    () =>
      view
        ? [...view.sprints.map((s) => ({ sprintId: s.sprint.id, keys: s.issues.map((c) => c.key) })), { sprintId: null, keys: view.backlog.map((c) => c.key) }]
        : [],
    [view],
  )
  // Sprint by sprint, then the backlog, top to bottom, as the rows are read.
  const rowKeys = useMemo(() => sections.flatMap((section) => section.keys), [sections])
  const openIssue = useOpenIssuePanel()
  const [dragging, setDragging] = useState(false)
  const selected = useListNavigation(rowKeys, openIssue, !dragging)
  const onDragEnd = (event: DragEndEvent) => {
    setDragging(false)
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
          {scheme.data?.project.name ?? projectKey} <span className="muted">Backlog</span>
        </h1>
        <div className="toolbar">
          <BoardPicker projectKey={projectKey} kind="scrum" boards={boards} board={board} loading={loading} choose={choose} />
          {board && !readOnly && (
            <button type="button" className="button" onClick={() => createSprint.mutate(board.id)} disabled={createSprint.isPending}>
              Create sprint
            </button>
          )}
        </div>
      </header>
      {backlog.error && <p className="error-text">{backlog.error.message}</p>}
      <MissingBoard projectKey={projectKey} id={missing} shown={board} />
      {none && <NoBoard projectKey={projectKey} kind="scrum" choose={choose} />}
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
          <DndContext sensors={readOnly ? NO_SENSORS : sensors} onDragStart={() => setDragging(true)} onDragEnd={onDragEnd} onDragCancel={() => setDragging(false)}>
            <div className="backlog-lists">
              {view.sprints.map(({ sprint, issues, points, estimateSeconds }) => (
                <CardList
                  key={sprint.id}
                  sprintId={sprint.id}
                  title={sprint.name}
                  detail={[
                    sprint.state === 'active' ? 'Active' : 'Planned',
                    sprintDatesText(sprint),
                    plural(issues.length, 'issue'),
                    estimateSeconds > 0 && `${formatDuration(estimateSeconds)} estimated`,
                    plural(points, 'point'),
                    sprint.goal,
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                  cards={issues}
                  readOnly={readOnly}
                  selected={selected}
                  onOpen={openIssue}
                  action={
                    <>
                      <SprintWorkload sprint={sprint} cards={issues} />
                      {!readOnly && (
                        <SprintActions
                          sprint={sprint}
                          active={view.sprints.find((s) => s.sprint.state === 'active')?.sprint}
                          onStart={() => {
                            start.reset()
                            setStarting(sprint)
                          }}
                          onComplete={() => setCompleting(sprint)}
                          onEdit={() => setEditing(sprint)}
                        />
                      )}
                    </>
                  }
                />
              ))}
              <CardList sprintId={null} title="Backlog" detail={plural(view.backlog.length, 'issue')} cards={view.backlog} readOnly={readOnly} selected={selected} onOpen={openIssue} />
            </div>
          </DndContext>
        </div>
      )}
      {starting && (
        <StartSprintDialog
          sprint={starting}
          issueCount={view?.sprints.find((planned) => planned.sprint.id === starting.id)?.issues.length}
          error={start.error}
          onClose={() => setStarting(undefined)}
          // Open until the server has started it: a refusal is told at its field, and what was typed stays.
          onStart={(input) => start.mutate({ id: starting.id, ...input }, { onSuccess: () => setStarting(undefined) })}
        />
      )}
      {completing && <CompleteSprint sprint={completing} onClose={() => setCompleting(undefined)} />}
      {editing && <EditSprint sprint={editing} onClose={() => setEditing(undefined)} />}
    </div>
  )
}

