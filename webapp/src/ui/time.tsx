const relative = new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' })
const absolute = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' })

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
]

function fromNow(iso: string, now = Date.now()): string {
  const seconds = Math.round((new Date(iso).getTime() - now) / 1000)
  for (const [unit, size] of UNITS) {
    if (Math.abs(seconds) >= size) return relative.format(Math.round(seconds / size), unit)
  }
  return 'just now'
}

/** Relative to read, absolute on hover; `withAbsolute` shows both, for the few places where the exact time matters. */
export function Time({ iso, withAbsolute = false }: { iso: string; withAbsolute?: boolean }) {
  const exact = absolute.format(new Date(iso))
  return (
    <time dateTime={iso} title={exact}>
      {fromNow(iso)}
      {withAbsolute && <span className="muted"> ({exact})</span>}
    </time>
  )
}
