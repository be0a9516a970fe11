import { startTransition, useEffect, useRef, useState } from 'react'
import { whenIdle } from '../app/when-idle'

// The issue panel of the card or list row pointed at, drawn ahead of the click: hidden, but built and laid out, so that
// opening it only has to show it (most of a panel's opening is building and laying it out, about 50 ms on two cores). A
// person's pointer rests on a card a few hundred milliseconds before the press; the panel is ready in about 150. An open
// panel has the issue its `j` or `k` moves to drawn ahead the same way, while it is read.

let listener: ((key: string) => void) | undefined
let latest: string | undefined
let pressed = false

function watchButtons() {
  addEventListener('pointerdown', () => (pressed = true), true)
  addEventListener('pointerup', () => (pressed = false), true)
  addEventListener('pointercancel', () => (pressed = false), true)
}

/**
 * Draws `key`'s panel ahead once the browser is idle, if it is still the last issue pointed at and no button is held
 * (a card being dragged over others is not about to be opened).
 */
export function preparePanel(key: string) {
  if (latest === undefined) watchButtons()
  latest = key
  // Only for the pages on screen now: not after a move to another page meanwhile.
  const prepare = listener
  whenIdle(() => {
    if (key === latest && !pressed && listener === prepare) prepare?.(key)
  })
}

/**
 * The issue whose panel to draw ahead on `page` (the path of the page under any panel): the card or row pointed at while
 * no panel is open (`openKey` undefined), or the issue the open panel's `j`/`k` would move to. Opening or closing any
 * panel, or moving to another page, forgets it, so closing a panel leaves nothing drawn. Drawn in a transition: a
 * click meanwhile is not kept waiting.
 */
export function usePreparedPanel(openKey: string | undefined, page: string): string | undefined {
  const [prepared, setPrepared] = useState<{ key: string; page: string; over: string | undefined }>()
  const now = useRef({ openKey, page })
  useEffect(() => {
    now.current = { openKey, page }
  })
  useEffect(() => {
    listener = (key) => {
      const { openKey, page } = now.current
      if (key !== openKey) startTransition(() => setPrepared({ key, page, over: openKey }))
    }
    return () => {
      listener = undefined
    }
  }, [])
  const current = prepared?.over === openKey && prepared?.page === page
  if (prepared !== undefined && !current) setPrepared(undefined)
  return current ? prepared.key : undefined
}
