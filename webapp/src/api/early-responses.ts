declare global {
  interface Window {
    /** What index.html's first script asked for before the app's script ran, by path. */
    meridianEarly?: Record<string, Promise<Response> | undefined>
  }
}

/** Answers this old are not handed out: something may have changed since (a first page long open, say). */
const FRESH_FOR_MS = 10_000

/**
 * The answer index.html's first script already asked for at `path` (a GET of the first page's data), once: the app's
 * first request for that path uses it instead of asking again; later ones, and a failed early request, ask as usual.
 */
export function takeEarlyResponse(path: string): Promise<Response> | undefined {
  const early = window.meridianEarly
  const response = early?.[path]
  if (!early || !response) return undefined
  delete early[path]
  if (performance.now() > FRESH_FOR_MS) return undefined
  return response
}
