import { useQueryClient, type QueryClient } from '@tanstack/react-query'
import { useCallback } from 'react'
import { commentsApi, type Comment } from '../api/comments'
import { issuesApi, type Issue, type IssueSummary } from '../api/issues'
import { watchersApi } from '../api/watchers'
import { queryKeys } from '../app/query-keys'
import { prepareMarkdown, preloadMarkdown } from '../ui/markdown-loader'
import { preloadIssuePanel } from './issue-panel-loader'
import { preparePanel } from './panel-ahead'

/**
 * Starts loading what the issue panel shows first (the issue, its comments and watchers) when a card or row is
 * pointed at or focused, so that the panel usually opens on data already here, its code and Markdown renderer loaded
 * and its texts parsed. Fresh data is not asked again. Settles once all of it is in (failed or not).
 */
export function prefetchIssue(client: QueryClient, key: string): Promise<unknown> {
  preloadMarkdown()
  return Promise.all([
    preloadIssuePanel(),
    client
      .prefetchQuery({ queryKey: queryKeys.issue(key), queryFn: () => issuesApi.get(key) })
      .then(() => prepareMarkdown([client.getQueryData<Issue>(queryKeys.issue(key))?.description])),
    client
      .prefetchQuery({ queryKey: queryKeys.comments(key), queryFn: () => commentsApi.list(key) })
      .then(() => prepareMarkdown(client.getQueryData<Comment[]>(queryKeys.comments(key))?.map((comment) => comment.body) ?? [])),
    client.prefetchQuery({ queryKey: queryKeys.watchers(key), queryFn: () => watchersApi.list(key) }),
  ]).catch(() => undefined)
}

/** A card or row pointed at or focused: its panel's data is loaded, then the panel drawn ahead (panel-ahead.ts). */
export function pointAtIssue(client: QueryClient, key: string) {
  void prefetchIssue(client, key).then(() => preparePanel(key))
}

/** What a link that opens an issue's panel (a row of a list) listens to, so that pointing at it prepares the panel. */
export function usePointAtIssue(): (key: string) => { onPointerEnter: () => void; onFocus: () => void } {
  const client = useQueryClient()
  return useCallback((key: string) => {
    const point = () => pointAtIssue(client, key)
    return { onPointerEnter: point, onFocus: point }
  }, [client])
}

/** The issue as a list on screen already holds it (a board column, a list or search page), if one does. */
export function cachedSummary(client: QueryClient, key: string): IssueSummary | undefined {
  let found: IssueSummary | undefined
  const visit = (value: unknown): void => {
    if (found || value === null || typeof value !== 'object') return
    if (Array.isArray(value)) {
      value.forEach(visit)
      return
    }
    const record = value as Record<string, unknown>
    if (record.key === key && typeof record.summary === 'string' && typeof record.status === 'string') {
      found = record as unknown as IssueSummary
      return
    }
    visit(record.items)
    visit(record.issues)
  }
  for (const [, data] of client.getQueriesData({ queryKey: queryKeys.issues })) visit(data)
  return found
}

/**
 * What the panel can draw before the issue arrives: the summary's fields, the rest empty. It is shown as a preview
 * (nothing editable) and replaced as soon as the full issue is here.
 */
export function previewIssue(summary: IssueSummary): Issue {
  return {
    ...summary,
    id: 0,
    description: null,
    creator: null,
    components: [],
    fixVersions: [],
    affectsVersions: [],
    subtaskKeys: [],
    links: [],
    attachments: [],
  }
}
