import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { notificationsApi } from '../api/notifications'
import { queryKeys } from '../app/query-keys'

/** Live updates refresh these when a notification arrives (a `notification` event); no polling. */
export function useUnreadCount() {
  return useQuery({ queryKey: queryKeys.unreadCount, queryFn: notificationsApi.unreadCount, staleTime: 60_000 })
}

export function useInbox(unreadOnly: boolean) {
  return useQuery({ queryKey: queryKeys.inbox(unreadOnly), queryFn: () => notificationsApi.list({ unread: unreadOnly }) })
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
