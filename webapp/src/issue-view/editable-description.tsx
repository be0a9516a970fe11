import { useState } from 'react'
import type { Issue } from '../api/issues'
import { Markdown } from '../ui/markdown'
import { MarkdownEditor } from './markdown-editor'

export function EditableDescription({ issue, canEdit, onSave }: { issue: Issue; canEdit: boolean; onSave: (description: string) => void }) {
  const [draft, setDraft] = useState<string | null>(null)
  if (draft !== null) {
    return (
      <MarkdownEditor
        label="Description"
        value={draft}
        onChange={setDraft}
        onSubmit={() => {
          if (draft !== (issue.description ?? '')) onSave(draft)
          setDraft(null)
        }}
        onCancel={() => setDraft(null)}
        submitLabel="Save"
      />
    )
  }
  return (
    <section className="description">
      {issue.description ? <Markdown source={issue.description} /> : <p className="muted">No description.</p>}
      {canEdit && (
        <button type="button" className="button button-ghost small" onClick={() => setDraft(issue.description ?? '')}>
          Edit description
        </button>
      )}
    </section>
  )
}
