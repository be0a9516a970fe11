import { useEffect, useState } from 'react'

/**
 * False on the first render, true once the browser has painted it (and `after` ms more): what is drawn first is on
 * screen before the rest starts. (A deferred value may be rendered in the same frame, so the first paint would wait for
 * all of it.) Until `shown`, nothing is on screen to paint and it stays false.
 */
export function useAfterPaint(shown = true, after = 0): boolean {
  const [painted, setPainted] = useState(false)
  useEffect(() => {
    if (painted || !shown) return
    let timer: ReturnType<typeof setTimeout> | undefined
    // A frame's callbacks run just before its paint; a task queued from one runs after it.
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setPainted(true), after)
    })
    return () => {
      cancelAnimationFrame(frame)
      clearTimeout(timer)
    }
  }, [painted, shown, after])
  return painted
}
