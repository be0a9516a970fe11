import { useQuery } from '@tanstack/react-query'
import { fireEvent, screen, within } from '@testing-library/react'
import { useLocation } from 'react-router'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { Notification } from '../api/notifications'
import { json, renderWithProviders, stubFetch } from '../test-utils'
import { InboxBell } from './inbox-bell'
import { InboxPage } from './inbox-page'
import { notificationWords } from './notification-words'

const ada = { id: 1, email: 'ada@example.com', displayName: 'Ada' }
const bob = { id: 2, email: 'bob@example.com', displayName: 'Bob' }

function notification(id: number, extra: Partial<Notification>): Notification {
  return {
    id,
    actor: ada,
    projectKey: 'HADOOP',
    issueKey: 'HADOOP-12',
    issueSummary: 'Checksums fail on large files',
    reason: 'commented',
    changes: [],
    excerpt: null,
    createdAt: new Date(Date.now() - 5 * 60_000).toISOString(),
    read: false,
    ...extra,
  }
}

function Where() {
  return <output aria-label="Location">{useLocation().pathname}</output>
}

function page(items: Notification[]) {
  return { page: 0, size: 50, total: items.length, items }
}

afterEach(() => vi.unstubAllGlobals())

describe('the inbox', () => {
  it('lists notifications newest first in words, unread ones marked, each with when it happened', async () => {
    stubFetch({
      'GET /api/v1/myself/notifications': () =>
        json(200, page([
          notification(3, { reason: 'commented', excerpt: 'Reproduced with a 3 GB file.' }),
          notification(2, { actor: bob, issueKey: 'HADOOP-7', reason: 'updated', changes: [{ field: 'status', from: 'Open', to: 'Done' }], read: true }),
        ])),
    })
    renderWithProviders(<InboxPage />, { route: '/inbox' })

    const items = within(await screen.findByRole('list', { name: 'Notifications' })).getAllByRole('button')
    expect(items[0]).toHaveAccessibleName('Unread: Ada commented on HADOOP-12')
    expect(items[0]).toHaveClass('unread')
    expect(items[0]).toHaveTextContent('Reproduced with a 3 GB file.')
    expect(items[0]).toHaveTextContent('5 minutes ago')
    expect(items[1]).toHaveAccessibleName('Bob moved HADOOP-7 to Done')
    expect(items[1]).not.toHaveClass('unread')
  })

  it('says in words when there is nothing to show', async () => {
    stubFetch({ 'GET /api/v1/myself/notifications': () => json(200, page([])) })
    renderWithProviders(<InboxPage />, { route: '/inbox' })

    expect(await screen.findByText('No notifications yet: mentions of you and changes to issues you report, watch or are assigned to will show here.')).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Mark all read' })).toBeDisabled()
  })

  it('marks a notification read and opens its issue when it is clicked', async () => {
    const read = vi.fn(() => json(200, notification(3, { read: true })))
    stubFetch({
      'GET /api/v1/myself/notifications': () => json(200, page([notification(3, {})])),
      'GET /api/v1/session': () => json(200, { user: ada, csrfToken: 'x' }),
      'POST /api/v1/myself/notifications/3/read': read,
    })
    renderWithProviders(<><InboxPage /><Where /></>, { route: '/inbox' })

    fireEvent.click(await screen.findByRole('button', { name: /Ada commented on HADOOP-12/ }))

    expect(await screen.findByText('/issues/HADOOP-12')).toBeInTheDocument()
    await vi.waitFor(() => expect(read).toHaveBeenCalled())
  })

  it('marks a notification about a deleted issue read without opening the issue, which is gone', async () => {
    const read = vi.fn(() => json(200, notification(3, { reason: 'deleted', read: true })))
    stubFetch({
      'GET /api/v1/myself/notifications': () => json(200, page([notification(3, { reason: 'deleted' })])),
      'GET /api/v1/session': () => json(200, { user: ada, csrfToken: 'x' }),
      'POST /api/v1/myself/notifications/3/read': read,
    })
    renderWithProviders(<><InboxPage /><Where /></>, { route: '/inbox' })

    fireEvent.click(await screen.findByRole('button', { name: 'Unread: Ada deleted HADOOP-12' }))

    await vi.waitFor(() => expect(read).toHaveBeenCalled())
    expect(screen.getByText('/inbox')).toBeInTheDocument()
  })

  it('marks all read at once and shows them read', async () => {
    let unread = true
    stubFetch({
      'GET /api/v1/myself/notifications': () => json(200, page([notification(3, { read: !unread }), notification(2, { read: !unread })])),
      'GET /api/v1/session': () => json(200, { user: ada, csrfToken: 'x' }),
      'POST /api/v1/myself/notifications/read-all': () => {
        unread = false
        return json(200, { marked: 2 })
      },
    })
    renderWithProviders(<InboxPage />, { route: '/inbox' })
    expect(await screen.findAllByRole('button', { name: /^Unread:/ })).toHaveLength(2)

    fireEvent.click(screen.getByRole('button', { name: 'Mark all read' }))

    await vi.waitFor(() => expect(screen.getByRole('button', { name: 'Mark all read' })).toBeDisabled())
    expect(screen.queryAllByRole('button', { name: /^Unread:/ })).toHaveLength(0)
  })

  it('shows older notifications below those shown when asked, until there are no more', async () => {
    const all = Array.from({ length: 5 }, (_, i) => notification(5 - i, { issueKey: `HADOOP-${5 - i}`, read: true }))
    stubFetch({
      'GET /api/v1/myself/notifications': (_, url) => {
        const at = Number(url.searchParams.get('page'))
        const size = 2
        // A notification arriving meanwhile shifts the pages: page 1 repeats the last one shown.
        const items = at === 0 ? all.slice(0, 2) : all.slice(at * size - 1, at * size - 1 + size)
        return json(200, { page: at, size, total: all.length, items })
      },
    })
    renderWithProviders(<InboxPage />, { route: '/inbox' })
    const list = await screen.findByRole('list', { name: 'Notifications' })
    expect(within(list).getAllByRole('button')).toHaveLength(2)
    expect(screen.getByText(/The newest 2 of 5 are shown/)).toBeInTheDocument()

    fireEvent.click(screen.getByRole('button', { name: 'Show older' }))
    await vi.waitFor(() => expect(within(list).getAllByRole('button')).toHaveLength(3))
    fireEvent.click(screen.getByRole('button', { name: 'Show older' }))
    await vi.waitFor(() => expect(within(list).getAllByRole('button')).toHaveLength(5))

    expect(within(list).getAllByRole('button').map((item) => item.getAttribute('aria-label'))).toEqual(
      [5, 4, 3, 2, 1].map((n) => `Ada commented on HADOOP-${n}`),
    )
    expect(screen.queryByRole('button', { name: 'Show older' })).not.toBeInTheDocument()
  })

  it('shows only unread ones when asked', async () => {
    const fetch = stubFetch({
      'GET /api/v1/myself/notifications': (_, url) =>
        json(200, page(url.searchParams.get('unread') === 'true' ? [] : [notification(3, { read: true })])),
    })
    renderWithProviders(<InboxPage />, { route: '/inbox' })
    await screen.findByRole('list', { name: 'Notifications' })

    fireEvent.click(screen.getByRole('checkbox', { name: 'Unread only' }))

    expect(await screen.findByText('Nothing unread. You are all caught up.')).toBeInTheDocument()
    expect(fetch.mock.calls.some(([input]) => String(input).includes('unread=true'))).toBe(true)
  })
})

describe('the bell', () => {
  it('leads to the inbox and says how many are unread', async () => {
    stubFetch({ 'GET /api/v1/myself/notifications/unread-count': () => json(200, { unread: 4 }) })
    renderWithProviders(<InboxBell />)

    const bell = await screen.findByRole('link', { name: 'Inbox, 4 unread' })
    expect(bell).toHaveAttribute('href', '/inbox')
    expect(bell).toHaveTextContent('4')
  })

  it('asks for its count only once the page has its own data, so the first load is not shared with it', async () => {
    const fetch = stubFetch({ 'GET /api/v1/myself/notifications/unread-count': () => json(200, { unread: 2 }) })
    let answer: (cards: string[]) => void = () => {}
    const cards = new Promise<string[]>((resolve) => (answer = resolve))
    function Board() {
      const board = useQuery({ queryKey: ['board'], queryFn: () => cards })
      return <p>{board.data ? 'Board drawn' : 'Board loading'}</p>
    }
    renderWithProviders(<><InboxBell /><Board /></>)

    await new Promise((resolve) => setTimeout(resolve, 100))
    expect(fetch).not.toHaveBeenCalled()
    answer(['HADOOP-1'])

    expect(await screen.findByRole('link', { name: 'Inbox, 2 unread' })).toBeInTheDocument()
    expect(screen.getByText('Board drawn')).toBeInTheDocument()
  })
})

describe('a notification in words', () => {
  it('tells a new assignee the issue is theirs, with what else changed', () => {
    const assigned = notification(1, { reason: 'assigned', changes: [{ field: 'assignee', from: null, to: 'Bob' }, { field: 'priority', from: 'Minor', to: 'Major' }] })
    expect(notificationWords(assigned)).toBe('Ada assigned HADOOP-12 to you (also priority to Major)')
  })

  it('lists every field of a change that touched several', () => {
    const updated = notification(1, { reason: 'updated', changes: [{ field: 'status', from: 'Open', to: 'Done' }, { field: 'priority', from: 'Minor', to: 'Major' }] })
    expect(notificationWords(updated)).toBe('Ada changed HADOOP-12: status to Done and priority to Major')
  })

  it('says someone took an issue when they assigned it to themselves, and quotes a new summary', () => {
    const took = notification(1, { reason: 'updated', changes: [{ field: 'assignee', from: 'Bob', to: 'Ada' }] })
    expect(notificationWords(took)).toBe('Ada took HADOOP-12 from Bob')
    const renamed = notification(1, { reason: 'updated', changes: [{ field: 'priority', from: 'Minor', to: 'High' }, { field: 'summary', from: 'Old', to: 'Fix the build' }] })
    expect(notificationWords(renamed)).toBe('Ada changed HADOOP-12: priority to High and summary to “Fix the build”')
  })

  it('says an issue moved to another project and the key it has now', () => {
    const moved = notification(1, { reason: 'updated', issueKey: 'OPS-3', changes: [{ field: 'key', from: 'HADOOP-12', to: 'OPS-3' }] })
    expect(notificationWords(moved)).toBe('Ada moved HADOOP-12 to another project: it is OPS-3 now')
  })

  it('says what was attached, linked or removed, in the words of the issue it is about', () => {
    const attached = notification(1, { reason: 'updated', changes: [{ field: 'attachment', from: null, to: 'trace.txt' }] })
    expect(notificationWords(attached)).toBe('Ada attached trace.txt to HADOOP-12')
    const detached = notification(1, { reason: 'updated', changes: [{ field: 'attachment', from: 'trace.txt', to: null }] })
    expect(notificationWords(detached)).toBe('Ada removed trace.txt from HADOOP-12')
    const linked = notification(1, { reason: 'updated', changes: [{ field: 'link', from: null, to: 'is blocked by HADOOP-3' }] })
    expect(notificationWords(linked)).toBe('Ada linked HADOOP-12: it is blocked by HADOOP-3')
    const unlinked = notification(1, { reason: 'updated', changes: [{ field: 'link', from: 'blocks HADOOP-3', to: null }] })
    expect(notificationWords(unlinked)).toBe('Ada removed the link HADOOP-12 blocks HADOOP-3')
    const several = notification(1, { reason: 'updated', changes: [{ field: 'labels', from: null, to: 'disk' }, { field: 'attachment', from: null, to: 'a.txt' }] })
    expect(notificationWords(several)).toBe('Ada changed HADOOP-12: labels to disk and attachment a.txt added')
  })

  it('names a new issue, an edited comment, work logged and a deletion', () => {
    expect(notificationWords(notification(1, { reason: 'created' }))).toBe('Ada created HADOOP-12')
    expect(notificationWords(notification(1, { reason: 'commentEdited' }))).toBe('Ada edited a comment on HADOOP-12')
    const logged = notification(1, { reason: 'workLogged', changes: [{ field: 'timeLogged', from: null, to: '2h' }] })
    expect(notificationWords(logged)).toBe('Ada logged 2h on HADOOP-12')
    expect(notificationWords(notification(1, { reason: 'deleted' }))).toBe('Ada deleted HADOOP-12')
  })

  it('names a mention and someone whose account is gone', () => {
    expect(notificationWords(notification(1, { reason: 'mentioned', actor: null }))).toBe('Someone mentioned you on HADOOP-12')
  })
})
