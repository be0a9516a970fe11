import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useNavigate } from 'react-router'
import { planningApi, type BoardConfig, type Sprint } from '../api/planning'
import { useConfirm } from '../app/use-confirm'
import { plural } from '../app/words'
import { useToast } from '../app/use-toast'
import { planningKeys } from '../backlog/use-planning'

/**
 * Deletes a board once its admin confirms, saying what goes with it (the server deletes its columns, quick filters and
 * sprints; the issues and its saved filter stay), then shows the project's boards in its place in the history, so Back
 * does not return to a board that is gone. The board pickers forget it at once, before the boards are read again.
 */
export function useDeleteBoard(projectKey: string) {
  const client = useQueryClient()
  const confirm = useConfirm()
  const navigate = useNavigate()
  const toast = useToast()
  const remove = useMutation({
    mutationFn: (board: BoardConfig) => planningApi.deleteBoard(board.id),
    onSuccess: (_, board) => {
      client.setQueryData<BoardConfig[]>(planningKeys.boards(projectKey), (boards) => boards?.filter((b) => b.id !== board.id))
      void client.invalidateQueries({ queryKey: planningKeys.boards(projectKey), exact: true })
      toast.info(`Board “${board.name}” deleted`)
      navigate(`/projects/${projectKey}/boards`, { replace: true })
      client.removeQueries({ queryKey: planningKeys.board(projectKey, board.id) })
    },
  })
  const ask = async (board: BoardConfig) => {
    const sprints = await client
      .fetchQuery({ queryKey: planningKeys.sprints(board.id), queryFn: () => planningApi.sprints(board.id), staleTime: 0 })
      .catch(() => undefined)
    const ok = await confirm({
      title: `Delete the board “${board.name}”?`,
      detail: deletionText(sprints),
      confirmLabel: 'Delete',
      danger: true,
    })
    if (ok) remove.mutate(board)
  }
  return { ask, isPending: remove.isPending, error: remove.error }
}

/** What deleting a board deletes and keeps, as the server does it; `sprints`: the board's, when they could be read. */
export function deletionText(sprints: Sprint[] | undefined): string {
  const inOpen = (sprints ?? []).filter((s) => s.state !== 'closed').reduce((sum, s) => sum + s.issueKeys.length, 0)
  const withSprints = sprints === undefined ? ', and its sprints with their reports' : sprints.length === 0 ? '' : `, and its ${sprintsText(sprints)} with their burndown and velocity reports`
  const leaving = inOpen > 0 ? ` The ${plural(inOpen, 'issue')} in its open sprints will be in no sprint; their history keeps the sprints they were in.` : ''
  return `Deleted: its columns, quick filters${withSprints}. Kept: every issue, and the saved filter it shows them from.${leaving}`
}

/** "3 sprints (1 active, 2 completed)". */
function sprintsText(sprints: Sprint[]): string {
  const states = STATES.map(([state, word]) => [sprints.filter((s) => s.state === state).length, word] as const)
  return `${plural(sprints.length, 'sprint')} (${states.filter(([n]) => n > 0).map(([n, word]) => `${n} ${word}`).join(', ')})`
}

const STATES = [['active', 'active'], ['future', 'planned'], ['closed', 'completed']] as const
