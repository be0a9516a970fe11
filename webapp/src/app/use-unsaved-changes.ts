import { useEffect, useLayoutEffect, useRef } from 'react'
import { useLocation, useNavigate, type NavigateFunction } from 'react-router'
import { backgroundOf, issueAt } from './page-location'
import { useConfirm, type Confirm } from './use-confirm'

export interface UnsavedChanges {
  /** What the draft changes, as the question names it: "Discard your changes to {what}?", e.g. "the workflow". */
  what: string
  /** What is lost by leaving, e.g. "New statuses and transitions are not saved." */
  detail: string
}

interface Guard extends UnsavedChanges {
  confirm: Confirm
  navigate: NavigateFunction
  /** The page with the draft: a link or a history entry to the same path keeps it. */
  pathname: string
  /** The page's place in the browser's history, as React Router numbers its entries (`history.state.idx`). */
  entry: number | undefined
}

const guards = new Set<{ current: Guard }>()

/** What happens to the next popstate: the one that undoes a held back/forward, or the one the person agreed to. */
let nextPop: 'undo' | 'pass' | null = null

function ask(): Promise<boolean> {
  const drafts = [...guards].map((guard) => guard.current)
  return drafts[0].confirm({
    title: `Discard your changes to ${drafts.map((draft) => draft.what).join(' and ')}?`,
    detail: drafts.map((draft) => draft.detail).join(' '),
    confirmLabel: 'Discard',
    cancelLabel: 'Keep editing',
    danger: true,
  })
}

/** Asks before an edit is thrown away on Esc or Cancel: resolves true on Discard, false on Keep editing. */
export function useAskToDiscard(): (what: string) => Promise<boolean> {
  const confirm = useConfirm()
  return (what) =>
    confirm({ title: 'Discard changes?', detail: `Your changes to ${what} are not saved.`, confirmLabel: 'Discard', cancelLabel: 'Keep editing', danger: true })
}

const firstGuard = () => [...guards][0].current

/** Whether some draft on screen is unsaved: leaving would ask. */
export const hasUnsavedChanges = () => guards.size > 0

/** Whether a navigation that is not a link may leave the page: at once with nothing unsaved, else on Discard. */
export function askToLeave(): Promise<boolean> {
  return guards.size ? ask() : Promise.resolve(true)
}

/** A click on an in-app link React Router would follow (same origin, no modifier key, no target) waits for the answer. */
function onClick(event: MouseEvent) {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return
  const link = event.target instanceof Element ? event.target.closest('a[href]') : null
  if (!(link instanceof HTMLAnchorElement) || (link.target && link.target !== '_self') || link.hasAttribute('download')) return
  const url = new URL(link.href)
  const { pathname, navigate } = firstGuard()
  // An issue opens as a panel over the page, which keeps its draft.
  if (url.origin !== window.location.origin || url.pathname === pathname || issueAt(url)) return
  event.preventDefault()
  event.stopPropagation()
  void ask().then((discard) => discard && navigate(url.pathname + url.search + url.hash))
}

/** Closing the tab or reloading: browsers allow only their own question here. */
function onBeforeUnload(event: BeforeUnloadEvent) {
  event.preventDefault()
  // Chrome before 119 asks only when this is set.
  event.returnValue = true
}

/**
 * Asks before a page's draft is dropped: on in-app links, on the browser's back and forward buttons (see
 * {@link guardBackAndForward}), and on closing or reloading the tab. `dirty` turns false once the draft is saved or
 * discarded.
 */
export function useUnsavedChanges(dirty: boolean, changes: UnsavedChanges) {
  const confirm = useConfirm()
  const navigate = useNavigate()
  const { pathname, key } = useLocation()
  const entry = useRef<number | undefined>(undefined)
  const guard = useRef<Guard>({ ...changes, confirm, navigate, pathname, entry: undefined })
  useLayoutEffect(() => {
    entry.current = historyEntry()
  }, [key])
  useLayoutEffect(() => {
    guard.current = { ...changes, confirm, navigate, pathname, entry: entry.current }
  })
  useEffect(() => {
    if (!dirty) return
    guards.add(guard)
    document.addEventListener('click', onClick, true)
    window.addEventListener('beforeunload', onBeforeUnload)
    return () => {
      guards.delete(guard)
      if (guards.size) return
      document.removeEventListener('click', onClick, true)
      window.removeEventListener('beforeunload', onBeforeUnload)
    }
  }, [dirty])
}

/** React Router's state of the current history entry: its number and the state the app navigated with. */
const routerState = () => (window.history.state ?? {}) as { idx?: unknown; usr?: unknown }

function historyEntry(): number | undefined {
  const { idx } = routerState()
  return typeof idx === 'number' ? idx : undefined
}

/** The path of the page drawn at `pathname`: under an issue panel, the page it was opened over. */
const pageAt = (pathname: string) => backgroundOf({ pathname, state: routerState().usr })?.pathname ?? pathname

/**
 * Holds the browser's back and forward buttons while a draft is unsaved: the page is put back and the question asked;
 * on Discard the browser goes where it was sent. Call once, before the router starts: this listener must see a
 * popstate before React Router's (at the window, Firefox runs listeners in the order they were added, capture or not).
 */
export function guardBackAndForward(): () => void {
  const onPop = (event: PopStateEvent) => {
    const expected = nextPop
    nextPop = null
    if (expected === 'undo') return event.stopImmediatePropagation()
    if (expected === 'pass' || !guards.size) return
    const { pathname, entry } = firstGuard()
    const to = historyEntry()
    if (pageAt(window.location.pathname) === pathname || to === undefined || entry === undefined || to === entry) return
    event.stopImmediatePropagation()
    nextPop = 'undo'
    window.history.go(entry - to)
    void ask().then((discard) => {
      if (!discard) return
      nextPop = 'pass'
      window.history.go(to - entry)
    })
  }
  window.addEventListener('popstate', onPop)
  return () => window.removeEventListener('popstate', onPop)
}
