import { useState, type FormEvent } from 'react'
import { projectsApi, type Scheme } from '../api/projects'
import { useConfirm } from '../app/use-confirm'
import { useUnsavedChanges } from '../app/use-unsaved-changes'
import { AddRow } from './add-row'
import type { SectionProps } from './settings-page'
import { ProblemText } from './problem-text'
import { latestError, useSettingsChange } from './use-settings'

/** Components: added, renamed in place, deleted once no issue has them (the server says how many still do). */
export function ComponentsSection({ projectKey, canEdit, scheme }: SectionProps & { scheme: Scheme }) {
  const [editing, setEditing] = useState<{ from: string; name: string; description: string }>()
  const confirm = useConfirm()
  const add = useSettingsChange(projectKey, (component: string) => projectsApi.addComponent(projectKey, component))
  const rename = useSettingsChange(projectKey, (change: { from: string; name: string; description: string }) =>
    projectsApi.updateComponent(projectKey, change.from, { name: change.name, description: change.description }),
  )
  const remove = useSettingsChange(projectKey, (component: string) => projectsApi.deleteComponent(projectKey, component))
  const original = scheme.components.find((component) => component.name === editing?.from)
  useUnsavedChanges(!!editing && (editing.name !== original?.name || editing.description !== (original?.description ?? '')), {
    what: `the component “${editing?.from}”`,
    detail: 'The name and description you typed are not saved.',
  })
  const saveEdit = (event: FormEvent) => {
    event.preventDefault()
    if (editing) rename.mutate(editing, { onSuccess: () => setEditing(undefined) })
  }

  return (
    <section aria-label="Components">
      <ul className="settings-list">
        {scheme.components.map((component) =>
          editing?.from === component.name ? (
            <li key={component.id}>
              <form className="settings-row" onSubmit={saveEdit}>
                <input aria-label="Component name" value={editing.name} onChange={(e) => setEditing({ ...editing, name: e.target.value })} />
                <input
                  aria-label="Component description"
                  placeholder="Description"
                  value={editing.description}
                  onChange={(e) => setEditing({ ...editing, description: e.target.value })}
                />
                <button type="submit" className="button button-primary" disabled={rename.isPending}>
                  Save
                </button>
                <button type="button" className="button button-ghost" onClick={() => setEditing(undefined)}>
                  Cancel
                </button>
              </form>
            </li>
          ) : (
            <li key={component.id} className="settings-row">
              <strong>{component.name}</strong>
              {component.description && <span className="muted">{component.description}</span>}
              {canEdit && (
                <>
                  <button
                    type="button"
                    className="button button-ghost"
                    aria-label={`Edit ${component.name}`}
                    onClick={() => setEditing({ from: component.name, name: component.name, description: component.description ?? '' })}
                  >
                    Edit
                  </button>
                  <button
                    type="button"
                    className="button button-ghost"
                    aria-label={`Delete ${component.name}`}
                    onClick={() =>
                      void confirm({ title: `Delete the component “${component.name}”?`, confirmLabel: 'Delete', danger: true }).then(
                        (ok) => ok && remove.mutate(component.name),
                      )
                    }
                  >
                    Delete
                  </button>
                </>
              )}
            </li>
          ),
        )}
        {!scheme.components.length && <li className="muted">No components yet{canEdit ? ': add one below.' : '.'}</li>}
      </ul>
      <ProblemText error={latestError(add, rename, remove)} />
      {canEdit && <AddRow label="New component" button="Add component" busy={add.isPending} onAdd={(name) => add.mutateAsync(name)} />}
    </section>
  )
}
