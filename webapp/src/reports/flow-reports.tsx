import { planningApi, type Histogram, type Spread } from '../api/planning'
import { plural } from '../app/words'
import { SERIES_COLORS } from '../ui/chart-theme'
import { periodWords } from './period'
import { PeriodPicker } from './period-picker'
import { SeriesChart } from './report-chart'
import { Figure, ReportView, Table } from './report-parts'
import { countsNothing, createdResolvedRows, dayFormat, flowRows, stepHeading } from './report-data'
import { usePeriodReport } from './use-period-report'

export function FlowReport({ boardId, table }: { boardId: number; table: boolean }) {
  const { report, picker, showAllTime } = usePeriodReport('flow', boardId, planningApi.cumulativeFlow)
  const data = report.data
  const rows = data ? flowRows(data) : []
  const statuses = data ? Object.keys(data.statuses) : []
  const { when } = periodWords(picker.period)
  const advice = picker.period.preset === 'custom' ? 'Pick later dates.' : "Create an issue, or check the board's filter in its settings."
  return (
    <section aria-label="Cumulative flow">
      <PeriodPicker {...picker} />
      {data && (
        <ReportView table={table} showAllTime={showAllTime}
          empty={countsNothing(...Object.values(data.statuses)) && `No issues were on this board ${when}. ${advice}`}
          tableView={<Table head={[stepHeading(data.timeframe), ...statuses]} rows={rows.map((r) => [r.day, ...statuses.map((s) => r[s])])} />}
          chartView={<SeriesChart kind="area" rows={rows} x="day" format={dayFormat(data.timeframe)}
            series={statuses.map((status, i) => ({ key: status, name: status, color: SERIES_COLORS[(statuses.length - 1 - i) % SERIES_COLORS.length] }))} />} />
      )}
    </section>
  )
}

export function CreatedReport({ boardId, table }: { boardId: number; table: boolean }) {
  const { report, picker, showAllTime } = usePeriodReport('created', boardId, planningApi.createdResolved)
  const data = report.data
  const rows = data ? createdResolvedRows(data) : []
  const { when, wider } = periodWords(picker.period)
  return (
    <section aria-label="Created vs resolved">
      <PeriodPicker {...picker} />
      {data && (
        <ReportView table={table} showAllTime={showAllTime}
          empty={countsNothing(data.created, data.resolved) && `No issues were created or resolved ${when}. ${wider ?? 'This board has no issues yet.'}`}
          tableView={<Table head={[stepHeading(data.timeframe), 'Created', 'Resolved', 'Created (total)', 'Resolved (total)']}
            rows={rows.map((r) => [r.day, r.created, r.resolved, r.createdTotal, r.resolvedTotal])} />}
          chartView={<SeriesChart kind="line" rows={rows} x="day" format={dayFormat(data.timeframe)} series={[
            { key: 'createdTotal', name: 'Created', color: 'var(--red)' },
            { key: 'resolvedTotal', name: 'Resolved', color: 'var(--green)' },
          ]} />} />
      )}
    </section>
  )
}

export function CycleReport({ boardId, table }: { boardId: number; table: boolean }) {
  const { report, picker, showAllTime } = usePeriodReport('cycle', boardId, planningApi.cycleTime)
  const data = report.data
  const rows = data ? data.cycle.map((bucket, i) => ({ label: bucket.label, cycle: bucket.count, lead: data.lead[i].count })) : []
  const { when, wider } = periodWords(picker.period)
  return (
    <section aria-label="Cycle and lead time">
      <PeriodPicker {...picker} series={false} />
      {data && data.issues > 0 && (
        <>
          <p className="muted">
            {plural(data.issues, 'issue')} done in this period. Cycle time: from the first status change to done; lead time: from creation to done.
          </p>
          <dl className="report-figures" aria-label="Days">
            <Figure label="Cycle time, median" value={daysText(data.cycleDays, 'median')} />
            <Figure label="Cycle time, 85th percentile" value={daysText(data.cycleDays, 'percentile85')} />
            <Figure label="Lead time, median" value={daysText(data.leadDays, 'median')} />
            <Figure label="Lead time, 85th percentile" value={daysText(data.leadDays, 'percentile85')} />
          </dl>
        </>
      )}
      {data && (
        <ReportView table={table} showAllTime={showAllTime}
          empty={data.issues === 0 && `No issues were resolved ${when}. ${wider ?? 'Cycle and lead time show once an issue on this board is done.'}`}
          tableView={<Table head={['Days', 'Cycle time (issues)', 'Lead time (issues)']} rows={rows.map((r) => [r.label, r.cycle, r.lead])} />}
          chartView={<SeriesChart kind="bar" rows={rows} x="label" series={[
            { key: 'cycle', name: 'Cycle time', color: 'var(--blue)' },
            { key: 'lead', name: 'Lead time', color: 'var(--purple)' },
          ]} />} />
      )}
      {data && data.issues > 0 && data.withoutStart > 0 && <p className="muted">{leftOutText(data)}</p>}
    </section>
  )
}

/** A time in days to read ("4.5 days"), or a dash when no issue was measured. */
function daysText(spread: Spread, which: keyof Spread): string {
  const days = spread[which]
  return days === null ? '–' : plural(Math.round(days * 10) / 10, 'day')
}

/** Why cycle time counts fewer issues than lead time. */
function leftOutText({ withoutStart }: Histogram): string {
  const them = withoutStart === 1 ? 'it' : 'them'
  return `Cycle time leaves out ${plural(withoutStart, 'issue')} imported done: with no status changes, when work on ${them} started is unknown. Lead time counts ${them}.`
}
