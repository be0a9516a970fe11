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
 * the page's theme. The legend and the tooltip list the series in the order given (recharts would sort them by name);
 * stacked areas are drawn with the first series on top, so that the legend reads as the stack does.
 */
export function SeriesChart({ kind, rows, x, series, decimals = false, format }: {
  kind: keyof typeof CHARTS
  rows: object[]
  x: string
  series: Series[]
  /** Whether the counted values can be fractions (story points), for the ticks of the vertical axis. */
  decimals?: boolean
  /** How to write an `x` value on the axis and in the tooltip (a day, in words). */
  format?: (value: string) => string
}) {
  const Root = CHARTS[kind]
  const order = (item: { dataKey?: unknown }) => series.findIndex((s) => s.key === item.dataKey)
  const drawn = kind === 'area' ? [...series].reverse() : series
  return (
    <Chart>
      <Root data={rows}>
        <CartesianGrid {...themedGrid} />
        <XAxis dataKey={x} tickFormatter={format} {...themedAxis} />
        <YAxis allowDecimals={decimals} {...themedAxis} />
        <Tooltip {...themedTooltip} itemSorter={order} labelFormatter={format && ((label) => format(String(label)))}
          cursor={kind === 'bar' ? themedCursor.bar : themedCursor.line} />
        <Legend {...themedLegend} itemSorter={order} />
        {drawn.map(({ key, name, color }) => {
          const common = { dataKey: key, name, isAnimationActive: false }
          if (kind === 'area') return <Area key={key} {...common} type="monotone" stackId="stack" stroke={color} fill={color} />
          if (kind === 'bar') return <Bar key={key} {...common} fill={color} />
          return <Line key={key} {...common} stroke={color} {...themedDots} />
        })}
      </Root>
    </Chart>
  )
}
