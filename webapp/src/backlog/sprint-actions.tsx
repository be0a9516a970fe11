import { useQuery } from '@tanstack/react-query'
import { useId } from 'react'
import { planningApi, type Sprint, type SprintChange } from '../api/planning'
import { useConfirm } from '../app/use-confirm'
import { CompleteSprintDialog, EditSprintDialog } from './sprint-dialogs'
import { planningKeys, useSprintAction } from './use-planning'
import { plural } from '../app/words'

/**
 * What a sprint's header offers those who may plan: start or complete it, edit its name, goal and dates, and delete it
 * while it is in the future (the server refuses to delete a started one; its issues go back to the backlog).
 */
export function SprintActions({ sprint, active, onStart, onComplete, onEdit }: {
  sprint: Sprint
  /** The board's active sprint, if any: while there is one, no other starts. */
  active: Sprint | undefined
  onStart: () => void
  onComplete: () => void
  onEdit: () => void
}) {
  const remove = useSprintAction(() => planningApi.deleteSprint(sprint.id))
  const confirm = useConfirm()
  const whyNot = useId()
  const askToDelete = async () => {
    const issues = sprint.issueKeys.length
    const ok = await confirm({
      title: `Delete ${sprint.name}?`,
      detail: issues === 0 ? 'It has no issues.' : `Its ${plural(issues, 'issue goes', 'issues go')} back to the backlog; no issue is deleted.`,
      confirmLabel: 'Delete',
      danger: true,
    })
    if (ok) remove.mutate(undefined)
  }
  const blocked = active && active.id !== sprint.id ? `Complete ${active.name} first: a board has one active sprint at a time.` : undefined
  return (
    <>
      {sprint.state === 'active' ? (
        <CompleteSprintButton onClick={onComplete} />
      ) : (
        <>
          <button type="button" className="button" aria-disabled={!!blocked} title={blocked} aria-describedby={blocked && whyNot} onClick={blocked ? undefined : onStart}>
            Start sprint
          </button>
          {blocked && (
            <span id={whyNot} hidden>
              {blocked}
            </span>
          )}
        </>
      )}
      <button type="button" className="button" onClick={onEdit}>
        Edit sprint
      </button>
      {sprint.state === 'future' && (
        <button type="button" className="button" disabled={remove.isPending} onClick={() => void askToDelete()}>
          Delete sprint
        </button>
      )}
    </>
  )
}

export function CompleteSprintButton({ onClick }: { onClick: () => void }) {
  return (
    <button type="button" className="button" onClick={onClick}>
      Complete sprint
    </button>
  )
}

/**
 * Edit sprint, held by the page rather than by the sprint's header: when someone deletes the sprint meanwhile, the
 * dialog stays, says so, and keeps what was typed until it is closed.
 */
export function EditSprint({ sprint, onClose }: { sprint: Sprint; onClose: () => void }) {
  const edit = useSprintAction((change: SprintChange) => planningApi.updateSprint(sprint.id, change), { inline: true })
  return <EditSprintDialog sprint={sprint} error={edit.error} onClose={onClose} onSave={(change) => edit.mutate(change, { onSuccess: onClose })} />
}

/**
 * Complete sprint from the backlog or the board: how many of its issues are not done and the board's future sprints
 * come from the whole backlog, whatever filter the page shows.
 */
export function CompleteSprint({ sprint, onClose }: { sprint: Sprint; onClose: () => void }) {
  const backlog = useQuery({ queryKey: planningKeys.backlog(sprint.boardId), queryFn: () => planningApi.backlog(sprint.boardId) })
  const complete = useSprintAction((moveTo: string) => planningApi.complete(sprint.id, moveTo))
  if (!backlog.data) return null
  const sprints = backlog.data.sprints
  return (
    <CompleteSprintDialog
      sprint={sprint}
      open={sprints.find((s) => s.sprint.id === sprint.id)?.issues.filter((c) => c.statusCategory !== 'done').length ?? 0}
      future={sprints.map((s) => s.sprint).filter((s) => s.state === 'future')}
      onClose={onClose}
      onComplete={(moveTo) => complete.mutate(moveTo, { onSuccess: onClose })}
    />
  )
}
