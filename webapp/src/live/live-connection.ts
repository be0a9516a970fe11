import type { ChangeNotice, EventStream, StreamReady } from '../api/stream'

/** `down` from the first failure until the stream is ready again; `connecting` only before the first success. */
export type LiveStatus = 'connecting' | 'open' | 'down'

export interface Backoff {
  firstMs: number
  maxMs: number
  /** Up to this share of each wait is taken off at random, so many tabs do not all come back at the same instant. */
  jitter: number
}

export const DEFAULT_BACKOFF: Backoff = { firstMs: 1000, maxMs: 30_000, jitter: 0.3 }

export interface LiveHandlers {
  /** `again` is true after a reconnect; then, unless `ready.resumed`, changes made while the stream was down were not sent. */
  onReady: (ready: StreamReady, again: boolean) => void
  onChange: (change: ChangeNotice) => void
  onStatus: (status: LiveStatus) => void
}

export interface LiveConnection {
  /** Stops waiting and tries again now (the browser went back online). */
  retryNow: () => void
  close: () => void
}

/** The wait before reconnect attempt `attempt` (0-based): doubling from `firstMs` up to `maxMs`, less some jitter. */
export function backoffDelay(attempt: number, backoff: Backoff, random: () => number = Math.random): number {
  const full = Math.min(backoff.maxMs, backoff.firstMs * 2 ** attempt)
  return Math.round(full * (1 - backoff.jitter * random()))
}

function parse<T>(event: MessageEvent<string>): T | undefined {
  try {
    return JSON.parse(event.data) as T
  } catch {
    return undefined
  }
}

/**
 * Keeps one event stream open. On any error it closes the stream itself (the browser's own retry gives up on an
 * error status and never backs off) and opens a new one after a growing wait, reset once a stream is ready. The new
 * stream is opened with the id of the last change seen, so the server can send what was missed in between.
 */
export function connectLive(open: (lastEventId?: string) => EventStream | undefined, handlers: LiveHandlers, backoff = DEFAULT_BACKOFF, random = Math.random): LiveConnection {
  let source: EventStream | undefined
  let timer: ReturnType<typeof setTimeout> | undefined
  let attempt = 0
  let readyBefore = false
  let closed = false
  let lastEventId: string | undefined

  const connect = () => {
    timer = undefined
    const current = open(lastEventId)
    source = current
    if (!current) return
    current.addEventListener('ready', (event) => {
      if (source !== current) return
      attempt = 0
      handlers.onStatus('open')
      handlers.onReady(parse<StreamReady>(event) ?? { projects: [] }, readyBefore)
      readyBefore = true
    })
    current.addEventListener('change', (event) => {
      const change = source === current ? parse<ChangeNotice>(event) : undefined
      if (!change) return
      if (event.lastEventId) lastEventId = event.lastEventId
      handlers.onChange(change)
    })
    current.addEventListener('error', () => {
      if (source !== current) return
      current.close()
      source = undefined
      handlers.onStatus('down')
      timer = setTimeout(connect, backoffDelay(attempt++, backoff, random))
    })
  }

  handlers.onStatus('connecting')
  connect()
  return {
    retryNow: () => {
      if (closed || !timer) return
      clearTimeout(timer)
      connect()
    },
    close: () => {
      closed = true
      clearTimeout(timer)
      source?.close()
      source = undefined
    },
  }
}
