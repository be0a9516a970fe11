import type { Issue } from '../api/issues'
import { useCurrentUser } from '../app/current-user'
import { useMembers } from '../projects/use-projects'
import { Avatar } from '../ui/avatar'
import { useWatch, useWatchers } from './use-issue-parts'

/** Anyone who can see an issue may watch it; adding or removing someone else takes edit rights. */
export function Watchers({ issue, canEdit }: { issue: Issue; canEdit: boolean }) {
  const me = useCurrentUser()
  const watchers = useWatchers(issue.key)
  const members = useMembers(issue.projectKey)
  const watch = useWatch(issue.key)
  const list = watchers.data ?? []
  const watching = list.some((user) => user.email === me.email)
  const others = members.data?.map((member) => member.user).filter((user) => !list.some((watcher) => watcher.email === user.email)) ?? []

  return (
    <section className="watchers" aria-label="Watchers">
      <header className="panel-section-header">
        <h2 className="section-title">Watchers {list.length > 0 && <span className="muted">{list.length}</span>}</h2>
        <button
          type="button"
          className={`button button-toggle small${watching ? ' on' : ''}`}
          aria-pressed={watching}
          disabled={!watchers.data || watch.isPending}
          onClick={() => watch.mutate({ watch: !watching })}
        >
          {watching ? 'Watching' : 'Watch'}
        </button>
      </header>
      <ul className="watcher-list">
        {list.map((user) => (
          <li key={user.email}>
            <Avatar user={user} size={18} />
            <span className="watcher-name" title={user.email}>{user.email === me.email ? `${user.displayName} (you)` : user.displayName}</span>
            {canEdit && user.email !== me.email && (
              <button
                type="button"
                className="icon-button"
                aria-label={`Stop ${user.displayName} watching`}
                onClick={() => watch.mutate({ watch: false, email: user.email })}
              >
                ×
              </button>
            )}
          </li>
        ))}
      </ul>
      {canEdit && others.length > 0 && (
        <select
          aria-label="Add watcher"
          className="add-watcher"
          value=""
          onChange={(event) => event.target.value && watch.mutate({ watch: true, email: event.target.value })}
        >
          <option value="">Add watcher…</option>
          {others.map((user) => (
            <option key={user.email} value={user.email}>
              {user.displayName}
            </option>
          ))}
        </select>
      )}
    </section>
  )
}
