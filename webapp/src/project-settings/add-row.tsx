import { useState, type FormEvent } from 'react'

interface Props {
  /** The field's label and placeholder, e.g. "New status". */
  label: string
  button: string
  busy?: boolean
  /** Called with the trimmed name; resolve `true` (or nothing) to clear the field. */
  onAdd: (name: string) => void | Promise<unknown>
}

/** One text field and a button that adds what was typed to a list of settings. */
export function AddRow({ label, button, busy = false, onAdd }: Props) {
  const [name, setName] = useState('')
  const submit = async (event: FormEvent) => {
    event.preventDefault()
    if (!name.trim()) return
    try {
      await onAdd(name.trim())
      setName('')
    } catch {
      // The caller shows what went wrong; the typed name stays to be corrected.
    }
  }
  return (
    <form className="settings-row" onSubmit={submit}>
      <input aria-label={label} placeholder={label} value={name} onChange={(e) => setName(e.target.value)} />
      <button type="submit" className="button" disabled={busy}>
        {button}
      </button>
    </form>
  )
}
