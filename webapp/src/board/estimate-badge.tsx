import { formatDuration } from '../issue-view/work-duration'

/** A card's or row's estimate, compact as Jira writes it ("2d 4h"); nothing when it has none. */
export function EstimateBadge({ seconds }: { seconds: number | null }) {
  if (seconds === null) return null
  const text = formatDuration(seconds)
  return (
    <span className="estimate-badge" title={`Remaining estimate: ${text}`}>
      <span className="visually-hidden">Estimate </span>
      {text}
    </span>
  )
}
