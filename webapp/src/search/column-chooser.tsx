import { useEffect, useRef, type KeyboardEvent as ReactKeyboardEvent } from 'react'
import { RESULT_COLUMNS } from './result-cells'

/** Where ↑/↓ (wrapping), Home and End move the focus among `count` checkboxes from `at` (-1: none focused yet). */
function nextCheckbox(key: string, at: number, count: number): number | undefined {
  switch (key) {
    case 'ArrowDown':
      return (at + 1) % count
    case 'ArrowUp':
      return at < 0 ? count - 1 : (at - 1 + count) % count
    case 'Home':
      return 0
    case 'End':
      return count - 1
    default:
      return undefined
  }
}

/**
 * A menu of checkboxes, one per column; key and summary cannot be taken away. ↓ on the button opens it at its first
 * checkbox; ↑/↓, Home and End move between them, Space ticks. A click elsewhere or Esc closes it (Esc back to its button).
 */
export function ColumnChooser({ shown, onToggle }: { shown: string[]; onToggle: (field: string) => void }) {
  const menu = useRef<HTMLDetailsElement>(null)
  useEffect(() => {
    const close = (event: Event) => {
      const details = menu.current
      if (!details?.open || (event instanceof KeyboardEvent ? event.key !== 'Escape' : details.contains(event.target as Node))) return
      const hadFocus = details.contains(document.activeElement)
      details.open = false
      if (hadFocus) details.querySelector('summary')?.focus()
    }
    document.addEventListener('pointerdown', close)
    document.addEventListener('keydown', close)
    return () => {
      document.removeEventListener('pointerdown', close)
      document.removeEventListener('keydown', close)
    }
  }, [])
  const move = (event: ReactKeyboardEvent) => {
    const details = menu.current
    if (!details || event.altKey || event.ctrlKey || event.metaKey) return
    const boxes = [...details.querySelectorAll<HTMLInputElement>('input[type=checkbox]:not(:disabled)')]
    const at = boxes.indexOf(document.activeElement as HTMLInputElement)
    const onButton = event.target instanceof HTMLElement && event.target.tagName === 'SUMMARY'
    const next = onButton && event.key !== 'ArrowDown' ? undefined : nextCheckbox(event.key, at, boxes.length)
    if (next === undefined || !boxes.length) return
    event.preventDefault()
    details.open = true
    boxes[next].focus()
  }
  return (
    <details className="column-chooser" ref={menu} onKeyDown={move}>
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
