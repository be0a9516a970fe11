import { typeGlyph } from './type-glyph'

export function TypeIcon({ type }: { type: string }) {
  const { mark, color } = typeGlyph(type)
  return (
    <span className="type-icon" style={{ background: color }} title={type} aria-label={type}>
      {mark}
    </span>
  )
}

// Meridian's default names and the ones projects imported from Jira bring along.
const PRIORITY_BARS: Record<string, number> = {
  Highest: 3,
  Blocker: 3,
  High: 3,
  Critical: 3,
  Medium: 2,
  Major: 2,
  Low: 1,
  Minor: 1,
  Lowest: 0,
  Trivial: 0,
}
const URGENT = new Set(['Highest', 'Blocker'])

export function PriorityIcon({ priority }: { priority: string | null }) {
  if (!priority) return null
  const bars = PRIORITY_BARS[priority] ?? 2
  const urgent = URGENT.has(priority)
  return (
    <span className={`priority-icon${urgent ? ' priority-urgent' : ''}`} title={`Priority: ${priority}`} aria-label={`Priority ${priority}`}>
      {[1, 2, 3].map((bar) => (
        <i key={bar} className={bar <= bars ? 'on' : ''} style={{ height: 3 + bar * 3 }} />
      ))}
    </span>
  )
}

export function StatusDot({ category }: { category: string }) {
  return <span className={`status-dot status-${category}`} aria-hidden="true" />
}
