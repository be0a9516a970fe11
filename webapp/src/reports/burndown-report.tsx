import { useQuery } from '@tanstack/react-query'
import type { ReactNode } from 'react'
import { CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts'
import { planningApi, type Burndown, type Statistic } from '../api/planning'
import { usePageSearchParams } from '../app/page-location'
import { planningKeys } from '../backlog/use-planning'
import { themedAxis, themedCursor, themedDots, themedGrid, themedLegend } from '../ui/chart-theme'
import { Chart, Figure, ReportView, Table } from './report-parts'
import { burndownPoints, dayOfSprint, kindName, withBurnup, type BurndownPoint } from './report-data'
import { StatisticPicker } from './statistic-picker'
import { useStatistic } from './use-statistic'

/** A started sprint's burndown and burnup in story points or issues, both chosen in the URL (`?sprint=&by=issues`). */
export function BurndownReport({ boardId, table }: { boardId: number; table: boolean }) {
  const [params, setParams] = usePageSearchParams()
  const sprints = useQuery({ queryKey: planningKeys.sprints(boardId), queryFn: () => planningApi.sprints(boardId) })
  const started = (sprints.data ?? []).filter((s) => s.startedAt)
  const sprint = started.find((s) => s.id === Number(params.get('sprint'))) ?? started[0]
  const [by, setBy] = useStatistic()
  const chooseSprint = (id: string) => {
    const next = new URLSearchParams(params)
    next.set('sprint', id)
    setParams(next, { replace: true })
  }
  const report = useQuery({
    queryKey: planningKeys.report('burndown', sprint?.id ?? 0, by),
    queryFn: () => planningApi.burndown(sprint!.id, by),
    enabled: !!sprint,
  })
  const burnup = useQuery({
    queryKey: planningKeys.report('burnup', sprint?.id ?? 0, by),
    queryFn: () => planningApi.burnup(sprint!.id, by),
    enabled: !!sprint,
  })
  if (sprints.data && !sprint) return <p className="empty">No sprint has started on this board yet. Start one from the backlog to follow its burndown.</p>
  const data = report.data
  const points = data ? withBurnup(burndownPoints(data), burnup.data) : []
  const empty = data && sprint && emptySprint(data, sprint.name, by)
  return (
    <section aria-label="Sprint burndown">
      <div className="report-choices">
        <select aria-label="Sprint" value={sprint?.id ?? ''} onChange={(event) => chooseSprint(event.target.value)}>
          {started.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name} ({s.state})
            </option>
          ))}
        </select>
        <StatisticPicker by={by} onChange={setBy} />
      </div>
      {report.error && <p className="error-text">{report.error.message}</p>}
      {data && !empty && (
        <dl className="report-figures" aria-label={`In ${by}`}>
          <Figure label="Committed" value={data.committed} />
          <Figure label="Added" value={data.added} />
          <Figure label="Removed" value={data.removed} />
          {by === 'points' && <Figure label="Re-estimated" value={data.reestimated} />}
          <Figure label="Completed" value={data.completed} />
          <Figure label="Remaining" value={data.remaining} />
        </dl>
      )}
      {data && (
        <ReportView table={table} empty={empty}
          tableView={
            <Table
              head={['When', 'Issue', 'Event', 'Change', `Remaining (${by})`, 'Scope', 'Done']}
              rows={points.map((p) => [new Date(p.at).toLocaleString(), p.key ?? '', p.kind ? kindName(p.kind) : '', p.change ?? '', p.remaining, p.scope ?? '', p.done ?? ''])}
            />
          }
          chartView={
            <>
              <SprintLines points={points} decimals={by === 'points'}>
                <Line type="stepAfter" dataKey="remaining" name={`Remaining (${by})`} stroke="var(--red)" {...themedDots} isAnimationActive={false} />
                <Line dataKey="guideline" name="Guideline" stroke="var(--text-3)" strokeDasharray="4 4" dot={false} isAnimationActive={false} />
              </SprintLines>
              <h3>Burnup</h3>
              <SprintLines points={points} decimals={by === 'points'} label="Sprint burnup">
                <Line type="stepAfter" dataKey="scope" name={`Scope (${by})`} stroke="var(--blue)" {...themedDots} isAnimationActive={false} />
                <Line type="stepAfter" dataKey="done" name={`Done (${by})`} stroke="var(--green)" {...themedDots} isAnimationActive={false} />
              </SprintLines>
            </>
          }
        />
      )}
    </section>
  )
}

/** The sprint's points over time with the lines given, in the page's theme. */
function SprintLines({ points, decimals, label, children }: { points: BurndownPoint[]; decimals: boolean; label?: string; children: ReactNode }) {
  return (
    <Chart>
      <LineChart data={points} aria-label={label}>
        <CartesianGrid {...themedGrid} />
        <XAxis dataKey="at" type="number" scale="time" domain={['dataMin', 'dataMax']} tickFormatter={(at: number) => dayOfSprint(at, points)} {...themedAxis} />
        <YAxis allowDecimals={decimals} {...themedAxis} />
        <Tooltip content={<BurndownTip points={points} />} cursor={themedCursor.line} />
        <Legend {...themedLegend} />
        {children}
      </LineChart>
    </Chart>
  )
}

function BurndownTip({ active, payload, points }: { active?: boolean; payload?: { payload: BurndownPoint }[]; points: BurndownPoint[] }) {
  const point = payload?.[0]?.payload
  if (!active || !point) return null
  return (
    <div className="chart-tip">
      <div>
        {dayOfSprint(point.at, points)}, {new Date(point.at).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' })}
      </div>
      {point.key && (
        <div>
          {point.key}: {kindName(point.kind)} ({point.change! > 0 ? '+' : ''}
          {point.change})
        </div>
      )}
      <div>Remaining: {point.remaining}</div>
      <div>
        Scope: {point.scope}, done: {point.done}
      </div>
    </div>
  )
}

/** What to say, and to do, when the sprint has no work to burn down in the statistic chosen. */
function emptySprint(report: Burndown, sprintName: string, by: Statistic): string | undefined {
  if (report.completedKeys.length === 0 && report.incompleteKeys.length === 0) return `No issues were in ${sprintName}. Add issues to it from the backlog.`
  const nothing = [report.committed, report.added, report.removed, report.completed, report.remaining].every((n) => n === 0)
  if (by === 'points' && nothing) return `The issues in ${sprintName} have no story points. Choose Issue count, or estimate them in the backlog.`
  return undefined
}
