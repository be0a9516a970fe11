import type { Issue } from '../api/issues'
import { useAskToDiscard, useUnsavedChanges } from '../app/use-unsaved-changes'
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

/** Esc or Cancel with changes asks before discarding them; a panel closed without either offers them back when reopened. */
export function EditableDescription({ issue, canEdit, onSave }: Props) {
  const draft = useDraft(issue.description ?? '', `${issue.key}:description`)
  const askToDiscard = useAskToDiscard()
  useUnsavedChanges(draft.dirty, { what: 'the description', detail: 'The description you wrote is not saved.' })
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
          onCancel={() => {
            if (!draft.dirty) draft.stop()
            else void askToDiscard('the description').then((discard) => discard && draft.stop())
          }}
          submitLabel="Save"
        />
      </div>
    )
  }
  return (
    <section className="description">
      {issue.description ? <Markdown source={issue.description} /> : <p className="muted">No description.</p>}
      {canEdit && draft.kept !== undefined && (
        <p className="kept-draft" role="status">
          <span>You have an unsaved description from before.</span>
          <button type="button" className="link-button" onClick={draft.restore}>
            Restore it
          </button>
          <button type="button" className="link-button" onClick={draft.stop}>
            Discard it
          </button>
        </p>
      )}
      {canEdit && (
        <button type="button" className="button small" onClick={draft.start}>
          <span aria-hidden="true">✎</span> Edit description
        </button>
      )}
    </section>
  )
}
