import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useNavigate } from 'react-router'
import { planningApi, type BoardConfig } from '../api/planning'
import { useConfirm } from '../app/use-confirm'
import { useToast } from '../app/use-toast'
import { planningKeys } from '../backlog/use-planning'

/**
 * Deletes a board once its admin confirms (its issues stay), then goes to the project's board; the board pickers
 * forget it at once, before the project's boards are read again.
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
      navigate(`/projects/${projectKey}/board`)
      client.removeQueries({ queryKey: planningKeys.board(projectKey, board.id) })
    },
  })
  const ask = async (board: BoardConfig) => {
    const ok = await confirm({
      title: `Delete the board “${board.name}”?`,
      detail: `Its columns, quick filters${board.kind === 'scrum' ? ' and sprints' : ''} go with it; the issues it shows are not deleted.`,
      confirmLabel: 'Delete',
      danger: true,
    })
    if (ok) remove.mutate(board)
  }
  return { ask, isPending: remove.isPending, error: remove.error }
}
