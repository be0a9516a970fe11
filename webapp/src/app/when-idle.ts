/** Runs `run` once the browser has nothing else to do (within two seconds at the latest). */
export const whenIdle = (run: () => void) =>
  typeof requestIdleCallback === 'function' ? requestIdleCallback(run, { timeout: 2000 }) : setTimeout(run, 50)
