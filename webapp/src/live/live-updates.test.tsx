import { useMutation, useQuery } from '@tanstack/react-query'
import { act, screen, waitFor } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { streamApi, type ChangeNotice, type EventStream } from '../api/stream'
import { cardMoves, queryKeys } from '../app/query-keys'
import { sessionKey } from '../app/session'
import { renderWithProviders, testQueryClient } from '../test-utils'
import { applyChanges } from './apply-change'
import { LiveUpdates } from './live-updates'

type Listener = (event: MessageEvent<string>) => void

function fakeStreams() {
  const opened: { listeners: Record<string, Listener[]>; closed: boolean }[] = []
  vi.spyOn(streamApi, 'open').mockImplementation(() => {
    const stream = { listeners: {} as Record<string, Listener[]>, closed: false }
    opened.push(stream)
    const source: EventStream = {
      addEventListener: (type, listener) => void (stream.listeners[type] = [...(stream.listeners[type] ?? []), listener]),
      close: () => void (stream.closed = true),
    }
    return source
  })
  const emit = (type: string, data = '') =>
    act(() => opened[opened.length - 1].listeners[type]?.forEach((listener) => listener(new MessageEvent(type, { data }))))
  return { opened, emit }
}

const change = (extra: Partial<ChangeNotice> = {}): ChangeNotice => ({
  type: 'issue.updated', aggregateType: 'issue', id: 'WEB-1', projectKey: 'WEB', actorId: 2, version: 2, at: '2026-01-01T00:00:00Z', ...extra,
})

const boardColumn = [...queryKeys.board('WEB'), 'To Do', 50, {}]

function BoardProbe({ load }: { load: () => Promise<string> }) {
  const column = useQuery({ queryKey: boardColumn, queryFn: load })
  return <p>{column.data}</p>
}

function signedIn() {
  const client = testQueryClient()
  client.setQueryData(sessionKey, { user: { id: 1, email: 'ada@example.com', displayName: 'Ada', siteAdmin: false }, csrfToken: 'x' })
  return client
}

afterEach(() => {
  vi.restoreAllMocks()
  vi.useRealTimers()
})

describe('LiveUpdates', () => {
  it('refreshes a board on screen when someone changes an issue of its project', async () => {
    const { opened, emit } = fakeStreams()
    let loads = 0
    const load = async () => `loaded ${++loads} times`
    renderWithProviders(
      <>
        <LiveUpdates />
        <BoardProbe load={load} />
      </>,
      { client: signedIn() },
    )
    await screen.findByText('loaded 1 times')
    emit('ready', '{"projects":["WEB"]}')

    emit('change', JSON.stringify(change({ projectKey: 'OPS', id: 'OPS-1' })))
    emit('change', JSON.stringify(change()))

    await screen.findByText('loaded 2 times')
    expect(opened).toHaveLength(1)
  })

  it('shows that it is reconnecting only once the stream has been down a while, and refreshes everything when back', async () => {
    vi.useFakeTimers()
    const { opened, emit } = fakeStreams()
    const client = signedIn()
    client.setQueryData(queryKeys.projects, [])
    renderWithProviders(<LiveUpdates />, { client })
    emit('ready', '{"projects":[]}')

    emit('error')
    act(() => vi.advanceTimersByTime(1000))
    expect(opened).toHaveLength(2)
    expect(screen.queryByRole('status')).not.toBeInTheDocument()
    emit('error')
    act(() => vi.advanceTimersByTime(2500))
    expect(screen.getByRole('status')).toHaveTextContent('Reconnecting')

    emit('ready', '{"projects":[]}')
    expect(screen.queryByRole('status')).not.toBeInTheDocument()
    expect(client.getQueryState(queryKeys.projects)?.isInvalidated).toBe(true)
  })

  it('opens no stream before anyone signs in, and closes it when they sign out', async () => {
    const { opened } = fakeStreams()
    const client = testQueryClient()
    client.setQueryData(sessionKey, { user: null, csrfToken: '' })
    renderWithProviders(<LiveUpdates />, { client })
    expect(opened).toHaveLength(0)

    act(() => client.setQueryData(sessionKey, { user: { id: 1, email: 'a@b.c', displayName: 'A', siteAdmin: false }, csrfToken: 'x' }))
    await waitFor(() => expect(opened).toHaveLength(1))
    act(() => client.setQueryData(sessionKey, { user: null, csrfToken: '' }))
    await waitFor(() => expect(opened[0].closed).toBe(true))
  })
})

describe('applyChanges', () => {
  function PendingMove() {
    const move = useMutation({ mutationKey: cardMoves, mutationFn: () => new Promise(() => {}) })
    return (
      <button type="button" onClick={() => move.mutate()}>
        move
      </button>
    )
  }

  it('refetches a query on screen once for a burst of changes that all touch it', async () => {
    const client = testQueryClient()
    let loads = 0
    renderWithProviders(<BoardProbe load={async () => `loaded ${++loads} times`} />, { client })
    await screen.findByText('loaded 1 times')

    applyChanges(client, [change(), change({ id: 'WEB-2' }), change({ type: 'issue.created', id: 'WEB-3' })])

    await screen.findByText('loaded 2 times')
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(loads).toBe(2)
  })

  it('leaves the lists to a card move on its way, but still refreshes the issue', async () => {
    const client = testQueryClient()
    client.setQueryData(boardColumn, 'cards')
    client.setQueryData(queryKeys.issue('WEB-1'), { key: 'WEB-1', version: 1, links: [] })
    renderWithProviders(<PendingMove />, { client })
    act(() => screen.getByRole('button', { name: 'move' }).click())
    await waitFor(() => expect(client.isMutating({ mutationKey: cardMoves })).toBe(1))

    applyChanges(client, [change()])

    expect(client.getQueryState(boardColumn)?.isInvalidated).toBe(false)
    expect(client.getQueryState(queryKeys.issue('WEB-1'))?.isInvalidated).toBe(true)
  })
})
