import { useRef, useState } from 'react'
import type { Issue } from '../api/issues'

export function EditableSummary({ issue, canEdit, onSave }: { issue: Issue; canEdit: boolean; onSave: (summary: string) => void }) {
  const [draft, setDraft] = useState<string | null>(null)
  const cancelled = useRef(false)
  // Saving happens on blur only: Enter blurs, Esc blurs without saving, so one edit is one request.
  const commit = () => {
    const summary = draft?.trim()
    setDraft(null)
    if (!cancelled.current && summary && summary !== issue.summary) onSave(summary)
    cancelled.current = false
  }
  if (draft === null) {
    return (
      <h1
        className={`issue-summary${canEdit ? ' editable' : ''}`}
        tabIndex={canEdit ? 0 : undefined}
        title={canEdit ? 'Click to edit' : undefined}
        onClick={() => canEdit && setDraft(issue.summary)}
        onKeyDown={(event) => canEdit && event.key === 'Enter' && setDraft(issue.summary)}
      >
        {issue.summary}
      </h1>
    )
  }
  return (
    <input
      className="issue-summary-input editing"
      aria-label="Summary"
      autoFocus
      value={draft}
      onChange={(event) => setDraft(event.target.value)}
      onBlur={commit}
      onKeyDown={(event) => {
        if (event.key === 'Enter') event.currentTarget.blur()
        if (event.key === 'Escape') {
          cancelled.current = true
          event.currentTarget.blur()
        }
      }}
    />
  )
}
