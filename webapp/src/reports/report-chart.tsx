import { Area, AreaChart, Bar, BarChart, CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts'
import { themedAxis, themedCursor, themedDots, themedGrid, themedLegend, themedTooltip } from '../ui/chart-theme'
import { Chart } from './report-parts'

export interface Series {
  key: string
  name: string
  color: string
}

const CHARTS = { area: AreaChart, bar: BarChart, line: LineChart }

/**
 * A report's rows as stacked areas, bars or lines, one per series, over the row's `x` (a day, a bucket, a sprint), in
 * the page's theme.
 */
export function SeriesChart({ kind, rows, x, series, decimals = false }: {
  kind: keyof typeof CHARTS
  rows: object[]
  x: string
  series: Series[]
  /** Whether the counted values can be fractions (story points), for the ticks of the vertical axis. */
  decimals?: boolean
}) {
  const Root = CHARTS[kind]
  return (
    <Chart>
      <Root data={rows}>
        <CartesianGrid {...themedGrid} />
        <XAxis dataKey={x} {...themedAxis} />
        <YAxis allowDecimals={decimals} {...themedAxis} />
        <Tooltip {...themedTooltip} cursor={kind === 'bar' ? themedCursor.bar : themedCursor.line} />
        <Legend {...themedLegend} />
        {series.map(({ key, name, color }) => {
          const common = { dataKey: key, name, isAnimationActive: false }
          if (kind === 'area') return <Area key={key} {...common} type="monotone" stackId="stack" stroke={color} fill={color} />
          if (kind === 'bar') return <Bar key={key} {...common} fill={color} />
          return <Line key={key} {...common} stroke={color} {...themedDots} />
        })}
      </Root>
    </Chart>
  )
}
