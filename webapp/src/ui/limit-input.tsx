/** A WIP limit's box with its name ("Min", "Max") beside it, still there once a number is typed in. */
export function LimitInput({ short, label, value, onChange }: {
  /** Shown: "Min" or "Max". */
  short: string
  /** Read by screen readers, e.g. "Minimum of To Do". */
  label: string
  value: string
  onChange: (value: string) => void
}) {
  return (
    <label className="limit-input">
      <span className="muted small" aria-hidden="true">
        {short}
      </span>
      <input aria-label={label} className="wip-input" inputMode="numeric" size={4} value={value} onChange={(e) => onChange(e.target.value)} />
    </label>
  )
}
