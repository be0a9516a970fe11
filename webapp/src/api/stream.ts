/** What `GET /api/v1/stream` (server-sent events) sends first: the projects whose changes will follow. */
export interface StreamReady {
  projects: string[]
  /** True when the stream picked up after the last change this tab saw: what was missed follows, nothing is lost. */
  resumed?: boolean
}

/**
 * One committed change the reader may see. `id` is the aggregate's: an issue's key for `issue.*`, a comment's or
 * link's number for `comment.*` and `link.*`, a project's key for `project.*`. `issueKeys` names the issues a
 * comment, link or watcher change is about.
 */
export interface ChangeNotice {
  type: string
  aggregateType: string
  id: string
  projectKey: string | null
  actorId: number | null
  /** The issue's (or project's) version after the change, when it has one. */
  version: number | null
  issueKeys?: string[]
  at: string
}

/** The few members of an EventSource the app uses, so tests can stand in for it. */
export interface EventStream {
  addEventListener(type: string, listener: (event: MessageEvent<string>) => void): void
  close(): void
}

/** `lastEventId`: the id of the last change seen, so a new stream starts with what was missed since. */
export function streamUrl(lastEventId?: string): string {
  return lastEventId ? `/api/v1/stream?lastEventId=${encodeURIComponent(lastEventId)}` : '/api/v1/stream'
}

export const streamApi = {
  /** Same-origin, so the session cookie goes along; undefined where the browser has no EventSource. */
  open: (lastEventId?: string): EventStream | undefined =>
    typeof EventSource === 'undefined' ? undefined : new EventSource(streamUrl(lastEventId)),
}
