import { Link } from 'react-router'
import type { BoardConfig } from '../api/planning'
import { useScheme } from '../projects/use-projects'
import { useCreateBoard } from './use-planning'

const WHAT: Record<'scrum' | 'any', { title: string; body: string }> = {
  scrum: {
    title: 'has no scrum board yet',
    body:
      'A scrum board plans work in sprints: its backlog ranks the issues of its filter, you plan them into a sprint and start it, ' +
      'and the board shows the active sprint in columns. Burndown and velocity reports follow its sprints.',
  },
  any: {
    title: 'has no scrum or kanban board yet',
    body:
      'A board shows the issues of a filter in the columns you choose, with WIP limits, swimlanes and quick filters. ' +
      'A kanban board follows a continuous flow; a scrum board plans the work in sprints from the backlog.',
  },
}

/**
 * What a planning page shows when the project has no board of its kind: what a board is for, and how to get one
 * (project admins create them; others are told whom to ask). `kind`: the page's, or undefined for any board.
 */
export function NoBoard({ projectKey, kind, choose }: { projectKey: string; kind?: BoardConfig['kind']; choose: (id: number) => void }) {
  const create = useCreateBoard(projectKey)
  const role = useScheme(projectKey).data?.project.callerRole
  const what = WHAT[kind === 'scrum' ? 'scrum' : 'any']
  const kinds: BoardConfig['kind'][] = kind ? [kind] : ['kanban', 'scrum']
  return (
    <section className="empty-state" aria-label="No board">
      <h2>
        {projectKey} {what.title}
      </h2>
      <p>{what.body}</p>
      <p className="muted">
        The project’s <Link to={`/projects/${projectKey}/board`}>workflow board</Link>, one column per status, is always there and needs no setup.
      </p>
      {role === 'admin' ? (
        <div className="settings-row">
          {kinds.map((k, index) => (
            <button
              key={k}
              type="button"
              className={`button${index === 0 ? ' button-primary' : ''}`}
              disabled={create.isPending}
              onClick={() => create.mutate({ kind: k }, { onSuccess: (made) => choose(made.id) })}
            >
              Create a {k} board
            </button>
          ))}
        </div>
      ) : (
        role && <p>Only project admins create boards: ask an admin of {projectKey} to create one.</p>
      )}
      {create.error && (
        <p className="error-text" role="alert">
          {create.error.message}
        </p>
      )}
    </section>
  )
}

/** Said when the URL names a board the project does not have: which one, and what is shown instead. */
export function MissingBoard({ projectKey, id, shown }: { projectKey: string; id: number | undefined; shown: BoardConfig | undefined }) {
  if (!id) return null
  return (
    <p className="muted small board-note" role="status">
      There is no board {id} in {projectKey}: it was deleted, or the link is wrong.{shown ? ` Showing “${shown.name}” instead.` : ''}
    </p>
  )
}
