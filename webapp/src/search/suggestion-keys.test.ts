// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { closedList, onListKey } from './suggestion-keys'

const open = { open: true, active: 0 }

describe('onListKey', () => {
  it('moves the highlight down and up, wrapping around', () => {
    expect(onListKey(open, { key: 'ArrowDown' }, 3)).toMatchObject({ state: { active: 1 }, handled: true })
    expect(onListKey({ open: true, active: 2 }, { key: 'ArrowDown' }, 3).state.active).toBe(0)
    expect(onListKey(open, { key: 'ArrowUp' }, 3).state.active).toBe(2)
  })

  it('accepts the highlighted suggestion with Enter or Tab and keeps listening for the next word', () => {
    expect(onListKey({ open: true, active: 1 }, { key: 'Enter' }, 3)).toEqual({ state: { open: true, active: 1 }, command: 'accept', handled: true })
    expect(onListKey(open, { key: 'Tab' }, 3)).toMatchObject({ command: 'accept', handled: true })
  })

  it('accepts the last suggestion when the list shrank under the highlight', () => {
    expect(onListKey({ open: true, active: 5 }, { key: 'Enter' }, 2)).toMatchObject({ state: { active: 1 }, command: 'accept' })
  })

  it('runs the query with Enter when no list is on screen', () => {
    expect(onListKey(closedList, { key: 'Enter' }, 3)).toEqual({ state: closedList, command: 'run', handled: true })
    expect(onListKey(open, { key: 'Enter' }, 0)).toMatchObject({ command: 'run', handled: true })
  })

  it('runs the query with Ctrl+Enter or ⌘+Enter even over the list', () => {
    expect(onListKey(open, { key: 'Enter', ctrlKey: true }, 3)).toEqual({ state: closedList, command: 'run', handled: true })
    expect(onListKey(open, { key: 'Enter', metaKey: true }, 3).command).toBe('run')
  })

  it('leaves Shift+Enter to the field for a new line', () => {
    expect(onListKey(open, { key: 'Enter', shiftKey: true }, 3)).toEqual({ state: open, command: 'none', handled: false })
  })

  it('closes the list with Esc, and lets Esc through when nothing is on screen', () => {
    expect(onListKey(open, { key: 'Escape' }, 3)).toEqual({ state: closedList, command: 'none', handled: true })
    expect(onListKey(closedList, { key: 'Escape' }, 3).handled).toBe(false)
  })

  it('keeps a list still being fetched from popping up after Esc', () => {
    expect(onListKey(open, { key: 'Escape' }, 0)).toEqual({ state: closedList, command: 'none', handled: false })
  })

  it('lets arrows, Tab and Shift+Tab move the caret or focus when no list is on screen', () => {
    expect(onListKey(closedList, { key: 'ArrowDown' }, 3).handled).toBe(false)
    expect(onListKey(closedList, { key: 'Tab' }, 3).handled).toBe(false)
    expect(onListKey(open, { key: 'Tab', shiftKey: true }, 3).handled).toBe(false)
  })

  it('opens the list on Ctrl+Space', () => {
    expect(onListKey(closedList, { key: ' ', ctrlKey: true }, 0)).toEqual({ state: open, command: 'none', handled: true })
  })

  it('ignores other keys', () => {
    expect(onListKey(open, { key: 'a' }, 3)).toEqual({ state: open, command: 'none', handled: false })
  })
})
