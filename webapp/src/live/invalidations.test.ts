import { QueryClient, type QueryKey } from '@tanstack/react-query'
import { describe, expect, it } from 'vitest'
import type { Issue, IssueLink } from '../api/issues'
import type { ChangeNotice } from '../api/stream'
import { queryKeys } from '../app/query-keys'
import { invalidationsFor } from './invalidations'

const board = [...queryKeys.board('WEB'), 'To Do', 50, {}]
const otherBoard = [...queryKeys.board('OPS'), 'To Do', 50, {}]
/** The board in swimlanes (board/use-board.ts): live changes reach it as they reach the columns. */
const lanes = [...queryKeys.board('WEB'), 'lanes', 'assignee', {}, {}]
const list = queryKeys.list({ project: 'WEB', page: 0 })
const otherList = queryKeys.list({ project: 'OPS', page: 0 })
const search = queryKeys.search({ jql: 'assignee = currentUser()' })
const children = queryKeys.children('WEB-1')
const otherChildren = queryKeys.children('OPS-1')
const versionProgress = queryKeys.versionProgress('WEB')

function issue(key: string, version: number, links: Partial<IssueLink>[] = []): Partial<Issue> {
  return { key, version, links: links as IssueLink[] }
}

/** A cache holding one of everything, so each test can see exactly which entries a change marks stale. */
function cache(): QueryClient {
  const client = new QueryClient()
  const entries: [QueryKey, unknown][] = [
    [board, {}],
    [lanes, {}],
    [otherBoard, {}],
    [list, {}],
    [otherList, {}],
    [search, {}],
    [queryKeys.workedOn, []],
    [children, {}],
    [otherChildren, {}],
    [versionProgress, []],
    [queryKeys.versionProgress('OPS'), []],
    [queryKeys.issue('WEB-1'), issue('WEB-1', 3)],
    [queryKeys.issue('WEB-2'), issue('WEB-2', 1, [{ key: 'WEB-1' }])],
    [queryKeys.issue('OPS-7'), issue('OPS-7', 1, [{ key: 'WEB-1' }])],
    [queryKeys.issue('OPS-8'), issue('OPS-8', 1)],
    [queryKeys.history('WEB-1'), []],
    [queryKeys.history('WEB-2'), []],
    [queryKeys.comments('WEB-1'), []],
    [queryKeys.comments('OPS-8'), []],
    [queryKeys.watchers('WEB-2'), []],
    [queryKeys.watchers('OPS-8'), []],
    [queryKeys.worklogs('WEB-1'), []],
    [queryKeys.worklogs('OPS-8'), []],
    [queryKeys.projects, []],
    [queryKeys.scheme('WEB'), {}],
    [queryKeys.scheme('OPS'), {}],
    [queryKeys.members('WEB'), []],
    [['filters'], []],
    [['session'], {}],
  ]
  for (const [key, data] of entries) client.setQueryData(key, data)
  return client
}

function staleAfter(change: Partial<ChangeNotice>): string[] {
  const client = cache()
  const notice: ChangeNotice = { type: 'issue.updated', aggregateType: 'issue', id: 'WEB-1', projectKey: 'WEB', actorId: 2, version: 4, at: '2026-01-01T00:00:00Z', ...change }
  for (const filters of invalidationsFor(notice)) void client.invalidateQueries(filters)
  return client
    .getQueryCache()
    .getAll()
    .filter((query) => query.state.isInvalidated)
    .map((query) => JSON.stringify(query.queryKey))
    .sort()
}

const keys = (...queryKeys: QueryKey[]) => queryKeys.map((key) => JSON.stringify(key)).sort()
const webLists = [board, lanes, list, search, queryKeys.workedOn, children, versionProgress]

describe('invalidationsFor', () => {
  it('refreshes the project’s board, lists and child lists, every search, and the issue with its history and the issues linking to it', () => {
    expect(staleAfter({ type: 'issue.updated', version: 4 })).toEqual(
      keys(...webLists, queryKeys.issue('WEB-1'), queryKeys.history('WEB-1'), queryKeys.issue('WEB-2'), queryKeys.issue('OPS-7')),
    )
  })

  it('leaves the issue alone when the cache already holds the version the change produced', () => {
    expect(staleAfter({ type: 'issue.updated', version: 3 })).not.toContain(JSON.stringify(queryKeys.issue('WEB-1')))
  })

  it('refreshes an issue that was deleted even though its notice carries the version the cache holds', () => {
    expect(staleAfter({ type: 'issue.deleted', version: 3 })).toContain(JSON.stringify(queryKeys.issue('WEB-1')))
  })

  it('adds a created issue to the lists of its project', () => {
    expect(staleAfter({ type: 'issue.created', id: 'WEB-9', version: 1 })).toEqual(keys(...webLists))
  })

  it('refreshes comments and watchers of the project’s issues on a comment, which names the comment rather than its issue', () => {
    expect(staleAfter({ type: 'comment.added', aggregateType: 'comment', id: '77', version: null })).toEqual(
      keys(queryKeys.comments('WEB-1'), queryKeys.watchers('WEB-2'), search, queryKeys.workedOn),
    )
  })

  it('refreshes only the comments and watchers of the issue a comment names', () => {
    expect(staleAfter({ type: 'comment.added', aggregateType: 'comment', id: '77', version: null, issueKeys: ['WEB-2'] })).toEqual(
      keys(queryKeys.watchers('WEB-2'), search, queryKeys.workedOn),
    )
  })

  it('refreshes the two ends a link names, even in another project', () => {
    expect(staleAfter({ type: 'link.created', aggregateType: 'link', id: '5', version: null, issueKeys: ['WEB-1', 'OPS-8'] })).toEqual(
      keys(queryKeys.issue('WEB-1'), queryKeys.issue('OPS-8'), search, queryKeys.workedOn),
    )
  })

  it('refreshes the history and view (which lists its files) of the issue a file was attached to or removed from', () => {
    expect(staleAfter({ type: 'attachment.added', aggregateType: 'attachment', id: '12', version: null, issueKeys: ['WEB-1'] })).toEqual(
      keys(queryKeys.issue('WEB-1'), queryKeys.history('WEB-1')),
    )
  })

  it('refreshes the work log, history, time tracking and searches of the issue work was logged on', () => {
    expect(staleAfter({ type: 'worklog.added', aggregateType: 'worklog', id: '3', version: null, issueKeys: ['WEB-1'] })).toEqual(
      keys(search, queryKeys.workedOn, queryKeys.issue('WEB-1'), queryKeys.history('WEB-1'), queryKeys.worklogs('WEB-1')),
    )
  })

  it('refreshes the watchers of the one issue someone started or stopped watching, and searches, which may ask for watchers', () => {
    expect(staleAfter({ type: 'watcher.added', aggregateType: 'watcher', id: 'WEB-2:4', version: null, issueKeys: ['WEB-2'] })).toEqual(
      keys(queryKeys.watchers('WEB-2'), search),
    )
  })

  it('refreshes every issue view on a link, whose other end may be in another project', () => {
    expect(staleAfter({ type: 'link.deleted', aggregateType: 'link', id: '5', version: null })).toEqual(
      keys(queryKeys.issue('WEB-1'), queryKeys.issue('WEB-2'), queryKeys.issue('OPS-7'), queryKeys.issue('OPS-8'), search, queryKeys.workedOn),
    )
  })

  it('refreshes the project list, scheme, members, board and versions’ progress when a project changes', () => {
    expect(staleAfter({ type: 'project.updated', aggregateType: 'project', id: 'WEB', version: 2 })).toEqual(
      keys(queryKeys.projects, queryKeys.scheme('WEB'), queryKeys.members('WEB'), board, lanes, versionProgress),
    )
  })

  it('refreshes the planning screens, searches and histories when a sprint changes, and leaves the lists alone', () => {
    const sprint: Partial<ChangeNotice> = { type: 'sprint.started', aggregateType: 'sprint', id: '7' }
    expect(staleAfter(sprint)).toEqual(keys(search, queryKeys.workedOn, queryKeys.history('WEB-1'), queryKeys.history('WEB-2')))
    expect(invalidationsFor({ ...(sprint as ChangeNotice), projectKey: 'WEB' })).toContainEqual({ queryKey: ['issues', 'backlog'] })
  })

  it('refreshes everything of the project for a change it does not know', () => {
    expect(staleAfter({ type: 'vote.added', aggregateType: 'vote', id: '3', version: null })).toEqual(
      keys(...webLists, queryKeys.issue('WEB-1'), queryKeys.issue('WEB-2'), queryKeys.history('WEB-1'), queryKeys.history('WEB-2'), queryKeys.comments('WEB-1'), queryKeys.watchers('WEB-2'), queryKeys.worklogs('WEB-1')),
    )
  })

  it('refreshes nothing for an unknown change outside any project', () => {
    expect(staleAfter({ type: 'user.created', aggregateType: 'user', id: '3', projectKey: null, version: null })).toEqual([])
  })
})
