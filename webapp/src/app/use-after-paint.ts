import { useEffect, useState } from 'react'

/**
 * False on the first render, true once the browser has painted it: what is drawn first is on screen before the rest
 * starts. (A deferred value may be rendered in the same frame, so the first paint would wait for all of it.)
 */
export function useAfterPaint(): boolean {
  return usePaintedFrames(1) > 0
}

/**
 * How many frames have been painted since the first render, counted up to `upTo`: a component drawn in steps draws
 * its next part after each paint (0 on the first render).
 */
export function usePaintedFrames(upTo: number): number {
  const [painted, setPainted] = useState(0)
  useEffect(() => {
    if (painted >= upTo) return
    let timer: ReturnType<typeof setTimeout> | undefined
    // A frame's callbacks run just before its paint; a task queued from one runs after it.
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setPainted(painted + 1))
    })
    return () => {
      cancelAnimationFrame(frame)
      clearTimeout(timer)
    }
  }, [painted, upTo])
  return painted
}
