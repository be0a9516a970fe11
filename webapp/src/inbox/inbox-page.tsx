import { useState } from 'react'
import { Link } from 'react-router'
import type { Notification } from '../api/notifications'
import { useOpenIssuePanel } from '../board/use-open-issue-panel'
import { Time } from '../ui/time'
import { notificationWords } from './notification-words'
import { useInbox, useMarkAllRead, useMarkRead } from './use-inbox'

/**
 * The signed-in person's notifications, newest first; opening one marks it read and opens its issue over the inbox
 * (one about a deleted issue only marks it read: there is no issue to open).
 */
export function InboxPage() {
  const [unreadOnly, setUnreadOnly] = useState(false)
  const inbox = useInbox(unreadOnly)
  const markRead = useMarkRead()
  const markAllRead = useMarkAllRead()
  const openIssue = useOpenIssuePanel()
  const items = inbox.items
  const anyUnread = items.some((notification) => !notification.read)

  const open = (notification: Notification) => {
    if (!notification.read) markRead.mutate(notification.id)
    if (notification.reason !== 'deleted') openIssue(notification.issueKey)
  }

  return (
    <div className="page">
      <header className="page-header">
        <h1>Inbox</h1>
        <div className="inbox-actions">
          <label className="checkbox-label">
            <input type="checkbox" checked={unreadOnly} onChange={(event) => setUnreadOnly(event.target.checked)} />
            Unread only
          </label>
          <button type="button" className="button" disabled={!anyUnread || markAllRead.isPending} onClick={() => markAllRead.mutate()}>
            Mark all read
          </button>
          <Link to="/account/notifications" className="button button-ghost">
            Email settings
          </Link>
        </div>
      </header>
      <div className="page-body narrow">
        {inbox.error && !inbox.isFetchNextPageError && <p className="error-text">{inbox.error.message}</p>}
        {markAllRead.error && <p className="error-text">{markAllRead.error.message}</p>}
        {inbox.isSuccess && items.length === 0 && (
          <p className="empty inbox-empty">
            {unreadOnly
              ? 'Nothing unread. You are all caught up.'
              : 'No notifications yet: mentions of you and changes to issues you report, watch or are assigned to will show here.'}
          </p>
        )}
        {items.length > 0 && (
          <ul className="inbox-list" aria-label="Notifications">
            {items.map((notification) => (
              <li key={notification.id}>
                <button
                  type="button"
                  className={notification.read ? 'inbox-item' : 'inbox-item unread'}
                  onClick={() => open(notification)}
                  aria-label={`${notification.read ? '' : 'Unread: '}${notificationWords(notification)}`}
                >
                  <span className="inbox-words">
                    {!notification.read && <span className="inbox-dot" aria-hidden="true" />}
                    {notificationWords(notification)}
                  </span>
                  <span className="inbox-summary muted">{notification.issueSummary}</span>
                  {notification.excerpt && <span className="inbox-excerpt">{notification.excerpt}</span>}
                  <span className="inbox-when muted small">
                    <Time iso={notification.createdAt} />
                  </span>
                </button>
              </li>
            ))}
          </ul>
        )}
        {inbox.hasNextPage && inbox.total !== undefined && (
          <p className="muted small">
            The newest {items.length.toLocaleString('en')} of {inbox.total.toLocaleString('en')} are shown.{' '}
            <button type="button" className="button button-ghost" disabled={inbox.isFetchingNextPage} onClick={() => void inbox.fetchNextPage()}>
              {inbox.isFetchingNextPage ? 'Loading older…' : 'Show older'}
            </button>
          </p>
        )}
        {inbox.isFetchNextPageError && <p className="error-text">Could not load older notifications: {inbox.error?.message}</p>}
      </div>
    </div>
  )
}
