/** What `GET /api/v1/stream` (server-sent events) sends first: the projects whose changes will follow. */
export interface StreamReady {
  projects: string[]
}

/**
 * One committed change the reader may see. `id` is the aggregate's: an issue's key for `issue.*`, a comment's or
 * link's number for `comment.*` and `link.*` (their issue is not named), a project's key for `project.*`.
 */
export interface ChangeNotice {
  type: string
  aggregateType: string
  id: string
  projectKey: string | null
  actorId: number | null
  /** The (or project's) version after the change, when it has one. */
  version: number | null
  at: string
}

/** The few members of an EventSource the app uses, so tests can stand in for it. */
export interface EventStream {
  addEventListener(type: string, listener: (event: MessageEvent<string>) => void): void
  close(): void
}

export const streamApi = {
  /** Same-origin, so the session cookie goes along; undefined where the browser has no EventSource. */
  open: (): EventStream | undefined => (typeof EventSource === 'undefined' ? undefined : new EventSource('/api/v1/stream')),
}
