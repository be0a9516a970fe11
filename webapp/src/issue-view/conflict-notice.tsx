import type { IssueChanges } from '../api/issues'
import type { Conflict } from './use-issue'

function show(value: unknown): string {
  if (value === null || value === undefined || value === '') return 'empty'
  if (Array.isArray(value)) return value.length ? value.join(', ') : 'none'
  if (typeof value === 'object' && 'displayName' in value) return String(value.displayName)
  return String(value)
}

export function ConflictNotice({ conflict, onApplyAgain, onDismiss }: { conflict: Conflict; onApplyAgain: () => void; onDismiss: () => void }) {
  const fields = Object.keys(conflict.changes) as (keyof IssueChanges)[]
  const current = conflict.current as unknown as Record<string, unknown>
  return (
    <div className="notice notice-warning" role="alert">
      <p>
        <strong>{conflict.current.key} was changed by someone else</strong> while you were editing, so your change was not saved.
      </p>
      <ul>
        {fields.map((field) => {
          const now = show(current[field])
          const yours = show(conflict.changes[field])
          // A text of several lines (a description) is shown as written, both versions in full, so they can be merged.
          if (!now.includes('\n') && !yours.includes('\n')) {
            return (
              <li key={field}>
                {field}: now <q>{now}</q>; yours was <q>{yours}</q>
              </li>
            )
          }
          return (
            <li key={field}>
              {field} now:
              <pre className="conflict-text">{now}</pre>
              yours:
              <pre className="conflict-text">{yours}</pre>
            </li>
          )
        })}
      </ul>
      <div className="notice-actions">
        <button type="button" className="button" onClick={onApplyAgain}>
          Apply mine again
        </button>
        <button type="button" className="button button-ghost" onClick={onDismiss}>
          Keep theirs
        </button>
      </div>
    </div>
  )
}
