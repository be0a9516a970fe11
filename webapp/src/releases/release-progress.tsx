import type { VersionProgress } from '../api/releases'
import { progressParts } from './release-status'

/**
 * Done, in progress and to do as one bar, the counts on hover and for screen readers; a version with no issues says so
 * in words, where an empty bar would read as all to do.
 */
export function ReleaseProgress({ progress }: { progress: Pick<VersionProgress, 'toDo' | 'inProgress' | 'done'> }) {
  const parts = progressParts(progress)
  if (!parts.total) return <span className="muted small">{parts.text}</span>
  return (
    <span className="progress release-progress" role="img" aria-label={parts.text} title={parts.text}>
      <span className="progress-done" style={{ width: `${parts.done}%` }} />
      <span className="progress-in-progress" style={{ width: `${parts.inProgress}%` }} />
      <span className="progress-to-do" style={{ width: `${parts.toDo}%` }} />
    </span>
  )
}
