import { useEffect, useRef } from 'react'
import { RESULT_COLUMNS } from './result-cells'

/** A menu of checkboxes, one per column; key and summary cannot be taken away. A click elsewhere or Esc closes it. */
export function ColumnChooser({ shown, onToggle }: { shown: string[]; onToggle: (field: string) => void }) {
  const menu = useRef<HTMLDetailsElement>(null)
  useEffect(() => {
    const close = (event: Event) => {
      const details = menu.current
      if (details?.open && !(event instanceof KeyboardEvent ? event.key !== 'Escape' : details.contains(event.target as Node))) details.open = false
    }
    document.addEventListener('pointerdown', close)
    document.addEventListener('keydown', close)
    return () => {
      document.removeEventListener('pointerdown', close)
      document.removeEventListener('keydown', close)
    }
  }, [])
  return (
    <details className="column-chooser" ref={menu}>
      <summary className="button">Columns</summary>
      <fieldset className="column-chooser-menu">
        <legend className="visually-hidden">Columns shown</legend>
        {RESULT_COLUMNS.map((column) => (
          <label key={column.field}>
            <input type="checkbox" checked={shown.includes(column.field)} disabled={column.fixed} onChange={() => onToggle(column.field)} />
            {column.label}
          </label>
        ))}
      </fieldset>
    </details>
  )
}
