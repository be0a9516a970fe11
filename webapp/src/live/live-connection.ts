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

/** The server sends a `ping` every 15 s: a stream silent for three of them hangs (a dead proxy, a laptop woken from sleep). */
export const SILENCE_MS = 45_000

export interface LiveHandlers {
  /** `again` is true after a reconnect; then, unless `ready.resumed`, changes made while the stream was down were not sent. */
  onReady: (ready: StreamReady, again: boolean) => void
  onChange: (change: ChangeNotice) => void
  onStatus: (status: LiveStatus) => void
  /** A new notification of the signed-in person's own (the server sends them to no one else). */
  onNotification?: () => void
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
 * stream is opened with the id of the last change seen, so the server can send what was missed in between. A stream
 * that sends nothing, not even its pings, for `silenceMs` is taken for broken the same way: a connection can hang
 * without ever closing, and the browser would wait on it for good.
 */
export function connectLive(open: (lastEventId?: string) => EventStream | undefined, handlers: LiveHandlers, backoff = DEFAULT_BACKOFF,
  random = Math.random, silenceMs = SILENCE_MS): LiveConnection {
  let source: EventStream | undefined
  let timer: ReturnType<typeof setTimeout> | undefined
  let watchdog: ReturnType<typeof setTimeout> | undefined
  let attempt = 0
  let readyBefore = false
  let closed = false
  let lastEventId: string | undefined

  const broken = (current: EventStream) => {
    clearTimeout(watchdog)
    current.close()
    source = undefined
    handlers.onStatus('down')
    timer = setTimeout(connect, backoffDelay(attempt++, backoff, random))
  }

  const heard = (current: EventStream) => {
    clearTimeout(watchdog)
    watchdog = setTimeout(() => source === current && broken(current), silenceMs)
  }

  const connect = () => {
    timer = undefined
    const current = open(lastEventId)
    source = current
    if (!current) return
    heard(current)
    current.addEventListener('ping', () => {
      if (source === current) heard(current)
    })
    current.addEventListener('ready', (event) => {
      if (source !== current) return
      heard(current)
      attempt = 0
      handlers.onStatus('open')
      handlers.onReady(parse<StreamReady>(event) ?? { projects: [] }, readyBefore)
      readyBefore = true
    })
    current.addEventListener('change', (event) => {
      if (source !== current) return
      heard(current)
      const change = parse<ChangeNotice>(event)
      if (!change) return
      if (event.lastEventId) lastEventId = event.lastEventId
      handlers.onChange(change)
    })
    current.addEventListener('notification', () => {
      if (source !== current) return
      heard(current)
      handlers.onNotification?.()
    })
    current.addEventListener('error', () => {
      if (source === current) broken(current)
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
      clearTimeout(watchdog)
      source?.close()
      source = undefined
    },
  }
}
