import type { Page } from './assistant'
import { http } from './http'
import type { UserRef } from './users'

/**
 * Why someone was told: the issue was assigned to them, they were @mentioned, a new issue (theirs, or in a project they
 * watch), a comment, a comment edited, work logged, another change (a field, a link, an attachment), the issue deleted.
 */
export type NotificationReason = 'assigned' | 'mentioned' | 'created' | 'commented' | 'commentEdited' | 'workLogged' | 'updated' | 'deleted'

/**
 * A field as it was and became, in words, as the issue's history names it; a `link` or `attachment` added (from null)
 * or removed (to null); `timeLogged` (to "2h").
 */
export interface FieldChange {
  field: 'status' | 'assignee' | 'priority' | 'summary' | 'link' | 'attachment' | 'timeLogged' | string
  from: string | null
  to: string | null
}

export interface Notification {
  id: number
  /** Who made the change; null once their account is gone. */
  actor: UserRef | null
  projectKey: string
  issueKey: string
  issueSummary: string
  reason: NotificationReason
  changes: FieldChange[]
  /** The start of the comment or of the text that mentions the reader. */
  excerpt: string | null
  createdAt: string
  read: boolean
}

const base = '/api/v1/myself/notifications'

/** The caller's own notifications, newest first, about projects they may still see. */
export const notificationsApi = {
  list: ({ unread = false, page = 0, size = 50 }: { unread?: boolean; page?: number; size?: number } = {}) =>
    http.get<Page<Notification>>(base, { unread: unread ? 'true' : undefined, page, size }),
  unreadCount: () => http.get<{ unread: number }>(`${base}/unread-count`),
  read: (id: number) => http.post<Notification>(`${base}/${id}/read`),
  readAll: () => http.post<{ marked: number }>(`${base}/read-all`),
}

/** What the caller wants emailed; the inbox keeps every notification whatever they choose. */
export interface NotificationSettings {
  /** Whether to email them at all. */
  email: boolean
  /** Each reason emailed or not. */
  reasons: Record<NotificationReason, boolean>
  /** False when this server sends no email at all (MERIDIAN_MAIL=off). */
  serverSendsEmail: boolean
}

export type NotificationSettingsChange = Pick<NotificationSettings, 'email'> & { reasons?: Partial<Record<NotificationReason, boolean>> }

const settingsPath = '/api/v1/myself/notification-settings'

export const notificationSettingsApi = {
  get: () => http.get<NotificationSettings>(settingsPath),
  save: (change: NotificationSettingsChange) => http.put<NotificationSettings>(settingsPath, change),
}
