import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { commentsApi } from '../api/comments'
import { allowedStatuses, issuesApi, staleCurrent, type Issue, type IssueChanges } from '../api/issues'
import { queryKeys } from '../app/query-keys'
import { useToast } from '../app/use-toast'
import { cachedSummary, previewIssue } from './issue-cache'

/** With `preview`, the issue as a list on screen holds it is shown (as placeholder data) until the full issue arrives. */
export function useIssue(key: string | null | undefined, { preview = false } = {}) {
  const client = useQueryClient()
  return useQuery({
    queryKey: queryKeys.issue(key ?? ''),
    queryFn: () => issuesApi.get(key!),
    enabled: !!key,
    placeholderData: () => {
      const summary = preview && key ? cachedSummary(client, key) : undefined
      return summary && previewIssue(summary)
    },
  })
}

export function useHistory(key: string) {
  return useQuery({ queryKey: queryKeys.history(key), queryFn: () => issuesApi.history(key) })
}

export function useComments(key: string) {
  return useQuery({ queryKey: queryKeys.comments(key), queryFn: () => commentsApi.list(key) })
}

function saved(client: QueryClient, issue: Issue) {
  client.setQueryData(queryKeys.issue(issue.key), issue)
  client.invalidateQueries({ queryKey: queryKeys.issues })
  client.invalidateQueries({ queryKey: queryKeys.history(issue.key) })
}

/** A change the server refused because the issue moved on; the user decides whether to apply it again. */
export interface Conflict {
  changes: IssueChanges
  current: Issue
}

/** Fields of `base` (what an edit started from) that someone else has saved differently since. */
function changedSince(current: Issue, base: IssueChanges): boolean {
  const now = current as unknown as Record<string, unknown>
  return Object.entries(base).some(([field, value]) => (now[field] ?? '') !== (value ?? ''))
}

/** Saves field edits against the version the user saw; a stale save is reported, never silently lost or forced. */
export function useIssueEditor(key: string) {
  const client = useQueryClient()
  const toast = useToast()
  const [conflict, setConflict] = useState<Conflict | null>(null)

  // One request at a time per issue, each sent with the version the previous one left in the cache,
  // so quick successive edits by the same person never collide with each other.
  const scope = { id: `issue:${key}` }
  const cached = () => client.getQueryData<Issue>(queryKeys.issue(key))
  const version = () => cached()?.version ?? 0

  const update = useMutation({
    scope,
    mutationFn: ({ changes }: { changes: IssueChanges }) => issuesApi.update(key, version(), changes),
    onSuccess: (issue) => {
      setConflict(null)
      saved(client, issue)
    },
    onError: (error, { changes }) => {
      const current = staleCurrent(error)
      if (current) {
        client.setQueryData(queryKeys.issue(key), current)
        client.invalidateQueries({ queryKey: queryKeys.history(key) })
        client.invalidateQueries({ queryKey: queryKeys.issues })
        setConflict({ changes, current })
      } else {
        toast.error(`Could not save ${key}: ${error.message}`)
      }
    },
  })

  const transition = useMutation({
    scope,
    mutationFn: ({ status }: { status: string }) => issuesApi.transition(key, version(), status),
    onSuccess: (issue) => saved(client, issue),
    onError: (error, { status }) => {
      const allowed = allowedStatuses(error)
      const current = staleCurrent(error)
      if (current) client.setQueryData(queryKeys.issue(key), current)
      client.invalidateQueries({ queryKey: queryKeys.issues })
      if (allowed) toast.error(`${key} cannot move to ${status}. It can move to: ${allowed.join(', ') || 'nowhere'}.`)
      else if (current) toast.error(`${key} was changed by someone else; it is now ${current.status}.`)
      else toast.error(`Could not move ${key}: ${error.message}`)
    },
  })

  return {
    conflict,
    saving: update.isPending || transition.isPending,
    /**
     * `base` holds the values a text edit started from. Live updates keep the cached version current, so the
     * server cannot catch someone else's save of the same field meanwhile; this does, the same way as a 409.
     */
    save: (changes: IssueChanges, base?: IssueChanges) => {
      const current = cached()
      if (base && current && changedSince(current, base)) setConflict({ changes, current })
      else update.mutate({ changes })
    },
    move: (status: string) => transition.mutate({ status }),
    applyAgain: () => conflict && update.mutate({ changes: conflict.changes }),
    dismissConflict: () => setConflict(null),
  }
}

export function useAddComment(key: string) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (body: string) => commentsApi.add(key, body),
    onSuccess: () => {
      client.invalidateQueries({ queryKey: queryKeys.comments(key) })
      // The server makes a commenter a watcher.
      client.invalidateQueries({ queryKey: queryKeys.watchers(key) })
    },
  })
}

export function useEditComment(key: string) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: ({ id, body }: { id: number; body: string }) => commentsApi.edit(key, id, body),
    onSuccess: () => client.invalidateQueries({ queryKey: queryKeys.comments(key) }),
  })
}

export function useDeleteComment(key: string) {
  const client = useQueryClient()
  const toast = useToast()
  return useMutation({
    mutationFn: (id: number) => commentsApi.remove(key, id),
    onSuccess: () => client.invalidateQueries({ queryKey: queryKeys.comments(key) }),
    onError: (error) => toast.error(`Could not delete the comment: ${error.message}`),
  })
}
