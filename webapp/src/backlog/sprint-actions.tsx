import { useState } from 'react'
import { planningApi, type Sprint, type SprintChange } from '../api/planning'
import { useConfirm } from '../app/use-confirm'
import { EditSprintDialog } from './sprint-dialogs'
import { useSprintAction } from './use-planning'

/**
 * What a sprint's header offers those who may plan: start or complete it, edit its name, goal and dates, and delete it
 * while it is in the future (the server refuses to delete a started one; its issues go back to the backlog).
 */
export function SprintActions({ sprint, canStart, onStart, onComplete }: {
  sprint: Sprint
  /** No other sprint of the board is active. */
  canStart: boolean
  onStart: () => void
  onComplete: () => void
}) {
  const [editing, setEditing] = useState(false)
  const edit = useSprintAction((change: SprintChange) => planningApi.updateSprint(sprint.id, change), { inline: true })
  const remove = useSprintAction(() => planningApi.deleteSprint(sprint.id))
  const confirm = useConfirm()
  const open = () => {
    edit.reset()
    setEditing(true)
  }
  const askToDelete = async () => {
    const issues = sprint.issueKeys.length
    const ok = await confirm({
      title: `Delete ${sprint.name}?`,
      detail: issues === 0 ? 'It has no issues.' : `Its ${issues === 1 ? 'issue goes' : `${issues} issues go`} back to the backlog; no issue is deleted.`,
      confirmLabel: 'Delete',
      danger: true,
    })
    if (ok) remove.mutate(undefined)
  }
  return (
    <>
      {sprint.state === 'active' ? (
        <button type="button" className="button" onClick={onComplete}>
          Complete sprint
        </button>
      ) : (
        <button type="button" className="button" disabled={!canStart} onClick={onStart}>
          Start sprint
        </button>
      )}
      <button type="button" className="button button-ghost" onClick={open}>
        Edit sprint
      </button>
      {sprint.state === 'future' && (
        <button type="button" className="button button-ghost" disabled={remove.isPending} onClick={() => void askToDelete()}>
          Delete sprint
        </button>
      )}
      {editing && (
        <EditSprintDialog
          sprint={sprint}
          error={edit.error}
          onClose={() => setEditing(false)}
          onSave={(change) => edit.mutate(change, { onSuccess: () => setEditing(false) })}
        />
      )}
    </>
  )
}
