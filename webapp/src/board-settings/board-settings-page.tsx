import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useState, type FormEvent } from 'react'
import { Link, useParams } from 'react-router'
import { ApiError } from '../api/http'
import { jqlApi, jqlError } from '../api/jql'
import { planningApi, type BoardConfig } from '../api/planning'
import { useToast } from '../app/use-toast'
import { useUnsavedChanges } from '../app/use-unsaved-changes'
import { ProblemText } from '../project-settings/problem-text'
import { useScheme } from '../projects/use-projects'
import { planningKeys } from '../backlog/use-planning'
import { useDeleteBoard } from './use-delete-board'
import { FieldError } from './field-error'
import { QuickFiltersSection } from './quick-filters-section'
import { LimitInput } from '../ui/limit-input'
import {
  addColumn,
  draftOf,
  mapStatus,
  moveColumn,
  blockers,
  problems,
  quickFilterRefusals,
  removeColumn,
  renameColumn,
  setLimit,
  unmappedStatuses,
  updateOf,
  type BoardDraft,
  type Swimlanes,
} from './board-draft'

const LANES: { value: Swimlanes; label: string }[] = [
  { value: 'none', label: 'None' },
  { value: 'assignee', label: 'Assignee' },
  { value: 'epic', label: 'Epic' },
  { value: 'priority', label: 'Priority' },
]

const LIMITS = [
  { which: 'min', label: 'Minimum', short: 'Min' },
  { which: 'max', label: 'Maximum', short: 'Max' },
] as const

/** `/projects/KEY/boards/ID/settings`: a board's name, filter, columns and their statuses, WIP limits, swimlanes, quick filters. */
export function BoardSettingsPage() {
  const { projectKey = '', boardId = '' } = useParams()
  const id = Number(boardId)
  const board = useQuery({ queryKey: planningKeys.board(projectKey, id), queryFn: () => planningApi.board(id), enabled: id > 0 })
  const scheme = useScheme(projectKey)
  const canEdit = scheme.data?.project.callerRole === 'admin'
  const remove = useDeleteBoard(projectKey)
  return (
    <div className="page">
      <header className="page-header">
        <h1>
          {board.data && `${board.data.name} `}
          <span className="muted">Board settings</span>
        </h1>
        <div className="toolbar">
          <Link className="button" to={board.data ? `/projects/${projectKey}/boards?board=${id}` : `/projects/${projectKey}/boards`}>
            {board.data ? `Back to ${board.data.name}` : `${projectKey} boards`}
          </Link>
          {canEdit && board.data && (
            <button type="button" className="button button-danger" disabled={remove.isPending} onClick={() => void remove.ask(board.data)}>
              Delete board
            </button>
          )}
        </div>
      </header>
      <div className="page-body narrow">
        {isNotFound(board.error) || !(id > 0) ? (
          <p className="empty">
            There is no board {boardId} in {projectKey}: it was deleted, or the link is wrong.{' '}
            <Link to={`/projects/${projectKey}/boards`}>See the boards of {projectKey}</Link>
          </p>
        ) : (
          (board.error ?? scheme.error) && <p className="error-text">Cannot open board {boardId}: {(board.error ?? scheme.error)?.message}</p>
        )}
        <ProblemText error={remove.error} />
        {board.data && scheme.data && !canEdit && <p className="muted">Only admins of {projectKey} can change this board.</p>}
        {board.data && scheme.data && (
          <BoardSettingsForm
            key={board.data.id}
            board={board.data}
            statuses={[...scheme.data.workflow.statuses].sort((a, b) => a.position - b.position).map((s) => s.name)}
            canEdit={canEdit}
          />
        )}
      </div>
    </div>
  )
}

function BoardSettingsForm({ board, statuses, canEdit }: { board: BoardConfig; statuses: string[]; canEdit: boolean }) {
  const [draft, setDraft] = useState<BoardDraft>(() => draftOf(board))
  const [shown, setShown] = useState<Record<string, string>>({})
  const client = useQueryClient()
  const toast = useToast()
  const save = useMutation({
    mutationFn: async (next: BoardDraft) => {
      const found = { ...problems(next), ...(await jqlProblems(next, board)) }
      setShown(found)
      if (Object.keys(found).length) return undefined
      try {
        return await planningApi.updateBoard(board.id, updateOf(next, board))
      } catch (error) {
        // A quick filter's refusal is said under that filter, not under the board's own query.
        const refused = error instanceof ApiError ? quickFilterRefusals(error.messagesByField) : {}
        if (!Object.keys(refused).length) throw error
        setShown(refused)
        return undefined
      }
    },
    onSuccess: (saved) => {
      if (!saved) return
      setDraft(draftOf(saved))
      client.setQueryData(planningKeys.board(board.projectKey, board.id), saved)
      void client.invalidateQueries({ queryKey: planningKeys.boards(board.projectKey) })
      void client.invalidateQueries({ queryKey: ['issues'] })
      toast.info(`Board “${saved.name}” saved`)
    },
  })
  useUnsavedChanges(canEdit && JSON.stringify(draft) !== JSON.stringify(draftOf(board)), {
    what: `the board “${board.name}”`,
    detail: 'Your edits to its name, filter, columns, swimlanes and quick filters are not saved.',
  })
  const serverJql = jqlError(save.error)
  const unmapped = unmappedStatuses(draft, statuses)
  const submit = (event: FormEvent) => {
    event.preventDefault()
    save.mutate(draft)
  }

  return (
    <form className="board-settings" onSubmit={submit} noValidate>
      <fieldset disabled={!canEdit || save.isPending}>
        <section aria-label="General" className="settings-form">
          <label className="field">
            <span>Name</span>
            <input value={draft.name} onChange={(e) => setDraft({ ...draft, name: e.target.value })} />
            <FieldError message={shown.name} />
          </label>
          <label className="field">
            <span>Filter (JQL): the issues the board shows</span>
            <textarea className="mono" rows={2} value={draft.jql} onChange={(e) => setDraft({ ...draft, jql: e.target.value })} />
            <FieldError message={shown.jql ?? serverJql?.message} />
          </label>
          <label className="field">
            <span>Swimlanes</span>
            <select value={draft.swimlanes} onChange={(e) => setDraft({ ...draft, swimlanes: e.target.value as Swimlanes })}>
              {LANES.map((lane) => (
                <option key={lane.value} value={lane.value}>
                  {lane.label}
                </option>
              ))}
            </select>
          </label>
          {board.kind === 'kanban' && (
            <div className="field">
              <label className="settings-row">
                <span>Hide done issues older than</span>
                <input className="wip-input" inputMode="numeric" placeholder="–" value={draft.hideDoneAfterDays} onChange={(e) => setDraft({ ...draft, hideDoneAfterDays: e.target.value })} />
                <span>days</span>
              </label>
              <span className="muted small">Done issues resolved longer ago leave the board; empty shows them all.</span>
              <FieldError message={shown.hideDone} />
            </div>
          )}
        </section>

        <section aria-label="Columns">
          <h2>Columns</h2>
          <FieldError message={shown.columns} />
          <ol className="settings-list board-columns-settings">
            {draft.columns.map((column, index) => (
              <li key={index} className="board-column-settings" aria-label={`Column ${column.name || index + 1}`}>
                <div className="settings-row">
                  <input aria-label={`Name of column ${index + 1}`} value={column.name} onChange={(e) => setDraft(renameColumn(draft, index, e.target.value))} />
                  {LIMITS.map((limit) => (
                    <LimitInput
                      key={limit.which}
                      short={limit.short}
                      label={`${limit.label} of ${column.name}`}
                      value={column[limit.which]}
                      onChange={(value) => setDraft(setLimit(draft, index, limit.which, value))}
                    />
                  ))}
                  <button type="button" className="button button-ghost" aria-label={`Move ${column.name} left`} disabled={index === 0} onClick={() => setDraft(moveColumn(draft, index, -1))}>
                    ←
                  </button>
                  <button
                    type="button"
                    className="button button-ghost"
                    aria-label={`Move ${column.name} right`}
                    disabled={index === draft.columns.length - 1}
                    onClick={() => setDraft(moveColumn(draft, index, 1))}
                  >
                    →
                  </button>
                  <button type="button" className="button button-ghost" aria-label={`Remove column ${column.name}`} onClick={() => setDraft(removeColumn(draft, index))}>
                    Remove
                  </button>
                </div>
                <div className="settings-row">
                  {!column.statuses.length && (
                    <span className="muted small">
                      No statuses: this column is empty on the board.{' '}
                      {unmapped.length ? 'Add a status to it, or remove it.' : 'Take a status out of another column to add it here, or remove the column.'}
                    </span>
                  )}
                  {column.statuses.map((status) => (
                    <span key={status} className="label-chip">
                      {status}
                      <button type="button" aria-label={`Take ${status} out of ${column.name}`} onClick={() => setDraft(mapStatus(draft, status, null))}>
                        ×
                      </button>
                    </span>
                  ))}
                  {unmapped.length > 0 && (
                    <select aria-label={`Add a status to ${column.name}`} value="" onChange={(e) => e.target.value && setDraft(mapStatus(draft, e.target.value, index))}>
                      <option value="">Add a status…</option>
                      {unmapped.map((status) => (
                        <option key={status} value={status}>
                          {status}
                        </option>
                      ))}
                    </select>
                  )}
                </div>
                <FieldError message={shown[`column-${index}`]} />
              </li>
            ))}
          </ol>
          <button type="button" className="button" onClick={() => setDraft(addColumn(draft))}>
            Add column
          </button>
          <section className="unmapped" aria-label="Unmapped statuses">
            <h3>Unmapped statuses</h3>
            {unmapped.length ? (
              <>
                <p className="muted">Issues in these statuses are not on the board.</p>
                <div className="settings-row">
                  {unmapped.map((status) => (
                    <span key={status} className="label-chip">
                      {status}
                    </span>
                  ))}
                </div>
              </>
            ) : (
              <p className="muted">Every status of the workflow is in a column.</p>
            )}
          </section>
        </section>

        <QuickFiltersSection draft={draft} setDraft={setDraft} shown={shown} />

        {!serverJql && <ProblemText error={save.error} names={{ hideDoneAfterDays: '“Hide done issues older than”' }} />}
        {canEdit && (
          <div className="settings-row">
            <button type="submit" className="button button-primary">
              {save.isPending ? 'Saving…' : 'Save board'}
            </button>
            <button type="button" className="button button-ghost" onClick={() => (setDraft(draftOf(board)), setShown({}))}>
              Discard changes
            </button>
          </div>
        )}
        {canEdit && Object.keys(shown).length > 0 && (
          <div className="error-text" aria-live="polite" aria-label="Why the board was not saved">
            Not saved. Fix what is marked above:
            <ul className="plain-list">
              {blockers(draft, shown).map((text) => (
                <li key={text}>{text}</li>
              ))}
            </ul>
          </div>
        )}
      </fieldset>
    </form>
  )
}

const isNotFound = (error: Error | null) => error instanceof ApiError && error.status === 404

/** The board's query and each quick filter's (when changed), checked by the server's JQL parser before saving. */
async function jqlProblems(draft: BoardDraft, board: BoardConfig): Promise<Record<string, string>> {
  const checks: [string, string][] = []
  if (draft.jql.trim() && draft.jql.trim() !== board.jql.trim()) checks.push(['jql', draft.jql])
  // One kept as saved does not block the rest, even when its query went stale (the board skips it and says so).
  const saved = new Map(board.quickFilters.map((f) => [f.id, f.jql.trim()]))
  draft.quickFilters.forEach((f, i) => f.jql.trim() && saved.get(f.id ?? -1) !== f.jql.trim() && checks.push([`quick-${i}`, f.jql]))
  const results = await Promise.all(checks.map(([, jql]) => jqlApi.validate(jql)))
  const found: Record<string, string> = {}
  results.forEach((result, i) => {
    if (!result.valid) found[checks[i][0]] = result.errors?.map((e) => e.message).join('; ') || 'This query is not valid JQL.'
  })
  return found
}

