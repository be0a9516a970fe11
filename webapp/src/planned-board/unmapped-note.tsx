import { Link } from 'react-router'
import { plural } from '../app/words'

/**
 * A quiet note that some of the board's issues are on no column, as a workflow change leaves new statuses unmapped:
 * the board keeps its mapping, as Jira does, and says so, with the way to map them.
 */
export function UnmappedNote({ unmapped, settings }: { unmapped: Record<string, number>; settings: string }) {
  const statuses = Object.keys(unmapped)
  const issues = Object.values(unmapped).reduce((sum, count) => sum + count, 0)
  if (issues === 0) return null
  const are = issues === 1 ? 'is' : 'are'
  const where = statuses.length === 1 ? 'a status' : 'statuses'
  return (
    <p className="muted small board-note">
      {plural(issues, 'issue')} {are} in {where} this board does not show: {statuses.join(', ')} · <Link to={settings}>Board settings</Link>
    </p>
  )
}
