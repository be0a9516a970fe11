import type { ReactElement, ReactNode } from 'react'
import { ResponsiveContainer } from 'recharts'

export function Chart({ children }: { children: ReactElement }) {
  return (
    <div className="report-chart">
      <ResponsiveContainer width="100%" height={360}>
        {children}
      </ResponsiveContainer>
    </div>
  )
}

export function Figure({ label, value }: { label: string; value: number | string }) {
  return (
    <div>
      <dt className="muted small">{label}</dt>
      <dd>{value}</dd>
    </div>
  )
}

export function Table({ head, rows }: { head: string[]; rows: (string | number)[][] }) {
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

/**
 * A report as a table or a chart, or, when it found nothing, a sentence saying so and what to do, with a button to
 * show all time (`showAllTime`) as old data, such as an imported project's, is outside the default period.
 */
export function ReportView({ empty, showAllTime, table, tableView, chartView }: {
  empty?: string | false
  showAllTime?: () => void
  table: boolean
  tableView: ReactNode
  chartView: ReactNode
}) {
  if (empty) {
    return (
      <p className="empty">
        {empty}
        {showAllTime && (
          <>
            {' '}
            <button type="button" className="link-button" onClick={showAllTime}>Show all time</button>
          </>
        )}
      </p>
    )
  }
  return table ? tableView : chartView
}
