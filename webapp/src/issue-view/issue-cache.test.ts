// @vitest-environment node
import { describe, expect, it, vi } from 'vitest'
import { commentsApi } from '../api/comments'
import { issuesApi, type IssueColumn } from '../api/issues'
import { watchersApi } from '../api/watchers'
import { queryKeys } from '../app/query-keys'
import { issueSummary, testQueryClient } from '../test-utils'
import { cachedSummary, prefetchIssue, previewIssue } from './issue-cache'

describe('cachedSummary', () => {
  it('finds an issue in a board column, a list page or search results', () => {
    const client = testQueryClient()
    const onBoard = issueSummary('WEB-1', 'To Do', '2026-01-01T00:00:00Z')
    const listed = issueSummary('WEB-2', 'Done', '2026-01-02T00:00:00Z')
    const searched = issueSummary('WEB-3', 'Done', '2026-01-03T00:00:00Z')
    client.setQueryData<IssueColumn[]>([...queryKeys.board('WEB'), 'columns'], [{ status: 'To Do', statusCategory: 'new', total: 1, items: [onBoard] }])
    client.setQueryData(queryKeys.list({ project: 'WEB' }), { page: 0, size: 50, total: 1, items: [listed] })
    client.setQueryData(queryKeys.search({ jql: 'project = WEB' }), { total: 1, issues: [searched] })

    expect(cachedSummary(client, 'WEB-1')).toBe(onBoard)
    expect(cachedSummary(client, 'WEB-2')).toBe(listed)
    expect(cachedSummary(client, 'WEB-3')).toBe(searched)
    expect(cachedSummary(client, 'WEB-4')).toBeUndefined()
  })

  it('does not look outside the issue lists (an issue panel of another key is not a summary)', () => {
    const client = testQueryClient()
    client.setQueryData(queryKeys.history('WEB-1'), [{ key: 'WEB-1', summary: 'x', status: 'Done' }])

    expect(cachedSummary(client, 'WEB-1')).toBeUndefined()
  })
})

describe('previewIssue', () => {
  it('keeps the summary fields and leaves the rest empty', () => {
    const preview = previewIssue(issueSummary('WEB-1', 'To Do', '2026-01-01T00:00:00Z', { labels: ['ui'] }))

    expect(preview).toMatchObject({ key: 'WEB-1', status: 'To Do', labels: ['ui'], description: null, links: [], subtaskKeys: [] })
  })
})

describe('prefetchIssue', () => {
  it('asks once for the issue, its comments and watchers while they are fresh', async () => {
    const client = testQueryClient()
    const get = vi.spyOn(issuesApi, 'get').mockResolvedValue(previewIssue(issueSummary('WEB-1', 'To Do', '2026-01-01T00:00:00Z')))
    const comments = vi.spyOn(commentsApi, 'list').mockResolvedValue([])
    const watchers = vi.spyOn(watchersApi, 'list').mockResolvedValue([])

    prefetchIssue(client, 'WEB-1')
    await vi.waitFor(() => expect(client.getQueryData(queryKeys.issue('WEB-1'))).toBeDefined())
    prefetchIssue(client, 'WEB-1')

    expect(get).toHaveBeenCalledTimes(1)
    expect(comments).toHaveBeenCalledTimes(1)
    expect(watchers).toHaveBeenCalledTimes(1)
  })
})
