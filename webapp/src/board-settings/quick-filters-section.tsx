import { JqlEditor } from '../search/jql-editor'
import { useJqlValidation } from '../search/use-search'
import { addQuickFilter, editQuickFilter, moveQuickFilter, removeQuickFilter, type BoardDraft, type QuickFilterDraft } from './board-draft'
import { FieldError } from './field-error'

interface Props {
  draft: BoardDraft
  setDraft: (draft: BoardDraft) => void
  /** Problems found on saving, by `quick-<index>`. */
  shown: Record<string, string>
}

/**
 * The board's quick filters, as its admins edit them: a name, a JQL query checked as it is typed (as in the JQL box of
 * Search), an optional description; the board shows them as toggles in this order, several on at once ANDed.
 */
export function QuickFiltersSection({ draft, setDraft, shown }: Props) {
  const count = draft.quickFilters.length
  return (
    <section aria-label="Quick filters">
      <h2>Quick filters</h2>
      <p className="muted small">Toggles on the board that narrow its cards; several on at once show the cards all of them match.</p>
      <ol className="settings-list">
        {draft.quickFilters.map((filter, index) => (
          <QuickFilterRow
            key={filter.id ?? `new-${index}`}
            filter={filter}
            index={index}
            last={index === count - 1}
            problem={shown[`quick-${index}`]}
            onEdit={(change) => setDraft(editQuickFilter(draft, index, change))}
            onMove={(by) => setDraft(moveQuickFilter(draft, index, by))}
            onDelete={() => setDraft(removeQuickFilter(draft, index))}
          />
        ))}
        {!count && <li className="muted">No quick filters.</li>}
      </ol>
      <button type="button" className="button" onClick={() => setDraft(addQuickFilter(draft))}>
        Add quick filter
      </button>
    </section>
  )
}

interface RowProps {
  filter: QuickFilterDraft
  index: number
  last: boolean
  problem?: string
  onEdit: (change: Partial<Omit<QuickFilterDraft, 'id'>>) => void
  onMove: (by: -1 | 1) => void
  onDelete: () => void
}

function QuickFilterRow({ filter, index, last, problem, onEdit, onMove, onDelete }: RowProps) {
  const jqlError = useJqlValidation(filter.jql)
  const called = filter.name || `${index + 1}`
  return (
    <li className="quick-filter-settings" aria-label={`Quick filter ${called}`}>
      <div className="settings-row">
        <input aria-label={`Name of quick filter ${index + 1}`} placeholder="Name" value={filter.name} onChange={(e) => onEdit({ name: e.target.value })} />
        <button type="button" className="button button-ghost" aria-label={`Move ${called} up`} disabled={index === 0} onClick={() => onMove(-1)}>
          ↑
        </button>
        <button type="button" className="button button-ghost" aria-label={`Move ${called} down`} disabled={last} onClick={() => onMove(1)}>
          ↓
        </button>
        <button type="button" className="button button-ghost" aria-label={`Delete quick filter ${called}`} onClick={onDelete}>
          Delete
        </button>
      </div>
      <JqlEditor
        label={`JQL of quick filter ${index + 1}`}
        placeholder="assignee = currentUser()"
        value={filter.jql}
        onChange={(jql) => onEdit({ jql })}
        error={jqlError}
      />
      <input
        aria-label={`Description of quick filter ${index + 1}`}
        placeholder="Description (optional)"
        value={filter.description}
        onChange={(e) => onEdit({ description: e.target.value })}
      />
      {/* The JQL box says its own problem; the others (a missing name or query) are said here. */}
      <FieldError message={jqlError ? undefined : problem} />
    </li>
  )
}
