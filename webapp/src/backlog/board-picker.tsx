import type { BoardConfig } from '../api/planning'
import { useScheme } from '../projects/use-projects'
import { useCreateBoard } from './use-planning'

/**
 * Which board of the project a planning page shows, and for project admins a new one of the page's kind, or of either
 * kind on pages that show both (not on pages that only read boards: `readsOnly`); nothing while there is none (the page
 * says what a board is for, {@link NoBoard}).
 */
export function BoardPicker({ projectKey, kind, boards, board, loading, choose, readsOnly = false }: {
  projectKey: string
  kind?: BoardConfig['kind']
  readsOnly?: boolean
  boards: BoardConfig[]
  board: BoardConfig | undefined
  loading: boolean
  choose: (id: number) => void
}) {
  const create = useCreateBoard(projectKey)
  const isAdmin = useScheme(projectKey).data?.project.callerRole === 'admin'
  const kinds: BoardConfig['kind'][] = kind ? [kind] : ['scrum', 'kanban']
  if (loading || !board) return null
  return (
    <>
      <select aria-label="Board" value={board.id} onChange={(event) => choose(Number(event.target.value))}>
        {boards.map((b) => (
          <option key={b.id} value={b.id}>
            {b.name} ({b.kind})
          </option>
        ))}
      </select>
      {isAdmin &&
        !readsOnly &&
        kinds.map((wanted) => (
          <button
            key={wanted}
            type="button"
            className="button button-ghost"
            disabled={create.isPending}
            onClick={() => create.mutate({ kind: wanted, existing: boards.filter((b) => b.kind === wanted).length }, { onSuccess: (made) => choose(made.id) })}
          >
            New {wanted} board
          </button>
        ))}
    </>
  )
}
