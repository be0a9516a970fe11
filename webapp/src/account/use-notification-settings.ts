import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { notificationSettingsApi, type NotificationSettingsChange } from '../api/notifications'

const settingsKey = ['notification-settings'] as const

export function useNotificationSettings() {
  return useQuery({ queryKey: settingsKey, queryFn: notificationSettingsApi.get })
}

export function useSaveNotificationSettings() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (change: NotificationSettingsChange) => notificationSettingsApi.save(change),
    onSuccess: (saved) => client.setQueryData(settingsKey, saved),
  })
}
