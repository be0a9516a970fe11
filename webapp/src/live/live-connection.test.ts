import { afterEach, beforeEach, describe, expect, it, vi, type Mock } from 'vitest'
import type { ChangeNotice, EventStream, StreamReady } from '../api/stream'
import { backoffDelay, connectLive, type LiveHandlers, type LiveStatus } from './live-connection'

/** Stands in for the browser's EventSource: the test says when it is ready, sends events and breaks it. */
class FakeStream implements EventStream {
  closed = false
  private listeners = new Map<string, ((event: MessageEvent<string>) => void)[]>()

  addEventListener(type: string, listener: (event: MessageEvent<string>) => void) {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener])
  }

  close() {
    this.closed = true
  }

  emit(type: string, data = '', lastEventId = '') {
    for (const listener of this.listeners.get(type) ?? []) listener(new MessageEvent(type, { data, lastEventId }))
  }
}

const backoff = { firstMs: 1000, maxMs: 8000, jitter: 0.3 }
let streams: FakeStream[]
let statuses: LiveStatus[]
let handlers: { onReady: Mock<LiveHandlers['onReady']>; onChange: Mock<LiveHandlers['onChange']>; onStatus: LiveHandlers['onStatus']; onNotification?: () => void }

let openedWith: (string | undefined)[]

function connect() {
  return connectLive(
    (lastEventId) => {
      openedWith.push(lastEventId)
      const stream = new FakeStream()
      streams.push(stream)
      return stream
    },
    handlers,
    backoff,
    () => 0,
  )
}

const latest = () => streams[streams.length - 1]

beforeEach(() => {
  vi.useFakeTimers()
  streams = []
  openedWith = []
  statuses = []
  handlers = { onReady: vi.fn<(ready: StreamReady, again: boolean) => void>(), onChange: vi.fn<(change: ChangeNotice) => void>(), onStatus: (status) => statuses.push(status) }
})
afterEach(() => vi.useRealTimers())

describe('connectLive', () => {
  it('opens one stream, reports it open when ready and hands over each change', () => {
    connect()
    latest().emit('ready', '{"projects":["WEB"]}')
    latest().emit('change', '{"type":"issue.updated","id":"WEB-1","projectKey":"WEB","version":2}')
    latest().emit('change', 'not json')

    expect(streams).toHaveLength(1)
    expect(statuses).toEqual(['connecting', 'open'])
    expect(handlers.onReady).toHaveBeenCalledWith({ projects: ['WEB'] }, false)
    expect(handlers.onChange).toHaveBeenCalledTimes(1)
    expect(handlers.onChange).toHaveBeenCalledWith(expect.objectContaining({ type: 'issue.updated', id: 'WEB-1' }))
  })

  it('tells of a new notification (the reader’s own) apart from the changes', () => {
    const onNotification = vi.fn()
    handlers.onNotification = onNotification
    connect()
    latest().emit('ready', '{"projects":["WEB"]}')
    latest().emit('notification', '{"id":"7","issueKeys":["WEB-1"]}', '43')

    expect(onNotification).toHaveBeenCalledTimes(1)
    expect(handlers.onChange).not.toHaveBeenCalled()
  })

  it('closes a broken stream and reconnects after 1, 2, 4, 8, 8 s while it keeps failing', () => {
    connect()
    const waits: number[] = []
    for (let attempt = 0; attempt < 5; attempt++) {
      const broken = latest()
      broken.emit('error')
      expect(broken.closed).toBe(true)
      const before = streams.length
      let waited = 0
      while (streams.length === before) {
        vi.advanceTimersByTime(500)
        waited += 500
      }
      waits.push(waited)
    }
    expect(waits).toEqual([1000, 2000, 4000, 8000, 8000])
    expect(statuses).toEqual(['connecting', 'down', 'down', 'down', 'down', 'down'])
  })

  it('starts the waits over once a stream is ready again, and tells that changes may have been missed', () => {
    connect()
    latest().emit('ready', '{"projects":[]}')
    latest().emit('error')
    vi.advanceTimersByTime(1000)
    latest().emit('error')
    vi.advanceTimersByTime(2000)
    latest().emit('ready', '{"projects":[]}')
    latest().emit('error')
    vi.advanceTimersByTime(999)
    expect(streams).toHaveLength(3)
    vi.advanceTimersByTime(1)

    expect(streams).toHaveLength(4)
    expect(handlers.onReady.mock.calls.map(([, again]) => again)).toEqual([false, true])
    expect(statuses).toEqual(['connecting', 'open', 'down', 'down', 'open', 'down'])
  })

  it('reopens with the id of the last change seen, so the server can send what was missed', () => {
    connect()
    latest().emit('ready', '{"projects":[]}')
    latest().emit('change', '{"type":"issue.updated","id":"WEB-1"}', '41')
    latest().emit('change', '{"type":"issue.updated","id":"WEB-2"}', '42')
    latest().emit('error')
    vi.advanceTimersByTime(1000)
    latest().emit('ready', '{"projects":[],"resumed":true}')

    expect(openedWith).toEqual([undefined, '42'])
    expect(handlers.onReady).toHaveBeenLastCalledWith({ projects: [], resumed: true }, true)
  })

  it('ignores what a replaced stream still sends', () => {
    connect()
    const old = latest()
    old.emit('error')
    vi.advanceTimersByTime(1000)
    old.emit('change', '{"type":"issue.updated"}')
    old.emit('error')
    vi.advanceTimersByTime(30_000)

    expect(handlers.onChange).not.toHaveBeenCalled()
    expect(streams).toHaveLength(2)
  })

  it('tries again at once when asked, and never after it is closed', () => {
    const connection = connect()
    latest().emit('error')
    connection.retryNow()
    expect(streams).toHaveLength(2)

    latest().emit('error')
    connection.close()
    connection.retryNow()
    vi.advanceTimersByTime(60_000)
    expect(streams).toHaveLength(2)
  })

  it('replaces a stream that falls silent, while pings keep a quiet one open', () => {
    connect()
    latest().emit('ready', '{"projects":[]}')
    for (let i = 0; i < 8; i++) {
      vi.advanceTimersByTime(15_000)
      latest().emit('ping', '{}')
    }
    expect(streams).toHaveLength(1)

    const hung = latest()
    vi.advanceTimersByTime(44_999)
    expect(hung.closed).toBe(false)
    vi.advanceTimersByTime(1)
    expect(hung.closed).toBe(true)
    expect(statuses).toEqual(['connecting', 'open', 'down'])
    vi.advanceTimersByTime(1000)
    expect(streams).toHaveLength(2)
  })

  it('gives a new stream that never answers the same time before trying again', () => {
    const connection = connect()
    vi.advanceTimersByTime(45_000)
    expect(streams[0].closed).toBe(true)
    vi.advanceTimersByTime(1000)
    expect(streams).toHaveLength(2)
    connection.close()
    vi.advanceTimersByTime(120_000)
    expect(streams).toHaveLength(2)
  })

  it('closes the open stream when closed', () => {
    const connection = connect()
    latest().emit('ready', '{"projects":[]}')
    connection.close()
    expect(latest().closed).toBe(true)
  })
})

describe('backoffDelay', () => {
  it('takes up to the jitter share off each wait at random', () => {
    const wide = { firstMs: 1000, maxMs: 30_000, jitter: 0.3 }
    expect(backoffDelay(0, wide, () => 0)).toBe(1000)
    expect(backoffDelay(3, wide, () => 1)).toBe(5600)
    expect(backoffDelay(10, wide, () => 0)).toBe(30_000)
  })
})
