import { useState, type FormEvent } from 'react'
import type { Filter } from '../api/filters'
import { useCurrentUser } from '../app/current-user'
import { useProjects } from '../projects/use-projects'
import { Dialog } from '../ui/dialog'
import { Field } from '../ui/field'
import { draftOf, filterProblems, toChanges, validateFilter, type FilterDraft, type FilterProblems } from './filter-form'
import { useFilters, useSaveFilter } from './use-filters'

interface Props {
  /** The filter to edit; without it a new filter is saved. */
  filter?: Filter
  jql: string
  onClose: () => void
  onSaved: (filter: Filter) => void
}

export function FilterDialog({ filter, jql, onClose, onSaved }: Props) {
  const user = useCurrentUser()
  const projects = useProjects()
  const filters = useFilters()
  const save = useSaveFilter()
  const [draft, setDraft] = useState<FilterDraft>(() => draftOf(filter, jql))
  const [checked, setChecked] = useState<FilterProblems['byField']>({})
  const server = filterProblems(save.error)
  const problems = { ...server.byField, ...checked }
  const takenNames = (filters.data ?? []).filter((other) => other.owner.id === user.id && other.id !== filter?.id).map((other) => other.name)
  const set = (field: keyof FilterDraft) => (event: { target: { value: string } }) => setDraft((all) => ({ ...all, [field]: event.target.value }))

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const found = validateFilter(draft, takenNames)
    setChecked(found)
    if (Object.keys(found).length) return
    save.mutate({ id: filter?.id, changes: toChanges(draft) }, { onSuccess: onSaved })
  }

  return (
    <Dialog title={filter ? `Edit filter “${filter.name}”` : 'Save as filter'} onClose={onClose}>
      <form className="create-form" onSubmit={submit} noValidate>
        <Field label="Name" error={problems.name}>
          <input data-autofocus value={draft.name} onChange={set('name')} placeholder="e.g. My open bugs" />
        </Field>
        <Field label="Description" error={problems.description}>
          <textarea rows={2} value={draft.description} onChange={set('description')} placeholder="Optional" />
        </Field>
        <Field label="JQL" error={problems.jql}>
          <textarea className="mono" rows={3} value={draft.jql} onChange={set('jql')} spellCheck={false} />
        </Field>
        <Field label="Shared with" error={problems.projectKey}>
          <select value={draft.projectKey} onChange={set('projectKey')}>
            <option value="">Nobody (private)</option>
            {projects.data?.map((project) => (
              <option key={project.key} value={project.key}>
                Members of {project.name} ({project.key})
              </option>
            ))}
          </select>
        </Field>
        {server.general && (
          <p className="error-text" role="alert">
            {server.general}
          </p>
        )}
        <footer className="dialog-footer">
          <button type="button" className="button button-ghost" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button button-primary" disabled={save.isPending}>
            {save.isPending ? 'Saving…' : filter ? 'Save changes' : 'Save filter'}
          </button>
        </footer>
      </form>
    </Dialog>
  )
}
