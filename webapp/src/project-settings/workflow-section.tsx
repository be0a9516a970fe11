import { useQuery } from '@tanstack/react-query'
import { useState, type FormEvent } from 'react'
import { projectsApi, STATUS_CATEGORIES, type Scheme, type StatusCategory, type WorkflowDefinition } from '../api/projects'
import { queryKeys } from '../app/query-keys'
import { useConfirm } from '../app/use-confirm'
import { useUnsavedChanges } from '../app/use-unsaved-changes'
import { AddRow } from './add-row'
import type { SectionProps } from './settings-page'
import { ProblemText } from './problem-text'
import { useSettingsChange } from './use-settings'
import { WipSection } from './wip-section'
import * as drafts from './workflow-draft'
import { capitalized, plural } from '../app/words'

/**
 * The statuses (board columns, in order) and the transitions between them, edited as a draft and saved at once. The
 * issues of a removed status move, on saving, to the status chosen for them (asked before saving).
 */
export function WorkflowSection({ projectKey, canEdit, scheme }: SectionProps & { scheme: Scheme }) {
  const [draft, setDraft] = useState(() => drafts.draftOf(scheme))
  const [transition, setTransition] = useState({ name: '', from: '', to: '' })
  const save = useSettingsChange(projectKey, (definition: WorkflowDefinition) => projectsApi.replaceWorkflow(projectKey, definition))
  const confirm = useConfirm()
  const problems = drafts.draftProblems(draft)
  const warnings = drafts.draftWarnings(draft)
  // Read once a saved status is taken out: how many issues would move.
  const usage = useQuery({
    queryKey: queryKeys.workflowUsage(projectKey),
    queryFn: () => projectsApi.workflowUsage(projectKey),
    enabled: draft.removed.length > 0,
  })
  const issuesIn = (name: string) => usage.data?.find((status) => status.status === name)?.issues
  const changed = JSON.stringify(drafts.definitionOf(draft)) !== JSON.stringify(drafts.definitionOf(drafts.draftOf(scheme)))
  useUnsavedChanges(canEdit && changed, { what: 'the workflow', detail: 'The statuses and transitions you added, renamed, moved or removed are not saved.' })
  const saveDraft = async () => {
    // Issues unknown (not read yet, or the read failed) are asked about as if there were some.
    const moves = draft.removed
      .filter((gone) => issuesIn(gone.name) !== 0)
      .map((gone) => `${issueCount(issuesIn(gone.name))} in “${gone.name}” to “${drafts.statusName(draft, gone.movesTo)}”`)
    const go =
      !moves.length ||
      (await confirm({
        title: 'Save the workflow and move issues?',
        detail: `Issues in a removed status move: ${moves.join(', ')}. Each move is kept in its issue’s history.`,
        confirmLabel: 'Save and move',
      }))
    if (go) save.mutate(drafts.definitionOf(draft), { onSuccess: (saved) => setDraft(drafts.draftOf(saved)) })
  }
  const addTransition = (event: FormEvent) => {
    event.preventDefault()
    if (!transition.name.trim() || !transition.to) return
    setDraft(drafts.addTransition(draft, transition))
    setTransition({ name: '', from: '', to: '' })
  }

  return (
    <section aria-label="Workflow">
      <h2>Statuses</h2>
      <ol className="settings-list">
        {draft.statuses.map((status, index) => (
          <li key={status.key} className="settings-row">
            {canEdit ? (
              <input
                aria-label={`Name of status ${index + 1}`}
                value={status.name}
                onChange={(e) => setDraft(drafts.renameStatus(draft, status.key, e.target.value))}
              />
            ) : (
              <span>{status.name}</span>
            )}
            <select
              aria-label={`Category of ${status.name}`}
              value={status.category}
              disabled={!canEdit}
              onChange={(e) => setDraft(drafts.setCategory(draft, status.key, e.target.value as StatusCategory))}
            >
              {STATUS_CATEGORIES.map((category) => (
                <option key={category.value} value={category.value}>
                  {category.label}
                </option>
              ))}
            </select>
            {canEdit && (
              <>
                <button type="button" className="icon-button" aria-label={`Move ${status.name} left`} onClick={() => setDraft(drafts.moveStatus(draft, status.key, -1))}>
                  ↑
                </button>
                <button type="button" className="icon-button" aria-label={`Move ${status.name} right`} onClick={() => setDraft(drafts.moveStatus(draft, status.key, 1))}>
                  ↓
                </button>
                <button type="button" className="button button-ghost" aria-label={`Remove status ${status.name}`} onClick={() => setDraft(drafts.removeStatus(draft, status.key))}>
                  Remove
                </button>
              </>
            )}
          </li>
        ))}
      </ol>
      {canEdit && <AddRow label="New status" button="Add status" onAdd={(name) => setDraft(drafts.addStatus(draft, name, 'indeterminate'))} />}
      {canEdit && draft.removed.length > 0 && (
        <section aria-label="Removed statuses">
          <h3>Removed statuses</h3>
          <p className="muted">Their issues move when you save. Discard changes to keep a status.</p>
          <ul className="settings-list">
            {draft.removed.map((gone) =>
              issuesIn(gone.name) === 0 ? (
                <li key={gone.key} className="settings-row muted">
                  “{gone.name}” has no issues.
                </li>
              ) : (
                <li key={gone.key} className="settings-row">
                  <label className="settings-row">
                    <span>
                      {capitalized(issueCount(issuesIn(gone.name)))} in <strong>{gone.name}</strong> {issuesIn(gone.name) === 1 ? 'moves' : 'move'} to
                    </span>
                    <select
                      aria-label={`Issues in ${gone.name} move to`}
                      value={gone.movesTo}
                      onChange={(e) => setDraft(drafts.moveIssuesTo(draft, gone.key, e.target.value))}
                    >
                      {draft.statuses.map((status) => (
                        <option key={status.key} value={status.key}>
                          {status.name}
                        </option>
                      ))}
                    </select>
                  </label>
                </li>
              ),
            )}
          </ul>
        </section>
      )}
      <h2>Transitions</h2>
      <ul className="settings-list">
        {draft.transitions.map((t, index) => (
          <li key={index} className="settings-row">
            <strong>{t.name}</strong>
            <span className="muted">
              {drafts.statusName(draft, t.from) ?? 'Any status'} → {drafts.statusName(draft, t.to)}
            </span>
            {canEdit && (
              <button type="button" className="button button-ghost" aria-label={`Remove transition ${t.name}`} onClick={() => setDraft(drafts.removeTransition(draft, index))}>
                Remove
              </button>
            )}
          </li>
        ))}
        {!draft.transitions.length && <li className="muted">No transitions: issues cannot change status.</li>}
      </ul>
      {canEdit && (
        <form className="settings-row" onSubmit={addTransition} aria-label="Add a transition">
          <input aria-label="Transition name" placeholder="Name" value={transition.name} onChange={(e) => setTransition({ ...transition, name: e.target.value })} />
          <select aria-label="From" value={transition.from} onChange={(e) => setTransition({ ...transition, from: e.target.value })}>
            <option value="">Any status</option>
            {draft.statuses.map((status) => (
              <option key={status.key} value={status.key}>
                {status.name}
              </option>
            ))}
          </select>
          <select aria-label="To" value={transition.to} onChange={(e) => setTransition({ ...transition, to: e.target.value })}>
            <option value="">To…</option>
            {draft.statuses.map((status) => (
              <option key={status.key} value={status.key}>
                {status.name}
              </option>
            ))}
          </select>
          <button type="submit" className="button">
            Add transition
          </button>
        </form>
      )}
      {problems.map((problem) => (
        <p key={problem} className="error-text">
          {problem}
        </p>
      ))}
      {canEdit &&
        warnings.map((warning) => (
          <p key={warning} className="warning-text">
            {warning}
          </p>
        ))}
      <ProblemText error={save.error} />
      {canEdit && (
        <div className="settings-row settings-actions">
          <button
            type="button"
            className="button button-primary"
            disabled={!changed || problems.length > 0 || save.isPending}
            onClick={() => void saveDraft()}
          >
            Save workflow
          </button>
          <button type="button" className="button button-ghost" disabled={!changed} onClick={() => setDraft(drafts.draftOf(scheme))}>
            Discard changes
          </button>
        </div>
      )}
      <WipSection projectKey={projectKey} canEdit={canEdit} scheme={scheme} />
    </section>
  )
}

/** "12 issues", "1 issue", or "Its issues" while the count is not known. */
const issueCount = (issues: number | undefined) => (issues === undefined ? 'its issues' : plural(issues, 'issue'))
