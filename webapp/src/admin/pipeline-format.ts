export const number = new Intl.NumberFormat(undefined, { maximumFractionDigits: 1 })

export function seconds(value: number): string {
  if (value < 1) return `${Math.round(value * 1000)} ms`
  if (value < 120) return `${number.format(value)} s`
  return `${number.format(value / 60)} min`
}
