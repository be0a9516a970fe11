import type { BoardConfig } from '../api/planning'
import { useCreateBoard } from './use-planning'

/** Which board of the project a planning page shows, and a new one of the page's kind (the first, when it has none). */
export function BoardPicker({ projectKey, kind, boards, board, loading, choose }: {
  projectKey: string
  kind?: BoardConfig['kind']
  boards: BoardConfig[]
  board: BoardConfig | undefined
  loading: boolean
  choose: (id: number) => void
}) {
  const create = useCreateBoard(projectKey)
  const wanted = kind ?? 'scrum'
  const add = (className: string, label: string) => (
    <button
      type="button"
      className={className}
      disabled={create.isPending}
      onClick={() => create.mutate({ kind: wanted, existing: boards.filter((b) => b.kind === wanted).length }, { onSuccess: (made) => choose(made.id) })}
    >
      {label}
    </button>
  )
  if (loading) return null
  if (!board) return add('button button-primary', `Create a ${wanted} board`)
  return (
    <>
      <select aria-label="Board" value={board.id} onChange={(event) => choose(Number(event.target.value))}>
        {boards.map((b) => (
          <option key={b.id} value={b.id}>
            {b.name} ({b.kind})
          </option>
        ))}
      </select>
      {add('button button-ghost', `New ${wanted} board`)}
    </>
  )
}
