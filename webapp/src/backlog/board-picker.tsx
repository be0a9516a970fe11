import type { BoardConfig } from '../api/planning'
import { useCreateBoard } from './use-planning'

/** Which board of the project a planning page shows; offers to make one when the project has none of the kind. */
export function BoardPicker({ projectKey, kind, boards, board, loading, choose }: {
  projectKey: string
  kind?: BoardConfig['kind']
  boards: BoardConfig[]
  board: BoardConfig | undefined
  loading: boolean
  choose: (id: number) => void
}) {
  const create = useCreateBoard(projectKey)
  if (loading) return null
  if (!board) {
    return (
      <button type="button" className="button button-primary" disabled={create.isPending} onClick={() => create.mutate(kind ?? 'scrum')}>
        Create a {kind ?? 'scrum'} board
      </button>
    )
  }
  return (
    <select aria-label="Board" value={board.id} onChange={(event) => choose(Number(event.target.value))}>
      {boards.map((b) => (
        <option key={b.id} value={b.id}>
          {b.name} ({b.kind})
        </option>
      ))}
    </select>
  )
}
