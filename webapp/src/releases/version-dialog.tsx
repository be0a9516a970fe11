import { useState } from 'react'
import type { NewVersion, Version, VersionChanges } from '../api/projects'
import { fieldMessages } from '../create-issue/use-create-issue'
import { Dialog } from '../ui/dialog'
import { Field } from '../ui/field'
import { FormFooter } from '../ui/form-footer'
import { changesOf, draftOf, draftProblems, type Draft } from './version-draft'

/** As the server takes them. */
const MAX_NAME = 100
const MAX_DESCRIPTION = 1000

/** Create a version, or (given `version`) edit its name, dates and description; only what changed is sent. */
export function VersionDialog({ version, error, pending, onEdit, onCreate, onSave, onClose }: {
  version?: Version
  error: Error | null
  pending: boolean
  /** A field changed: the server's refusal was about what it held before (its mutation's `reset`). */
  onEdit: () => void
  onCreate?: (version: NewVersion) => void
  onSave?: (changes: VersionChanges) => void
  onClose: () => void
}) {
  const [draft, setDraft] = useState(() => draftOf(version))
  const [tried, setTried] = useState(false)
  const problems = draftProblems(draft)
  const refusal = fieldMessages(error)
  const shown = { ...refusal.byField, ...(tried ? problems : { startDate: problems.startDate }) }
  const set = (field: keyof Draft) => (event: { target: { value: string } }) => {
    if (error) onEdit()
    setDraft({ ...draft, [field]: event.target.value })
  }
  return (
    <Dialog title={version ? `Edit ${version.name}` : 'Create version'} onClose={onClose}>
      <form
        className="dialog-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault()
          setTried(true)
          if (Object.keys(problems).length) return
          if (!version) onCreate?.({ ...draft, name: draft.name.trim(), description: draft.description.trim() })
          else if (Object.keys(changesOf(version, draft)).length) onSave?.(changesOf(version, draft))
          else onClose()
        }}
      >
        <Field label="Name" error={shown.name}>
          <input data-autofocus maxLength={MAX_NAME} value={draft.name} onChange={set('name')} />
        </Field>
        <div className="form-row">
          <Field label="Start date" error={shown.startDate}>
            <input type="date" value={draft.startDate} onChange={set('startDate')} />
          </Field>
          <Field label="Release date" error={shown.releaseDate}>
            <input type="date" value={draft.releaseDate} onChange={set('releaseDate')} />
          </Field>
        </div>
        <Field label="Description" error={shown.description}>
          <textarea rows={3} maxLength={MAX_DESCRIPTION} value={draft.description} onChange={set('description')} />
        </Field>
        <FormFooter submit={version ? 'Save' : 'Create'} refusal={refusal.general} pending={pending} onClose={onClose} />
      </form>
    </Dialog>
  )
}
