import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { notificationsApi } from '../api/notifications'
import { queryKeys } from '../app/query-keys'

/** Live updates refresh these when a notification arrives (a `notification` event); no polling. */
export function useUnreadCount({ enabled = true } = {}) {
  return useQuery({ queryKey: queryKeys.unreadCount, queryFn: notificationsApi.unreadCount, staleTime: 60_000, enabled })
}

/**
 * The newest notifications, then older pages as asked for ("Show older"), what is shown kept. A notification that arrives
 * meanwhile shifts the pages by one: the one repeated is shown once.
 */
export function useInbox(unreadOnly: boolean) {
  const inbox = useInfiniteQuery({
    queryKey: queryKeys.inbox(unreadOnly),
    queryFn: ({ pageParam }) => notificationsApi.list({ unread: unreadOnly, page: pageParam }),
    initialPageParam: 0,
    getNextPageParam: (last) => ((last.page + 1) * last.size < last.total ? last.page + 1 : undefined),
  })
  const pages = inbox.data?.pages ?? []
  const items = [...new Map(pages.flatMap((page) => page.items).map((item) => [item.id, item])).values()]
  return { ...inbox, items, total: pages.at(-1)?.total }
}

export function useMarkRead() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: notificationsApi.read,
    onSuccess: () => client.invalidateQueries({ queryKey: queryKeys.notifications }),
  })
}

export function useMarkAllRead() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: notificationsApi.readAll,
    onSuccess: () => client.invalidateQueries({ queryKey: queryKeys.notifications }),
  })
}
