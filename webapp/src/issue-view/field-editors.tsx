import { useState, type KeyboardEvent } from 'react'

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
      {!chosen.length && (!canEdit || !left.length) && <span className="muted">None</span>}
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
export function CommitField<T>({ label, value, canEdit, placeholder, type = 'text', parse, onSave }: {
  label: string
  value: string
  canEdit: boolean
  placeholder?: string
  type?: 'text' | 'number' | 'date'
  parse: (text: string) => { value: T } | { error: string }
  onSave: (value: T) => void
}) {
  const [draft, setDraft] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)
  if (!canEdit) return value ? <span>{value}</span> : <span className="muted">None</span>
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
    } else if (event.key === 'Escape') {
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
        value={draft ?? value}
        onChange={(event) => {
          setDraft(event.target.value)
          if (type === 'date') setError(null)
        }}
        onKeyDown={keys}
        onBlur={commit}
      />
      {error && (
        <span role="alert" className="field-error">
          {error}
        </span>
      )}
    </span>
  )
}
