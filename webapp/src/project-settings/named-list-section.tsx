import { useState, type FormEvent, type ReactNode } from 'react'
import { projectsApi, type Named, type Scheme, type TypeLevel } from '../api/projects'
import { useConfirm } from '../app/use-confirm'
import { AddRow } from './add-row'
import { ProblemText } from './problem-text'
import type { SectionProps } from './settings-page'
import { latestError, useSettingsChange } from './use-settings'

interface ListProps extends SectionProps {
  /** "Issue type", "Resolution": names the fields and buttons. */
  noun: string
  items: Named[]
  describe?: (item: Named) => ReactNode
  rename: (from: string, to: string) => Promise<Scheme>
  remove: (name: string) => Promise<Scheme>
  /** The form that adds one (shown to admins). */
  adder: ReactNode
  /** The add change, whose failure shows with the list's other changes'. */
  adding: { error: Error | null; submittedAt: number }
}

/** A list of names renamed in place and removed; the server refuses what issues still use, and says so here. */
function NamedList({ projectKey, canEdit, noun, items, describe, rename, remove, adder, adding }: ListProps) {
  const [editing, setEditing] = useState<{ from: string; name: string }>()
  const confirm = useConfirm()
  const renaming = useSettingsChange(projectKey, (change: { from: string; name: string }) => rename(change.from, change.name))
  const removing = useSettingsChange(projectKey, remove)
  const save = (event: FormEvent) => {
    event.preventDefault()
    if (editing && editing.name.trim()) renaming.mutate({ from: editing.from, name: editing.name.trim() }, { onSuccess: () => setEditing(undefined) })
  }
  return (
    <section aria-label={`${noun}s`}>
      <ul className="settings-list">
        {items.map((item) =>
          editing?.from === item.name ? (
            <li key={item.id}>
              <form className="settings-row" onSubmit={save}>
                <input aria-label={`${noun} name`} value={editing.name} onChange={(e) => setEditing({ ...editing, name: e.target.value })} />
                <button type="submit" className="button button-primary" disabled={renaming.isPending}>
                  Save
                </button>
                <button type="button" className="button button-ghost" onClick={() => setEditing(undefined)}>
                  Cancel
                </button>
              </form>
            </li>
          ) : (
            <li key={item.id} className="settings-row">
              <strong>{item.name}</strong>
              {describe?.(item)}
              {canEdit && (
                <>
                  <button type="button" className="button button-ghost" aria-label={`Rename ${item.name}`} onClick={() => setEditing({ from: item.name, name: item.name })}>
                    Rename
                  </button>
                  <button
                    type="button"
                    className="button button-ghost"
                    aria-label={`Remove ${item.name}`}
                    onClick={() =>
                      void confirm({ title: `Remove the ${noun.toLowerCase()} “${item.name}”?`, confirmLabel: 'Remove', danger: true }).then(
                        (ok) => ok && removing.mutate(item.name),
                      )
                    }
                  >
                    Remove
                  </button>
                </>
              )}
            </li>
          ),
        )}
      </ul>
      <ProblemText error={latestError(adding, renaming, removing)} />
      {canEdit && adder}
    </section>
  )
}

const LEVELS: { level: TypeLevel; value: number; label: string }[] = [
  { level: 'standard', value: 0, label: 'Standard issue' },
  { level: 'epic', value: 1, label: 'Epic (holds issues)' },
  { level: 'subtask', value: -1, label: 'Sub-task (under an issue)' },
]

/** Issue types: added at a level, renamed (issues keep theirs), removed once no issue has them and another standard type remains. */
export function TypesSection({ projectKey, canEdit, scheme }: SectionProps & { scheme: Scheme }) {
  const [name, setName] = useState('')
  const [level, setLevel] = useState<TypeLevel>('standard')
  const add = useSettingsChange(projectKey, ({ name, level }: { name: string; level: TypeLevel }) => projectsApi.addType(projectKey, name, level))
  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (name.trim()) add.mutate({ name: name.trim(), level }, { onSuccess: () => setName('') })
  }
  return (
    <NamedList
      projectKey={projectKey}
      canEdit={canEdit}
      noun="Issue type"
      items={scheme.types}
      describe={(item) => <span className="muted">{LEVELS.find((l) => l.value === (item as Scheme['types'][number]).level)?.label}</span>}
      rename={(from, to) => projectsApi.renameType(projectKey, from, to)}
      remove={(type) => projectsApi.deleteType(projectKey, type)}
      adding={add}
      adder={
        <form className="settings-row" onSubmit={submit}>
          <input aria-label="New issue type" placeholder="New issue type" value={name} onChange={(e) => setName(e.target.value)} />
          <select aria-label="Level" value={level} onChange={(e) => setLevel(e.target.value as TypeLevel)}>
            {LEVELS.map((option) => (
              <option key={option.level} value={option.level}>
                {option.label}
              </option>
            ))}
          </select>
          <button type="submit" className="button" disabled={add.isPending}>
            Add issue type
          </button>
        </form>
      }
    />
  )
}

/** Resolutions: the first is the one an issue gets when it enters a done status without one named. */
export function ResolutionsSection({ projectKey, canEdit, scheme }: SectionProps & { scheme: Scheme }) {
  const add = useSettingsChange(projectKey, (resolution: string) => projectsApi.addResolution(projectKey, resolution))
  return (
    <NamedList
      projectKey={projectKey}
      canEdit={canEdit}
      noun="Resolution"
      items={scheme.resolutions}
      describe={(item) => (item.id === scheme.resolutions[0]?.id ? <span className="muted">default when resolving</span> : null)}
      rename={(from, to) => projectsApi.renameResolution(projectKey, from, to)}
      remove={(resolution) => projectsApi.deleteResolution(projectKey, resolution)}
      adding={add}
      adder={<AddRow label="New resolution" button="Add resolution" busy={add.isPending} onAdd={(name) => add.mutateAsync(name)} />}
    />
  )
}
