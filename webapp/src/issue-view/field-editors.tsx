import { useId, useState, type KeyboardEvent, type ReactNode } from 'react'
import { NoValue } from '../ui/issue-cells'
import { splitLabels } from './field-parsing'

/**
 * A row of an issue's fields column. Shown as a value (`asValue`: to someone who cannot edit it), the value is named by
 * the row's term, as a control is by its own label.
 */
export function FieldRow({ label, asValue, className, children }: { label: string; asValue: boolean; className?: string; children: ReactNode }) {
  const id = useId()
  return (
    <>
      <dt id={id}>{label}</dt>
      <dd className={className} aria-labelledby={asValue ? id : undefined}>
        {children}
      </dd>
    </>
  )
}

/** Chosen names as chips, each removable, and a list of the names left to add: components, versions. */
export function ChoiceChips({ label, chosen, options, canEdit, onChange }: {
  label: string
  chosen: string[]
  options: string[]
  canEdit: boolean
  onChange: (names: string[]) => void
}) {
  const left = options.filter((option) => !chosen.includes(option))
  return (
    <div className="labels">
      <Chips what={label.toLowerCase()} names={chosen} canEdit={canEdit} onChange={onChange} />
      {!chosen.length && (!canEdit || !left.length) && <NoValue />}
      {canEdit && left.length > 0 && (
        <select className="chip-add" aria-label={`Add ${label.toLowerCase()}`} value="" onChange={(event) => onChange([...chosen, event.target.value])}>
          <option value="">Add…</option>
          {left.map((option) => (
            <option key={option}>{option}</option>
          ))}
        </select>
      )}
    </div>
  )
}

/**
 * Labels as removable chips and a field that adds one on Enter, comma or leaving it (spaces become dashes, as Jira's
 * labels have none). `folded`: the field shows only once its "+" is pressed, for a row of a list.
 */
export function Labels({ labels, canEdit, onChange, folded = false, what = 'label' }: {
  labels: string[]
  canEdit: boolean
  onChange: (labels: string[]) => void
  folded?: boolean
  /** How the field and the chips' buttons name it ("label", "label of WEB-1"). */
  what?: string
}) {
  const [draft, setDraft] = useState('')
  const [open, setOpen] = useState(!folded)
  const add = () => {
    const added = splitLabels(draft).filter((label) => !labels.includes(label))
    setDraft('')
    if (folded) setOpen(false)
    if (added.length) onChange([...labels, ...added])
  }
  return (
    <div className="labels">
      <Chips what={what} names={labels} canEdit={canEdit} onChange={onChange} />
      {!labels.length && !canEdit && <NoValue />}
      {canEdit && !open && (
        <button type="button" className="link-button label-add" aria-label={`Add ${what}`} title="Add label" onClick={() => setOpen(true)}>
          +
        </button>
      )}
      {canEdit && open && (
        <input
          className="label-input"
          aria-label={`Add ${what}`}
          placeholder="Add label"
          autoFocus={folded}
          value={draft}
          onChange={(event) => setDraft(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter' || event.key === ',') {
              event.preventDefault()
              add()
            } else if (event.key === 'Escape' && (draft || folded)) {
              // Drops what was typed; an Esc with nothing typed is the page's (it closes the issue panel).
              event.stopPropagation()
              setDraft('')
              setOpen(!folded)
            }
          }}
          onBlur={add}
        />
      )}
    </div>
  )
}

/** Names as chips, each with a button that removes it when the user may edit. */
export function Chips({ what, names, canEdit, onChange }: { what: string; names: string[]; canEdit: boolean; onChange: (names: string[]) => void }) {
  return names.map((name) => (
    <span key={name} className="label-chip">
      {name}
      {canEdit && (
        <button type="button" aria-label={`Remove ${what} ${name}`} onClick={() => onChange(names.filter((other) => other !== name))}>
          ×
        </button>
      )}
    </span>
  ))
}

/**
 * A text field saved when it loses focus or on Enter, if it changed; Escape puts the saved value back. `parse` turns
 * the text into the value to save, or returns an error message shown beside the field (nothing is sent then).
 */
export function CommitField<T>({ label, value, canEdit, placeholder, type = 'text', parse, onSave, suggestions }: {
  label: string
  value: string
  canEdit: boolean
  placeholder?: string
  type?: 'text' | 'number' | 'date'
  parse: (text: string) => { value: T } | { error: string }
  onSave: (value: T) => void
  /** A `<datalist>` with this id, offered while typing (the text typed so far is given). */
  suggestions?: (listId: string, typed: string) => ReactNode
}) {
  const listId = useId()
  const [draft, setDraft] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)
  if (!canEdit) return value ? <span>{value}</span> : <NoValue />
  const commit = () => {
    if (draft === null || draft.trim() === value) {
      setDraft(null)
      setError(null)
      return
    }
    const parsed = parse(draft.trim())
    if ('error' in parsed) {
      setError(parsed.error)
      return
    }
    setDraft(null)
    setError(null)
    onSave(parsed.value)
  }
  const keys = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault()
      commit()
    } else if (event.key === 'Escape' && (draft !== null || error)) {
      event.stopPropagation()
      setDraft(null)
      setError(null)
    }
  }
  return (
    <span className="commit-field">
      <input
        className="field-input"
        aria-label={label}
        aria-invalid={error ? true : undefined}
        type={type}
        step={type === 'number' ? 'any' : undefined}
        placeholder={placeholder}
        list={suggestions ? listId : undefined}
        value={draft ?? value}
        onChange={(event) => {
          setDraft(event.target.value)
          if (type === 'date') setError(null)
        }}
        onKeyDown={keys}
        onBlur={commit}
      />
      {suggestions?.(listId, draft ?? '')}
      {error && (
        <span role="alert" className="field-error">
          {error}
        </span>
      )}
    </span>
  )
}
