import type { Issue } from '../api/issues'
import { Markdown } from '../ui/markdown'
import { ChangedUnderNotice } from './changed-under-notice'
import { MarkdownEditor } from './markdown-editor'
import { useDraft } from './use-draft'

interface Props {
  issue: Issue
  canEdit: boolean
  /** `base` is the description the edit started from, so a save over someone else's newer one can be caught. */
  onSave: (description: string, base: string) => void
}

export function EditableDescription({ issue, canEdit, onSave }: Props) {
  const draft = useDraft(issue.description ?? '')
  if (draft.editing) {
    return (
      <div className="description-editor">
        <ChangedUnderNotice draft={draft} />
        <MarkdownEditor
          label="Description"
          projectKey={issue.projectKey}
          value={draft.text}
          onChange={draft.change}
          onSubmit={() => {
            if (draft.text !== draft.base) onSave(draft.text, draft.base)
            draft.stop()
          }}
          onCancel={draft.stop}
          submitLabel="Save"
        />
      </div>
    )
  }
  return (
    <section className="description">
      {issue.description ? <Markdown source={issue.description} /> : <p className="muted">No description.</p>}
      {canEdit && (
        <button type="button" className="button small" onClick={draft.start}>
          <span aria-hidden="true">✎</span> Edit description
        </button>
      )}
    </section>
  )
}
