import { useState } from 'react'
import { projectsApi, type Scheme } from '../api/projects'
import { useUnsavedChanges } from '../app/use-unsaved-changes'
import { AddRow } from './add-row'
import type { SectionProps } from './settings-page'
import { ProblemText } from './problem-text'
import { useSettingsChange } from './use-settings'

/** The project's priorities, highest first, and the one new issues get when none is chosen. */
export function PrioritiesSection({ projectKey, canEdit, scheme }: SectionProps & { scheme: Scheme }) {
  const initial = scheme.priorities.map((priority) => priority.name)
  const initialDefault = scheme.priorities.find((priority) => priority.isDefault)?.name ?? initial[0] ?? ''
  const [names, setNames] = useState(initial)
  const [fallback, setFallback] = useState(initialDefault)
  const save = useSettingsChange(projectKey, () => projectsApi.replacePriorities(projectKey, names, fallback))
  const changed = JSON.stringify(names) !== JSON.stringify(initial) || fallback !== initialDefault
  useUnsavedChanges(canEdit && changed, { what: 'the priorities', detail: 'The priorities you added, removed or reordered and the default you chose are not saved.' })
  const move = (index: number, step: -1 | 1) => {
    const target = index + step
    if (target < 0 || target >= names.length) return
    const next = [...names]
    ;[next[index], next[target]] = [next[target], next[index]]
    setNames(next)
  }

  return (
    <section aria-label="Priorities">
      <ol className="settings-list">
        {names.map((name, index) => (
          <li key={name} className="settings-row">
            <span>{name}</span>
            {canEdit ? (
              <>
                <label className="muted">
                  <input type="radio" name="default-priority" checked={fallback === name} onChange={() => setFallback(name)} /> default
                </label>
                <button type="button" className="icon-button" aria-label={`Move ${name} up`} onClick={() => move(index, -1)}>
                  ↑
                </button>
                <button type="button" className="icon-button" aria-label={`Move ${name} down`} onClick={() => move(index, 1)}>
                  ↓
                </button>
                <button type="button" className="button button-ghost" aria-label={`Remove priority ${name}`} onClick={() => setNames(names.filter((n) => n !== name))}>
                  Remove
                </button>
              </>
            ) : (
              fallback === name && <span className="muted">default</span>
            )}
          </li>
        ))}
      </ol>
      <ProblemText error={save.error} />
      {canEdit && (
        <>
          <AddRow label="New priority" button="Add priority" onAdd={(name) => setNames([...names, name])} />
          <div className="settings-row">
            <button type="button" className="button button-primary" disabled={save.isPending || !names.length || !changed} onClick={() => save.mutate(undefined)}>
              Save priorities
            </button>
            <button type="button" className="button button-ghost" disabled={!changed} onClick={() => (setNames(initial), setFallback(initialDefault))}>
              Discard changes
            </button>
          </div>
        </>
      )}
    </section>
  )
}
