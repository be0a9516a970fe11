import { useState } from 'react'
import type { Worklog } from '../api/worklogs'
import { useCurrentUser } from '../app/current-user'
import { Avatar } from '../ui/avatar'
import { Time } from '../ui/time'
import { DeleteWorkDialog } from './delete-work-dialog'
import { LogWorkDialog } from './log-work-dialog'
import { useIssue } from './use-issue'
import { useWorklogs } from './use-worklogs'
import { formatDuration } from './work-duration'

/** The work logged on the issue, oldest first: who, when, how much and why; its authors and project admins change it. */
export function Worklogs({ issueKey, canLog, canModerate = false }: { issueKey: string; canLog: boolean; canModerate?: boolean }) {
  const time = useIssue(issueKey).data?.timeTracking
  const logged = !!time?.timeSpentSeconds
  const worklogs = useWorklogs(issueKey, logged)
  const me = useCurrentUser()
  const [editing, setEditing] = useState<Worklog | null>(null)
  const [deleting, setDeleting] = useState<Worklog | null>(null)
  // Once the last work is deleted the list is no longer asked for: what it held before is gone too.
  const entries = logged ? worklogs.data ?? [] : []
  if (!logged || (!entries.length && !worklogs.error)) return null

  return (
    <section className="panel-section worklogs" aria-label="Work log">
      <h2 className="section-title">
        Work log <span className="muted">{entries.length}</span>
      </h2>
      {worklogs.error && <p className="error-text">{worklogs.error.message}</p>}
      <ul className="worklog-list">
        {entries.map((worklog) => (
          <li key={worklog.id} className="worklog">
            <Avatar user={worklog.author} size={20} />
            <div>
              <strong>{worklog.author?.displayName ?? 'Someone'}</strong> logged <strong>{formatDuration(worklog.timeSpentSeconds)}</strong>{' '}
              <span className="muted small">
                <Time iso={worklog.started} withAbsolute />
              </span>
              {worklog.comment && <p className="worklog-comment">{worklog.comment}</p>}
            </div>
            {canLog && (worklog.author?.email === me.email || canModerate) && (
              <span className="worklog-actions">
                <button type="button" className="link-button muted" onClick={() => setEditing(worklog)}>
                  Edit
                </button>
                <button type="button" className="link-button muted" onClick={() => setDeleting(worklog)}>
                  Delete
                </button>
              </span>
            )}
          </li>
        ))}
      </ul>
      {editing && <LogWorkDialog issueKey={issueKey} worklog={editing} remaining={time?.remainingEstimateSeconds} onClose={() => setEditing(null)} />}
      {deleting && <DeleteWorkDialog issueKey={issueKey} worklog={deleting} remaining={time?.remainingEstimateSeconds} onClose={() => setDeleting(null)} />}
    </section>
  )
}
