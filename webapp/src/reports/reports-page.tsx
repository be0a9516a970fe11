import { useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { useParams } from 'react-router'
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts'
import { planningApi } from '../api/planning'
import { BoardPicker } from '../backlog/board-picker'
import { MissingBoard, NoBoard } from '../backlog/no-board'
import { planningKeys, useBoards } from '../backlog/use-planning'
import { usePageSearchParams } from '../app/page-location'
import { themedTooltip } from '../ui/chart-tooltip'
import { BurndownReport } from './burndown-report'
import { CreatedReport, CycleReport, FlowReport } from './flow-reports'
import { Chart, Table } from './report-parts'

const REPORTS = [
  ['burndown', 'Sprint burndown'],
  ['velocity', 'Velocity'],
  ['flow', 'Cumulative flow'],
  ['created', 'Created vs resolved'],
  ['cycle', 'Cycle and lead time'],
] as const
type ReportName = (typeof REPORTS)[number][0]

/**
 * The board's reports, computed by the server from the change history; each as a chart with hover details or a table.
 * The report, its sprint, statistic and period are in the URL, so a report is a link.
 */
export function ReportsPage() {
  const { projectKey = '' } = useParams()
  const { boards, board, loading, none, missing, choose } = useBoards(projectKey)
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
      <MissingBoard projectKey={projectKey} id={missing} shown={board} />
      {none && <NoBoard projectKey={projectKey} choose={choose} />}
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
