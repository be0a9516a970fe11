import { NavLink } from 'react-router'
import { useAfterPageData } from '../app/when-idle'
import { useUnreadCount } from './use-inbox'

/** The way to the inbox, with how many notifications are unread (a count, as text too, for screen readers). */
export function InboxBell() {
  const unread = useUnreadCount({ enabled: useAfterPageData() }).data?.unread ?? 0
  const label = unread === 0 ? 'Inbox, nothing unread' : `Inbox, ${unread} unread`
  return (
    <NavLink to="/inbox" className="inbox-bell" aria-label={label} title={label}>
      {/* Drawn, not an emoji: a machine without an emoji font shows an empty box. */}
      <svg aria-hidden="true" width="16" height="16" viewBox="0 0 16 16" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinejoin="round">
        <path d="M4 11V7a4 4 0 0 1 8 0v4l1.5 1.5h-11L4 11Z" />
        <path d="M6.5 14a1.5 1.5 0 0 0 3 0" strokeLinecap="round" />
      </svg>
      {unread > 0 && (
        <span className="inbox-count" aria-hidden="true">
          {unread > 99 ? '99+' : unread}
        </span>
      )}
    </NavLink>
  )
}
