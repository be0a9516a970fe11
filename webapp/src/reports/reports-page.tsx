import { useQuery } from '@tanstack/react-query'
import { useState, type ReactNode } from 'react'
import { useParams } from 'react-router'
import { Area, AreaChart, Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts'
import { planningApi } from '../api/planning'
import { BoardPicker } from '../backlog/board-picker'
import { planningKeys, useBoards } from '../backlog/use-planning'
import { burndownPoints, createdResolvedRows, withBurnup, flowRows, kindName, type BurndownPoint } from './report-data'
import { usePageSearchParams } from '../app/page-location'
import { themedTooltip } from '../ui/chart-tooltip'

const REPORTS = [
  ['burndown', 'Sprint burndown'],
  ['velocity', 'Velocity'],
  ['flow', 'Cumulative flow'],
  ['created', 'Created vs resolved'],
  ['cycle', 'Cycle and lead time'],
] as const
type ReportName = (typeof REPORTS)[number][0]
const COLORS = ['#8993a4', '#2684ff', '#6554c0', '#00875a', '#ff991f', '#de350b', '#00b8d9']

/** The board's reports, computed by the server from the change history; each as a chart with hover details or a table. */
export function ReportsPage() {
  const { projectKey = '' } = useParams()
  const { boards, board, loading, choose } = useBoards(projectKey)
  const [params, setParams] = usePageSearchParams()
  const report = (params.get('report') as ReportName | null) ?? 'burndown'
  const [table, setTable] = useState(false)
  const pick = (name: ReportName) => {
    const next = new URLSearchParams(params)
    next.set('report', name)
    setParams(next, { replace: true })
  }
  return (
    <div className="page">
      <header className="page-header">
        <h1>
          {projectKey} <span className="muted">Reports</span>
        </h1>
        <div className="toolbar">
          <BoardPicker projectKey={projectKey} boards={boards} board={board} loading={loading} choose={choose} />
          <button type="button" className={`button button-toggle${table ? ' on' : ''}`} aria-pressed={table} onClick={() => setTable(!table)}>
            Table view
          </button>
        </div>
      </header>
      <nav className="tabs" aria-label="Reports">
        {REPORTS.map(([name, label]) => (
          <button key={name} type="button" className={`tab${report === name ? ' on' : ''}`} aria-pressed={report === name} onClick={() => pick(name)}>
            {label}
          </button>
        ))}
      </nav>
      {board && (
        <div className="page-body">
          {report === 'burndown' && <BurndownReport boardId={board.id} table={table} />}
          {report === 'velocity' && <VelocityReport boardId={board.id} table={table} />}
          {report === 'flow' && <FlowReport boardId={board.id} table={table} />}
          {report === 'created' && <CreatedReport boardId={board.id} table={table} />}
          {report === 'cycle' && <CycleReport boardId={board.id} table={table} />}
        </div>
      )}
    </div>
  )
}

function BurndownReport({ boardId, table }: { boardId: number; table: boolean }) {
  const sprints = useQuery({ queryKey: planningKeys.sprints(boardId), queryFn: () => planningApi.sprints(boardId) })
  const started = (sprints.data ?? []).filter((s) => s.startedAt)
  const [chosen, setChosen] = useState<number>()
  const sprint = started.find((s) => s.id === chosen) ?? started[0]
  const report = useQuery({
    queryKey: planningKeys.report('burndown', sprint?.id ?? 0),
    queryFn: () => planningApi.burndown(sprint!.id),
    enabled: !!sprint,
  })
  const burnup = useQuery({
    queryKey: planningKeys.report('burnup', sprint?.id ?? 0),
    queryFn: () => planningApi.burnup(sprint!.id),
    enabled: !!sprint,
  })
  if (sprints.data && !sprint) return <p className="empty">No sprint has started on this board yet.</p>
  const data = report.data
  const points = data ? withBurnup(burndownPoints(data), burnup.data) : []
  return (
    <section aria-label="Sprint burndown">
      <select aria-label="Sprint" value={sprint?.id ?? ''} onChange={(event) => setChosen(Number(event.target.value))}>
        {started.map((s) => (
          <option key={s.id} value={s.id}>
            {s.name} ({s.state})
          </option>
        ))}
      </select>
      {data && (
        <dl className="report-figures">
          <Figure label="Committed" value={data.committed} />
          <Figure label="Added" value={data.added} />
          <Figure label="Removed" value={data.removed} />
          <Figure label="Re-estimated" value={data.reestimated} />
          <Figure label="Completed" value={data.completed} />
          <Figure label="Remaining" value={data.remaining} />
        </dl>
      )}
      {data && !table && (
        <Chart>
          <LineChart data={points}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="at" type="number" scale="time" domain={['dataMin', 'dataMax']} tickFormatter={day} />
            <YAxis />
            <Tooltip content={<BurndownTip />} />
            <Legend />
            <Line type="stepAfter" dataKey="remaining" name="Remaining (points)" stroke="#de350b" isAnimationActive={false} />
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
              <YAxis />
              <Tooltip content={<BurndownTip />} />
              <Legend />
              <Line type="stepAfter" dataKey="scope" name="Scope (points)" stroke="#0052cc" isAnimationActive={false} />
              <Line type="stepAfter" dataKey="done" name="Done (points)" stroke="#36b37e" isAnimationActive={false} />
            </LineChart>
          </Chart>
        </>
      )}
      {data && table && (
        <Table
          head={['When', 'Issue', 'Event', 'Change', 'Remaining', 'Scope', 'Done']}
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

function VelocityReport({ boardId, table }: { boardId: number; table: boolean }) {
  const report = useQuery({ queryKey: planningKeys.report('velocity', boardId), queryFn: () => planningApi.velocity(boardId) })
  const data = report.data
  if (data && data.sprints.length === 0) return <p className="empty">No sprint of this board is completed yet.</p>
  return (
    <section aria-label="Velocity">
      {data && <p className="muted">Average completed: {data.averageCompleted} points per sprint</p>}
      {data && !table && (
        <Chart>
          <BarChart data={data.sprints}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="name" />
            <YAxis />
            <Tooltip {...themedTooltip} />
            <Legend />
            <Bar dataKey="committed" name="Committed" fill="#8993a4" isAnimationActive={false} />
            <Bar dataKey="completed" name="Completed" fill="#00875a" isAnimationActive={false} />
          </BarChart>
        </Chart>
      )}
      {data && table && <Table head={['Sprint', 'Committed', 'Completed']} rows={data.sprints.map((s) => [s.name, s.committed, s.completed])} />}
    </section>
  )
}

function FlowReport({ boardId, table }: { boardId: number; table: boolean }) {
  const report = useQuery({ queryKey: planningKeys.report('flow', boardId), queryFn: () => planningApi.cumulativeFlow(boardId) })
  if (!report.data) return null
  const rows = flowRows(report.data)
  const statuses = Object.keys(report.data.statuses)
  return (
    <section aria-label="Cumulative flow">
      {!table ? (
        <Chart>
          <AreaChart data={rows}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="day" />
            <YAxis />
            <Tooltip {...themedTooltip} />
            <Legend />
            {[...statuses].reverse().map((status, i) => (
              <Area key={status} type="monotone" dataKey={status} stackId="flow" stroke={COLORS[i % COLORS.length]} fill={COLORS[i % COLORS.length]} isAnimationActive={false} />
            ))}
          </AreaChart>
        </Chart>
      ) : (
        <Table head={['Day', ...statuses]} rows={rows.map((r) => [r.day, ...statuses.map((s) => r[s])])} />
      )}
    </section>
  )
}

function CreatedReport({ boardId, table }: { boardId: number; table: boolean }) {
  const report = useQuery({ queryKey: planningKeys.report('created', boardId), queryFn: () => planningApi.createdResolved(boardId) })
  if (!report.data) return null
  const rows = createdResolvedRows(report.data)
  return (
    <section aria-label="Created vs resolved">
      {!table ? (
        <Chart>
          <LineChart data={rows}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="day" />
            <YAxis />
            <Tooltip {...themedTooltip} />
            <Legend />
            <Line dataKey="createdTotal" name="Created" stroke="#de350b" isAnimationActive={false} />
            <Line dataKey="resolvedTotal" name="Resolved" stroke="#00875a" isAnimationActive={false} />
          </LineChart>
        </Chart>
      ) : (
        <Table head={['Day', 'Created', 'Resolved', 'Created (total)', 'Resolved (total)']} rows={rows.map((r) => [r.day, r.created, r.resolved, r.createdTotal, r.resolvedTotal])} />
      )}
    </section>
  )
}

function CycleReport({ boardId, table }: { boardId: number; table: boolean }) {
  const report = useQuery({ queryKey: planningKeys.report('cycle', boardId), queryFn: () => planningApi.cycleTime(boardId) })
  const data = report.data
  if (!data) return null
  const rows = data.cycle.map((bucket, i) => ({ label: bucket.label, cycle: bucket.count, lead: data.lead[i].count }))
  return (
    <section aria-label="Cycle and lead time">
      <p className="muted">{data.issues} done issues. Cycle time: from the first status change to done; lead time: from creation to done.</p>
      {!table ? (
        <Chart>
          <BarChart data={rows}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="label" />
            <YAxis allowDecimals={false} />
            <Tooltip {...themedTooltip} />
            <Legend />
            <Bar dataKey="cycle" name="Cycle time" fill="#2684ff" isAnimationActive={false} />
            <Bar dataKey="lead" name="Lead time" fill="#6554c0" isAnimationActive={false} />
          </BarChart>
        </Chart>
      ) : (
        <Table head={['Days', 'Cycle time (issues)', 'Lead time (issues)']} rows={rows.map((r) => [r.label, r.cycle, r.lead])} />
      )}
    </section>
  )
}

function Chart({ children }: { children: ReactNode }) {
  return (
    <div className="report-chart">
      <ResponsiveContainer width="100%" height={360}>
        {children as React.ReactElement}
      </ResponsiveContainer>
    </div>
  )
}

function Figure({ label, value }: { label: string; value: number }) {
  return (
    <div>
      <dt className="muted small">{label}</dt>
      <dd>{value}</dd>
    </div>
  )
}

function Table({ head, rows }: { head: string[]; rows: (string | number)[][] }) {
  return (
    <table className="report-table">
      <thead>
        <tr>
          {head.map((h) => (
            <th key={h}>{h}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row, i) => (
          <tr key={i}>
            {row.map((cell, j) => (
              <td key={j}>{cell}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  )
}

function day(ms: number) {
  return new Date(ms).toISOString().slice(5, 10)
}
