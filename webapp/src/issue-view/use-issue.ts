import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { commentsApi } from '../api/comments'
import { allowedStatuses, issuesApi, staleCurrent, type Issue, type IssueChanges } from '../api/issues'
import { useToast } from '../app/use-toast'

const issueKeyOf = (key: string) => ['issue', key] as const

export function useIssue(key: string) {
  return useQuery({ queryKey: issueKeyOf(key), queryFn: () => issuesApi.get(key) })
}

export function useHistory(key: string) {
  return useQuery({ queryKey: ['history', key], queryFn: () => issuesApi.history(key) })
}

export function useComments(key: string) {
  return useQuery({ queryKey: ['comments', key], queryFn: () => commentsApi.list(key) })
}

function saved(client: QueryClient, issue: Issue) {
  client.setQueryData(issueKeyOf(issue.key), issue)
  client.invalidateQueries({ queryKey: ['issues'] })
  client.invalidateQueries({ queryKey: ['history', issue.key] })
}

/** A change the server refused because the issue moved on; the user decides whether to apply it again. */
export interface Conflict {
  changes: IssueChanges
  current: Issue
}

/** Saves field edits against the version the user saw; a stale save is reported, never silently lost or forced. */
export function useIssueEditor(key: string) {
  const client = useQueryClient()
  const toast = useToast()
  const [conflict, setConflict] = useState<Conflict | null>(null)

  // One request at a time per issue, each sent with the version the previous one left in the cache,
  // so quick successive edits by the same person never collide with each other.
  const scope = { id: `issue:${key}` }
  const version = () => client.getQueryData<Issue>(issueKeyOf(key))?.version ?? 0

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
        client.setQueryData(issueKeyOf(key), current)
        client.invalidateQueries({ queryKey: ['history', key] })
        client.invalidateQueries({ queryKey: ['issues'] })
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
      if (current) client.setQueryData(issueKeyOf(key), current)
      client.invalidateQueries({ queryKey: ['issues'] })
      if (allowed) toast.error(`${key} cannot move to ${status}. It can move to: ${allowed.join(', ') || 'nowhere'}.`)
      else if (current) toast.error(`${key} was changed by someone else; it is now ${current.status}.`)
      else toast.error(`Could not move ${key}: ${error.message}`)
    },
  })

  return {
    conflict,
    saving: update.isPending || transition.isPending,
    save: (changes: IssueChanges) => update.mutate({ changes }),
    move: (status: string) => transition.mutate({ status }),
    applyAgain: () => conflict && update.mutate({ changes: conflict.changes }),
    dismissConflict: () => setConflict(null),
  }
}

export function useAddComment(key: string) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (body: string) => commentsApi.add(key, body),
    onSuccess: () => client.invalidateQueries({ queryKey: ['comments', key] }),
  })
}

export function useDeleteComment(key: string) {
  const client = useQueryClient()
  const toast = useToast()
  return useMutation({
    mutationFn: (id: number) => commentsApi.remove(key, id),
    onSuccess: () => client.invalidateQueries({ queryKey: ['comments', key] }),
    onError: (error) => toast.error(`Could not delete the comment: ${error.message}`),
  })
}
