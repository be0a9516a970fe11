import { Link } from 'react-router'
import { plural } from '../app/words'

/**
 * A quiet note that some of the board's issues are on no column, as a status taken out of every column in the board's
 * settings leaves them (a status new to the workflow goes into a column by itself), with the way to map them.
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
