import { useIsFetching } from '@tanstack/react-query'
import { useEffect, useState } from 'react'

/** Runs `run` once the browser has nothing else to do (within two seconds at the latest); the answer cancels it. */
export function whenIdle(run: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(run, { timeout: 2000 })
    return () => cancelIdleCallback(handle)
  }
  const timer = setTimeout(run, 50)
  return () => clearTimeout(timer)
}

/**
 * False until the page's own data is in and the browser is idle after drawing it: for what can wait behind the page
 * (a count in the header), so that it neither delays nor shares the first load's requests.
 */
export function useAfterPageData(): boolean {
  const [ready, setReady] = useState(false)
  const fetching = useIsFetching() > 0
  useEffect(() => {
    if (ready || fetching) return
    return whenIdle(() => setReady(true))
  }, [ready, fetching])
  return ready
}
