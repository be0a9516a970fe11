import type { Statistic } from '../api/planning'

const STATISTICS: [Statistic, string][] = [
  ['points', 'Story points'],
  ['issues', 'Issue count'],
]

export function StatisticPicker({ by, onChange }: { by: Statistic; onChange: (by: Statistic) => void }) {
  return (
    <select aria-label="Estimation statistic" value={by} onChange={(event) => onChange(event.target.value as Statistic)}>
      {STATISTICS.map(([name, label]) => (
        <option key={name} value={name}>
          {label}
        </option>
      ))}
    </select>
  )
}
