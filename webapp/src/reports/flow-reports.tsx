import { Area, AreaChart, Bar, BarChart, CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts'
import { planningApi } from '../api/planning'
import { themedTooltip } from '../ui/chart-tooltip'
import { PeriodPicker } from './period-picker'
import { Chart, Table } from './report-parts'
import { createdResolvedRows, flowRows, stepHeading } from './report-data'
import { usePeriodReport } from './use-period-report'

const COLORS = ['#8993a4', '#2684ff', '#6554c0', '#00875a', '#ff991f', '#de350b', '#00b8d9']

export function FlowReport({ boardId, table }: { boardId: number; table: boolean }) {
  const { report, picker } = usePeriodReport('flow', boardId, planningApi.cumulativeFlow)
  const data = report.data
  const rows = data ? flowRows(data) : []
  const statuses = data ? Object.keys(data.statuses) : []
  return (
    <section aria-label="Cumulative flow">
      <PeriodPicker {...picker} />
      {data && !table && (
        <Chart>
          <AreaChart data={rows}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="day" />
            <YAxis allowDecimals={false} />
            <Tooltip {...themedTooltip} />
            <Legend />
            {[...statuses].reverse().map((status, i) => (
              <Area key={status} type="monotone" dataKey={status} stackId="flow" stroke={COLORS[i % COLORS.length]} fill={COLORS[i % COLORS.length]} isAnimationActive={false} />
            ))}
          </AreaChart>
        </Chart>
      )}
      {data && table && <Table head={[stepHeading(data.timeframe), ...statuses]} rows={rows.map((r) => [r.day, ...statuses.map((s) => r[s])])} />}
    </section>
  )
}

export function CreatedReport({ boardId, table }: { boardId: number; table: boolean }) {
  const { report, picker } = usePeriodReport('created', boardId, planningApi.createdResolved)
  const data = report.data
  const rows = data ? createdResolvedRows(data) : []
  return (
    <section aria-label="Created vs resolved">
      <PeriodPicker {...picker} />
      {data && !table && (
        <Chart>
          <LineChart data={rows}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="day" />
            <YAxis allowDecimals={false} />
            <Tooltip {...themedTooltip} />
            <Legend />
            <Line dataKey="createdTotal" name="Created" stroke="#de350b" isAnimationActive={false} />
            <Line dataKey="resolvedTotal" name="Resolved" stroke="#00875a" isAnimationActive={false} />
          </LineChart>
        </Chart>
      )}
      {data && table && (
        <Table head={[stepHeading(data.timeframe), 'Created', 'Resolved', 'Created (total)', 'Resolved (total)']}
          rows={rows.map((r) => [r.day, r.created, r.resolved, r.createdTotal, r.resolvedTotal])} />
      )}
    </section>
  )
}

export function CycleReport({ boardId, table }: { boardId: number; table: boolean }) {
  const { report, picker } = usePeriodReport('cycle', boardId, planningApi.cycleTime)
  const data = report.data
  const rows = data ? data.cycle.map((bucket, i) => ({ label: bucket.label, cycle: bucket.count, lead: data.lead[i].count })) : []
  return (
    <section aria-label="Cycle and lead time">
      <PeriodPicker {...picker} />
      {data && (
        <p className="muted">
          {data.issues} issues done in this period. Cycle time: from the first status change to done; lead time: from creation to done.
        </p>
      )}
      {data && !table && (
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
      )}
      {data && table && <Table head={['Days', 'Cycle time (issues)', 'Lead time (issues)']} rows={rows.map((r) => [r.label, r.cycle, r.lead])} />}
    </section>
  )
}
