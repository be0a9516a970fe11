import { useParams } from 'react-router'
import { BoardPicker } from '../backlog/board-picker'
import { MissingBoard, NoBoard } from '../backlog/no-board'
import { useBoards } from '../backlog/use-planning'
import { usePageSearchParams } from '../app/page-location'
import { BurndownReport } from './burndown-report'
import { CreatedReport, CycleReport, FlowReport } from './flow-reports'
import { VelocityReport } from './velocity-report'
import { useScheme } from '../projects/use-projects'

const REPORTS = [
  ['burndown', 'Sprint burndown'],
  ['velocity', 'Velocity'],
  ['flow', 'Cumulative flow'],
  ['created', 'Created vs resolved'],
  ['cycle', 'Cycle and lead time'],
] as const
type ReportName = (typeof REPORTS)[number][0]

/** A kanban board has no sprints: it offers the flow reports only, and opens on cumulative flow. */
const SPRINT_REPORTS: readonly string[] = ['burndown', 'velocity']
const KANBAN_REPORTS = REPORTS.filter(([name]) => !SPRINT_REPORTS.includes(name))

const isReport = (name: string): name is ReportName => REPORTS.some(([known]) => known === name)

/**
 * The board's reports, computed by the server from the change history; each as a chart with hover details or a table.
 * The report, its sprint, statistic, period and view (`?view=table`) are in the URL, so a report is a link. A scrum
 * board opens on its sprint burndown, a kanban board on cumulative flow.
 */
export function ReportsPage() {
  const { projectKey = '' } = useParams()
  const { boards, board, loading, none, missing, choose } = useBoards(projectKey)
  const projectName = useScheme(projectKey).data?.project.name ?? projectKey
  const [params, setParams] = usePageSearchParams()
  const kanban = board?.kind === 'kanban'
  const offered = kanban ? KANBAN_REPORTS : REPORTS
  const report = params.get('report') || (kanban ? 'flow' : 'burndown')
  const refusal = !isReport(report)
    ? `There is no report called '${report}'. Choose one of these:`
    : kanban && SPRINT_REPORTS.includes(report)
      ? `${REPORTS.find(([name]) => name === report)![1]} is a report for scrum boards: ${board.name} is a kanban board, without sprints. Choose one of these:`
      : undefined
  const table = params.get('view') === 'table'
  const change = (name: 'report' | 'view', value: string | undefined) => {
    const next = new URLSearchParams(params)
    if (value) next.set(name, value)
    else next.delete(name)
    setParams(next, { replace: true })
  }
  return (
    <div className="page">
      <header className="page-header">
        <h1>
          {projectName} <span className="muted">Reports</span>
        </h1>
        <div className="toolbar">
          <BoardPicker projectKey={projectKey} boards={boards} board={board} loading={loading} choose={choose} readsOnly />
          <button type="button" className={`button button-toggle${table ? ' on' : ''}`} aria-pressed={table} onClick={() => change('view', table ? undefined : 'table')}>
            Table view
          </button>
        </div>
      </header>
      <nav className="tabs" aria-label="Reports">
        {offered.map(([name, label]) => (
          <button key={name} type="button" className={`tab${report === name ? ' on' : ''}`} aria-pressed={report === name} onClick={() => change('report', name)}>
            {label}
          </button>
        ))}
      </nav>
      {refusal && (
        <div className="page-body empty" role="alert">
          <p>{refusal}</p>
          <ul>
            {offered.map(([name, label]) => (
              <li key={name}>
                <button type="button" className="link-button" onClick={() => change('report', name)}>
                  {label}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
      <MissingBoard projectKey={projectKey} id={missing} shown={board} />
      {none && <NoBoard projectKey={projectKey} choose={choose} />}
      {board && !refusal && (
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
