/**
 * Recharts props in the page's theme: recharts draws grey gridlines and axes, dark tick text, white dots and a white
 * tooltip, which do not read in the dark theme. The app's CSS variables (styles.css) follow the theme instead.
 */
export const themedTooltip = {
  contentStyle: { background: 'var(--panel)', border: '1px solid var(--border)', color: 'var(--text)' },
  labelStyle: { color: 'var(--text)' },
}

/** The highlight under the pointer: a band behind bars, a line across the others. */
export const themedCursor = {
  bar: { fill: 'var(--bg-hover)' },
  line: { stroke: 'var(--border-strong)' },
}

export const themedGrid = { strokeDasharray: '3 3', stroke: 'var(--border)' }

export const themedAxis = { stroke: 'var(--border-strong)', tick: { fill: 'var(--text-2)' } }

export const themedLegend = { wrapperStyle: { color: 'var(--text-2)' } }

/** A line's points, hollow on the page's background, and the one under the pointer ringed by it. */
export const themedDots = { dot: { fill: 'var(--panel)' }, activeDot: { stroke: 'var(--panel)' } }

/** Series colours from the theme's palette, a neutral grey first. */
export const SERIES_COLORS = ['var(--text-3)', 'var(--blue)', 'var(--purple)', 'var(--green)', 'var(--amber)', 'var(--red)', 'var(--accent)']
