/** A chart tooltip in the page's theme (recharts draws a white one by default, unreadable in the dark theme). */
export const themedTooltip = {
  contentStyle: { background: 'var(--panel)', border: '1px solid var(--border)', color: 'var(--text)' },
  labelStyle: { color: 'var(--text)' },
}
