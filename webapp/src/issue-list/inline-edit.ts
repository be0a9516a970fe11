import { useMutation, useQueryClient, type QueryKey } from '@tanstack/react-query'
import { allowedStatuses, issuesApi, staleCurrent, type Issue, type IssueSummary } from '../api/issues'
import type { Member, Scheme } from '../api/projects'
import type { SearchResults } from '../api/search'
import { queryKeys } from '../app/query-keys'
import { useToast } from '../app/use-toast'

/** One field changed from a row of a list: a status is a transition, the others a field update. */
export type RowChange =
  | { field: 'status'; status: string }
  | { field: 'priority'; priority: string }
  | { field: 'assignee'; email: string | null }
  | { field: 'labels'; labels: string[] }

/** The row as it should show at once, before the server answers. */
export function previewRow(issue: IssueSummary, change: RowChange, scheme: Scheme | undefined, members: Member[] | undefined): IssueSummary {
  switch (change.field) {
    case 'status': {
      const status = scheme?.workflow.statuses.find((candidate) => candidate.name === change.status)
      return { ...issue, status: change.status, statusCategory: status?.category ?? issue.statusCategory }
    }
    case 'priority':
      return { ...issue, priority: change.priority }
    case 'assignee':
      return { ...issue, assignee: change.email === null ? null : (members?.find((m) => m.user.email === change.email)?.user ?? issue.assignee) }
    case 'labels':
      return { ...issue, labels: change.labels }
  }
}

/** The results with one issue's row replaced (the others, and the page itself when nothing changed, untouched). */
export function replaceRow(results: SearchResults, key: string, row: (issue: IssueSummary) => IssueSummary): SearchResults {
  let changed = false
  const issues = results.issues.map((issue) => {
    if (issue.key !== key) return issue
    changed = true
    return row(issue)
  })
  return changed ? { ...results, issues } : results
}

/** The summary fields of a saved issue, as a row shows them. */
function asRow(row: IssueSummary, saved: Issue): IssueSummary {
  const next = { ...row }
  for (const field of Object.keys(row) as (keyof IssueSummary)[]) {
    if (field in saved) (next as Record<string, unknown>)[field] = saved[field]
  }
  return next
}

interface Edit {
  issue: IssueSummary
  change: RowChange
}

/**
 * Edits a row of the results cached under `resultsKey` in place: the row changes at once, the server's copy replaces
 * it, and a refusal (workflow, stale version, permission) puts the old row back and says why.
 */
export function useRowEdit(resultsKey: QueryKey, scheme: Scheme | undefined, members: Member[] | undefined) {
  const client = useQueryClient()
  const toast = useToast()
  return useMutation({
    mutationFn: ({ issue, change }: Edit) => {
      const version = Math.max(issue.version, client.getQueryData<Issue>(queryKeys.issue(issue.key))?.version ?? 0)
      if (change.field === 'status') return issuesApi.transition(issue.key, version, change.status)
      if (change.field === 'priority') return issuesApi.update(issue.key, version, { priority: change.priority })
      if (change.field === 'labels') return issuesApi.update(issue.key, version, { labels: change.labels })
      return issuesApi.update(issue.key, version, { assignee: change.email })
    },
    onMutate: async ({ issue, change }: Edit) => {
      await client.cancelQueries({ queryKey: resultsKey })
      const before = client.getQueryData<SearchResults>(resultsKey)
      if (before) client.setQueryData(resultsKey, replaceRow(before, issue.key, (row) => previewRow(row, change, scheme, members)))
      return { before }
    },
    onError: (error, { issue, change }, context) => {
      if (context?.before) client.setQueryData(resultsKey, context.before)
      const allowed = allowedStatuses(error)
      const current = staleCurrent(error)
      if (current) client.setQueryData(queryKeys.issue(issue.key), current)
      if (allowed && change.field === 'status') {
        toast.error(`${issue.key} cannot move from ${issue.status} to ${change.status}. It can move to: ${allowed.join(', ') || 'nowhere'}.`)
      } else if (current) {
        toast.error(`${issue.key} was changed by someone else; the list now shows its current state.`)
      } else {
        toast.error(`Could not change ${issue.key}: ${error.message}`)
      }
    },
    onSuccess: (saved) => {
      client.setQueryData(queryKeys.issue(saved.key), saved)
      const results = client.getQueryData<SearchResults>(resultsKey)
      if (results) client.setQueryData(resultsKey, replaceRow(results, saved.key, (row) => asRow(row, saved)))
      void client.invalidateQueries({ queryKey: queryKeys.history(saved.key) })
    },
    // Other lists (and this one, whose order or filter may no longer hold the row) catch up.
    onSettled: () => client.invalidateQueries({ queryKey: queryKeys.issues }),
  })
}
