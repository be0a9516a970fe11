import { useCallback, useState, useSyncExternalStore } from 'react'

const STORAGE_KEY = 'meridian.sidebar'

/** Under this width (in CSS pixels) the sidebar starts folded to a rail, leaving the page the room. */
export const NARROW_WIDTH = 1000

const narrowQuery = `(max-width: ${NARROW_WIDTH - 1}px)`

export type SidebarChoice = 'open' | 'folded'

/** The person's own choice wins, kept across visits; without one the sidebar folds on a narrow window. */
export function sidebarFolded(choice: string | null, narrow: boolean): boolean {
  if (choice === 'open' || choice === 'folded') return choice === 'folded'
  return narrow
}

function subscribeToWidth(changed: () => void) {
  const query = window.matchMedia?.(narrowQuery)
  query?.addEventListener('change', changed)
  return () => query?.removeEventListener('change', changed)
}

const isNarrow = () => window.matchMedia?.(narrowQuery).matches ?? false

/** Whether the sidebar is folded, and a toggle that remembers the choice. */
export function useSidebar(): [boolean, () => void] {
  const narrow = useSyncExternalStore(subscribeToWidth, isNarrow)
  const [choice, setChoice] = useState(() => localStorage.getItem(STORAGE_KEY))
  const folded = sidebarFolded(choice, narrow)
  const toggle = useCallback(() => {
    const next: SidebarChoice = folded ? 'open' : 'folded'
    localStorage.setItem(STORAGE_KEY, next)
    setChoice(next)
  }, [folded])
  return [folded, toggle]
}
