import type { ReactElement } from 'react'
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

export function Figure({ label, value }: { label: string; value: number }) {
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
