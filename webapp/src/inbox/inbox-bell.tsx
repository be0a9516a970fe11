import { NavLink } from 'react-router'
import { useUnreadCount } from './use-inbox'

/** The way to the inbox, with how many notifications are unread (a count, as text too, for screen readers). */
export function InboxBell() {
  const unread = useUnreadCount().data?.unread ?? 0
  const label = unread === 0 ? 'Inbox, nothing unread' : `Inbox, ${unread} unread`
  return (
    <NavLink to="/inbox" className="inbox-bell" aria-label={label} title={label}>
      <span aria-hidden="true">🔔</span>
      {unread > 0 && (
        <span className="inbox-count" aria-hidden="true">
          {unread > 99 ? '99+' : unread}
        </span>
      )}
    </NavLink>
  )
}
