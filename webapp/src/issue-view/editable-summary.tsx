import { useRef } from 'react'
import type { Issue } from '../api/issues'
import { ChangedUnderNotice } from './changed-under-notice'
import { useDraft } from './use-draft'

interface Props {
  issue: Issue
  canEdit: boolean
  /** `base` is the summary the edit started from, so a save over someone else's newer one can be caught. */
  onSave: (summary: string, base: string) => void
}

export function EditableSummary({ issue, canEdit, onSave }: Props) {
  const draft = useDraft(issue.summary)
  const cancelled = useRef(false)
  // Saving happens on blur only: Enter blurs, Esc blurs without saving, so one edit is one request.
  const commit = () => {
    const summary = draft.text.trim()
    draft.stop()
    if (!cancelled.current && summary && summary !== draft.base) onSave(summary, draft.base)
    cancelled.current = false
  }
  if (!draft.editing) {
    return (
      <h1
        className={`issue-summary${canEdit ? ' editable' : ''}`}
        tabIndex={canEdit ? 0 : undefined}
        title={canEdit ? 'Click to edit' : undefined}
        onClick={() => canEdit && draft.start()}
        onKeyDown={(event) => canEdit && event.key === 'Enter' && draft.start()}
      >
        {issue.summary}
      </h1>
    )
  }
  return (
    <div className="editing">
      <input
        className="issue-summary-input"
        aria-label="Summary"
        autoFocus
        value={draft.text}
        onChange={(event) => draft.change(event.target.value)}
        onBlur={commit}
        onKeyDown={(event) => {
          if (event.key === 'Enter') event.currentTarget.blur()
          if (event.key === 'Escape') {
            cancelled.current = true
            event.currentTarget.blur()
          }
        }}
      />
      <ChangedUnderNotice draft={draft} theirs={issue.summary} />
    </div>
  )
}
