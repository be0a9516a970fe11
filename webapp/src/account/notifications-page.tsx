import type { NotificationReason } from '../api/notifications'
import { useNotificationSettings, useSaveNotificationSettings } from './use-notification-settings'

const REASONS: { reason: NotificationReason; label: string }[] = [
  { reason: 'assigned', label: 'An issue is assigned to me' },
  { reason: 'mentioned', label: 'Someone mentions me' },
  { reason: 'created', label: 'An issue is created in a project I watch, or reported in my name' },
  { reason: 'commented', label: 'Someone comments on an issue I report, am assigned or watch' },
  { reason: 'commentEdited', label: 'Someone edits a comment on such an issue' },
  { reason: 'workLogged', label: 'Someone logs work on such an issue' },
  { reason: 'updated', label: 'Such an issue changes: any field, a link or an attachment' },
  { reason: 'deleted', label: 'Such an issue is deleted' },
]

/** My account → Notifications: what Meridian emails me, saved as each box is ticked. */
export function NotificationsPage() {
  const settings = useNotificationSettings()
  const save = useSaveNotificationSettings()
  const current = settings.data

  return (
    <div className="page">
      <header className="page-header">
        <h1>
          My account <span className="muted">Notifications</span>
        </h1>
      </header>
      <div className="page-body narrow">
        <p className="muted">
          Your inbox tells you about the issues you report, are assigned or watch, where you are mentioned, and new issues in the projects you
          watch (Watch project on a project’s board). Choose what Meridian also emails
          you. Changes to one issue within a minute come in one email, and you are never emailed about your own changes.
        </p>
        {settings.error && <p className="error-text">{settings.error.message}</p>}
        {current && (
          <form className="notification-settings" aria-label="Email notifications" onSubmit={(event) => event.preventDefault()}>
            {!current.serverSendsEmail && (
              <div className="notice notice-warning" role="note">
                <p>This Meridian sends no email (its administrator set MERIDIAN_MAIL=off). Your choices apply once it does.</p>
              </div>
            )}
            <label className="checkbox-label">
              <input
                type="checkbox"
                checked={current.email}
                disabled={save.isPending}
                onChange={(event) => save.mutate({ email: event.target.checked })}
              />
              Email me my notifications
            </label>
            <fieldset disabled={!current.email || save.isPending}>
              <legend>Email me when</legend>
              {REASONS.map(({ reason, label }) => (
                <label key={reason} className="checkbox-label">
                  <input
                    type="checkbox"
                    checked={current.email && current.reasons[reason]}
                    onChange={(event) => save.mutate({ email: true, reasons: { [reason]: event.target.checked } })}
                  />
                  {label}
                </label>
              ))}
            </fieldset>
            {save.error && (
              <p className="error-text" role="alert">
                Not saved: {save.error.message}
              </p>
            )}
            {save.isSuccess && (
              <p className="muted small" role="status">
                Saved.
              </p>
            )}
          </form>
        )}
      </div>
    </div>
  )
}
