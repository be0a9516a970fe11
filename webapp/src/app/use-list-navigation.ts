import { useEffect, useLayoutEffect, useRef, useState } from 'react'
import { useHotkey } from './use-hotkey'

/** A panel or dialog over the page has the keyboard then. */
function overlayOpen(): boolean {
  // A panel drawn ahead of opening (.panel-ahead) is not open.
  return document.querySelector('dialog[open], .panel:not(.panel-ahead)') !== null
}

/**
 * The issue keys of the list on screen (board, issue list, search results), for `j`/`k` inside the issue panel, and
 * `select`, which selects the card or row of the issue the panel went on to (without taking the focus from the panel).
 */
export const listOnScreen: { keys: string[]; select?: (key: string) => void } = { keys: [] }

/** The key `step` places from `key` in `keys`, if there is one. */
export function neighbour(keys: string[], key: string, step: 1 | -1): string | undefined {
  const index = keys.indexOf(key)
  return index < 0 ? undefined : keys[index + step]
}

const itemOf = (key: string) => document.querySelector<HTMLElement>(`[data-nav-key="${key}"]`)

/** Gives the focus back to the card or row, if it is on screen: its panel was closed. */
export function focusListItem(key: string) {
  itemOf(key)?.focus({ preventScroll: true })
}

/**
 * `j`/`k` move a selection through `keys` (reading order) and `Enter` opens it. Items carry `data-nav-key`; the
 * selected one takes the focus, so it scrolls into view and screen readers follow, and focusing an item by Tab or
 * click selects it. A focused link or button keeps its own Enter (a board card is a link that opens itself).
 */
export function useListNavigation(keys: string[], open: (key: string) => void, enabled = true): string | undefined {
  const [selected, setSelectedState] = useState<string>()
  const latest = useRef(keys)
  const moved = useRef(false)
  // Keys pressed faster than the page renders (key repeat, a test's j j Enter) move from the last selection, not the rendered one.
  const current = useRef<string | undefined>(undefined)
  const setSelected = (key: string) => {
    current.current = key
    setSelectedState(key)
  }
  const [select] = useState(() => (key: string) => latest.current.includes(key) && setSelected(key))
  useLayoutEffect(() => {
    latest.current = keys
    if (!enabled) return
    listOnScreen.keys = keys
    listOnScreen.select = select
  })
  useEffect(
    () => () => {
      if (listOnScreen.keys === latest.current) listOnScreen.keys = []
      if (listOnScreen.select === select) listOnScreen.select = undefined
    },
    [select],
  )

  const move = (step: 1 | -1) => (event: KeyboardEvent) => {
    const keys = latest.current
    if (overlayOpen() || !keys.length) return
    event.preventDefault()
    const index = current.current === undefined ? -1 : keys.indexOf(current.current)
    moved.current = true
    setSelected(keys[index < 0 ? 0 : Math.min(keys.length - 1, Math.max(0, index + step))])
  }
  useHotkey('j', move(1), enabled)
  useHotkey('k', move(-1), enabled)
  useHotkey(
    'Enter',
    (event) => {
      const key = current.current
      if (overlayOpen() || key === undefined || !latest.current.includes(key)) return
      if ((event.target as HTMLElement).closest?.('a, button, summary, [role="button"]')) return
      event.preventDefault()
      open(key)
    },
    enabled,
  )

  useEffect(() => {
    if (!moved.current || selected === undefined) return
    moved.current = false
    const item = itemOf(selected)
    item?.focus({ preventScroll: true })
    item?.scrollIntoView?.({ block: 'nearest', inline: 'nearest' })
  }, [selected])

  useEffect(() => {
    const onFocus = (event: FocusEvent) => {
      const key = (event.target as HTMLElement).closest?.<HTMLElement>('[data-nav-key]')?.dataset.navKey
      if (key !== undefined && latest.current.includes(key)) setSelected(key)
    }
    window.addEventListener('focusin', onFocus)
    return () => window.removeEventListener('focusin', onFocus)
  }, [])

  return selected
}
