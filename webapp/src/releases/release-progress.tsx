import type { VersionProgress } from '../api/releases'
import { progressParts } from './release-status'

/** Done, in progress and to do as one bar, the counts on hover and for screen readers. */
export function ReleaseProgress({ progress }: { progress: Pick<VersionProgress, 'toDo' | 'inProgress' | 'done'> }) {
  const parts = progressParts(progress)
  return (
    <span className="progress release-progress" role="img" aria-label={parts.text} title={parts.text}>
      <span className="progress-done" style={{ width: `${parts.done}%` }} />
      <span className="progress-in-progress" style={{ width: `${parts.inProgress}%` }} />
    </span>
  )
}
