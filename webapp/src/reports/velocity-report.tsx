import { useQuery } from '@tanstack/react-query'
import { planningApi, type Statistic, type Velocity } from '../api/planning'
import { plural } from '../app/words'
import { planningKeys } from '../backlog/use-planning'
import { SeriesChart } from './report-chart'
import { ReportView, Table } from './report-parts'
import { countsNothing } from './report-data'
import { StatisticPicker } from './statistic-picker'
import { useStatistic } from './use-statistic'

/** Committed against completed work of the board's last completed sprints, in story points or issues (`?by=issues`). */
export function VelocityReport({ boardId, table }: { boardId: number; table: boolean }) {
  const [by, setBy] = useStatistic()
  const report = useQuery({ queryKey: planningKeys.report('velocity', boardId, by), queryFn: () => planningApi.velocity(boardId, by) })
  const data = report.data
  const empty = data && emptyVelocity(data, by)
  return (
    <section aria-label="Velocity">
      <div className="report-choices">
        <StatisticPicker by={by} onChange={setBy} />
      </div>
      {report.error && <p className="error-text">{report.error.message}</p>}
      {data && !empty && (
        <p className="muted">
          Average completed: {plural(data.averageCompleted, by === 'issues' ? 'issue' : 'story point')} per sprint
        </p>
      )}
      {data && (
        <ReportView table={table} empty={empty}
          tableView={<Table head={['Sprint', `Committed (${by})`, `Completed (${by})`]} rows={data.sprints.map((s) => [s.name, s.committed, s.completed])} />}
          chartView={<SeriesChart kind="bar" rows={data.sprints} x="name" decimals={by === 'points'} series={[
            { key: 'committed', name: 'Committed', color: 'var(--text-3)' },
            { key: 'completed', name: 'Completed', color: 'var(--green)' },
          ]} />} />
      )}
    </section>
  )
}

function emptyVelocity(report: Velocity, by: Statistic): string | undefined {
  if (report.sprints.length === 0) return 'No sprint of this board is completed yet. Complete the active sprint from the backlog to see its velocity.'
  const nothing = countsNothing(report.sprints.map((s) => s.committed), report.sprints.map((s) => s.completed))
  if (nothing && by === 'points') return 'The completed sprints had no story points committed or completed. Choose Issue count, or estimate issues in the backlog.'
  if (nothing) return 'The completed sprints had no issues in them. Plan issues into the next sprint from the backlog.'
  return undefined
}
