/** Whether the user wants suggestions (they typed, or asked with Ctrl+Space) and which one is highlighted. */
export interface ListState {
  open: boolean
  active: number
}

export const closedList: ListState = { open: false, active: 0 }

export interface KeyPress {
  key: string
  shiftKey?: boolean
  ctrlKey?: boolean
  metaKey?: boolean
  altKey?: boolean
}

export interface KeyOutcome {
  state: ListState
  command: 'accept' | 'run' | 'none'
  /** The key is used up: the field must not also act on it (no newline, no focus move). */
  handled: boolean
}

/**
 * The keyboard of the JQL box, given how many suggestions are on screen: ↑/↓ choose, Enter/Tab accept, Esc closes,
 * Ctrl+Space opens; Enter without a list (or Ctrl/⌘+Enter at any time) runs the query; Shift+Enter is a new line.
 */
export function onListKey(state: ListState, press: KeyPress, count: number): KeyOutcome {
  const shown = state.open && count > 0
  const active = Math.min(state.active, Math.max(count - 1, 0))
  const pass: KeyOutcome = { state, command: 'none', handled: false }
  const take = (next: ListState, command: KeyOutcome['command'] = 'none'): KeyOutcome => ({ state: next, command, handled: true })
  const modified = press.ctrlKey || press.metaKey || press.altKey

  if (press.key === ' ' && press.ctrlKey) return take({ open: true, active: 0 })
  if (press.key === 'Enter' && (press.ctrlKey || press.metaKey)) return take(closedList, 'run')
  if (modified) return pass
  switch (press.key) {
    case 'ArrowDown':
      return shown ? take({ open: true, active: (active + 1) % count }) : pass
    case 'ArrowUp':
      return shown ? take({ open: true, active: (active - 1 + count) % count }) : pass
    case 'Enter':
      if (press.shiftKey) return pass
      return shown ? take({ open: true, active }, 'accept') : take(closedList, 'run')
    case 'Tab':
      return shown && !press.shiftKey ? take({ open: true, active }, 'accept') : pass
    case 'Escape':
      // Also drops a list still on its way, but is used up only when one was on screen to close.
      return { state: closedList, command: 'none', handled: shown }
    default:
      return pass
  }
}

/** The id of a suggestion's element, for `aria-activedescendant`. */
export const optionId = (listId: string, index: number) => `${listId}-${index}`
