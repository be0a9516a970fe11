import { useQuery } from '@tanstack/react-query'
import { CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts'
import { planningApi, type Statistic } from '../api/planning'
import { usePageSearchParams } from '../app/page-location'
import { planningKeys } from '../backlog/use-planning'
import { Chart, Figure, Table } from './report-parts'
import { burndownPoints, kindName, withBurnup, type BurndownPoint } from './report-data'

const STATISTICS: [Statistic, string][] = [
  ['points', 'Story points'],
  ['issues', 'Issue count'],
]

/** A started sprint's burndown and burnup in story points or issues, both chosen in the URL (`?sprint=&by=issues`). */
export function BurndownReport({ boardId, table }: { boardId: number; table: boolean }) {
  const [params, setParams] = usePageSearchParams()
  const sprints = useQuery({ queryKey: planningKeys.sprints(boardId), queryFn: () => planningApi.sprints(boardId) })
  const started = (sprints.data ?? []).filter((s) => s.startedAt)
  const sprint = started.find((s) => s.id === Number(params.get('sprint'))) ?? started[0]
  const by: Statistic = params.get('by') === 'issues' ? 'issues' : 'points'
  const choose = (name: 'sprint' | 'by', value: string) => {
    const next = new URLSearchParams(params)
    if (name === 'by' && value === 'points') next.delete('by')
    else next.set(name, value)
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
  if (sprints.data && !sprint) return <p className="empty">No sprint has started on this board yet.</p>
  const data = report.data
  const points = data ? withBurnup(burndownPoints(data), burnup.data) : []
  const unit = by === 'issues' ? 'issues' : 'points'
  return (
    <section aria-label="Sprint burndown">
      <div className="report-choices">
        <select aria-label="Sprint" value={sprint?.id ?? ''} onChange={(event) => choose('sprint', event.target.value)}>
          {started.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name} ({s.state})
            </option>
          ))}
        </select>
        <select aria-label="Estimation statistic" value={by} onChange={(event) => choose('by', event.target.value)}>
          {STATISTICS.map(([name, label]) => (
            <option key={name} value={name}>
              {label}
            </option>
          ))}
        </select>
      </div>
      {report.error && <p className="error-text">{report.error.message}</p>}
      {data && (
        <dl className="report-figures" aria-label={`In ${unit}`}>
          <Figure label="Committed" value={data.committed} />
          <Figure label="Added" value={data.added} />
          <Figure label="Removed" value={data.removed} />
          {by === 'points' && <Figure label="Re-estimated" value={data.reestimated} />}
          <Figure label="Completed" value={data.completed} />
          <Figure label="Remaining" value={data.remaining} />
        </dl>
      )}
      {data && !table && (
        <Chart>
          <LineChart data={points}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="at" type="number" scale="time" domain={['dataMin', 'dataMax']} tickFormatter={day} />
            <YAxis allowDecimals={by === 'points'} />
            <Tooltip content={<BurndownTip />} />
            <Legend />
            <Line type="stepAfter" dataKey="remaining" name={`Remaining (${unit})`} stroke="#de350b" isAnimationActive={false} />
            <Line dataKey="guideline" name="Guideline" stroke="#8993a4" strokeDasharray="4 4" dot={false} isAnimationActive={false} />
          </LineChart>
        </Chart>
      )}
      {data && !table && (
        <>
          <h3>Burnup</h3>
          <Chart>
            <LineChart data={points} aria-label="Sprint burnup">
              <CartesianGrid strokeDasharray="3 3" />
              <XAxis dataKey="at" type="number" scale="time" domain={['dataMin', 'dataMax']} tickFormatter={day} />
              <YAxis allowDecimals={by === 'points'} />
              <Tooltip content={<BurndownTip />} />
              <Legend />
              <Line type="stepAfter" dataKey="scope" name={`Scope (${unit})`} stroke="#0052cc" isAnimationActive={false} />
              <Line type="stepAfter" dataKey="done" name={`Done (${unit})`} stroke="#36b37e" isAnimationActive={false} />
            </LineChart>
          </Chart>
        </>
      )}
      {data && table && (
        <Table
          head={['When', 'Issue', 'Event', 'Change', `Remaining (${unit})`, 'Scope', 'Done']}
          rows={points.map((p) => [new Date(p.at).toLocaleString(), p.key ?? '', p.kind ? kindName(p.kind) : '', p.change ?? '', p.remaining, p.scope ?? '', p.done ?? ''])}
        />
      )}
    </section>
  )
}

function BurndownTip({ active, payload }: { active?: boolean; payload?: { payload: BurndownPoint }[] }) {
  const point = payload?.[0]?.payload
  if (!active || !point) return null
  return (
    <div className="chart-tip">
      <div>{new Date(point.at).toLocaleString()}</div>
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

function day(ms: number) {
  return new Date(ms).toISOString().slice(5, 10)
}
