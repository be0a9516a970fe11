import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { issuesApi, type Issue, type IssueLink } from '../api/issues'
import { linksApi } from '../api/links'
import { searchApi } from '../api/search'
import type { UserRef } from '../api/users'
import { watchersApi } from '../api/watchers'
import { queryKeys } from '../app/query-keys'
import { useToast } from '../app/use-toast'

/** The issues under this one (sub-tasks, or an epic's issues) with their statuses, in key order. */
export function useChildren(issueKey: string, enabled: boolean) {
  return useQuery({
    queryKey: queryKeys.children(issueKey),
    queryFn: () => searchApi.search({ jql: `parent = ${issueKey} ORDER BY key ASC`, maxResults: 100 }),
    enabled,
  })
}

export function useCreateChild(parent: Issue) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: ({ type, summary }: { type: string; summary: string }) =>
      issuesApi.create({ project: parent.projectKey, type, summary, parent: parent.key }),
    onSuccess: (child) => {
      client.setQueryData(queryKeys.issue(child.key), child)
      client.invalidateQueries({ queryKey: queryKeys.issues })
      client.invalidateQueries({ queryKey: queryKeys.issue(parent.key) })
    },
  })
}

/** Links are part of the issue; the server answers a new link with the issue's links, so the cache takes them at once. */
export function useLinks(issueKey: string) {
  const client = useQueryClient()
  const toast = useToast()
  const setLinks = (links: IssueLink[]) =>
    client.setQueryData<Issue>(queryKeys.issue(issueKey), (issue) => issue && { ...issue, links })
  const refreshOtherEnd = (otherKey: string) => client.invalidateQueries({ queryKey: queryKeys.issue(otherKey) })

  const add = useMutation({
    mutationFn: ({ type, otherKey }: { type: string; otherKey: string }) => linksApi.add(issueKey, type, otherKey),
    onSuccess: (links, { otherKey }) => {
      setLinks(links)
      refreshOtherEnd(otherKey.toUpperCase())
    },
  })
  const remove = useMutation({
    mutationFn: (link: IssueLink) => linksApi.remove(issueKey, link.id),
    onSuccess: (_, link) => {
      const issue = client.getQueryData<Issue>(queryKeys.issue(issueKey))
      if (issue) setLinks(issue.links.filter((other) => other.id !== link.id))
      refreshOtherEnd(link.key)
    },
    onError: (error, link) => toast.error(`Could not remove the link to ${link.key}: ${error.message}`),
  })
  return { add, remove }
}

export function useWatchers(issueKey: string) {
  return useQuery({ queryKey: queryKeys.watchers(issueKey), queryFn: () => watchersApi.list(issueKey) })
}

/** Starts or stops someone watching (the caller when `email` is missing); the answer is the new list. */
export function useWatch(issueKey: string) {
  const client = useQueryClient()
  const toast = useToast()
  return useMutation({
    mutationFn: ({ watch, email }: { watch: boolean; email?: string }) =>
      watch ? watchersApi.watch(issueKey, email) : watchersApi.unwatch(issueKey, email),
    onSuccess: (watchers: UserRef[]) => client.setQueryData(queryKeys.watchers(issueKey), watchers),
    onError: (error) => toast.error(`Could not change the watchers of ${issueKey}: ${error.message}`),
  })
}
