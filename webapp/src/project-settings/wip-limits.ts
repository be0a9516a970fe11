/** A board column's work-in-progress limits; null for none. */
export interface Limits {
  min: number | null
  max: number | null
}

/**
 * What was typed as limits, or the problem with it, as the server rules (project and configured boards alike): a
 * maximum from 1, a minimum from 0, either may be empty, the minimum not above the maximum.
 */
export function parseLimits(min: string, max: string): Limits | string {
  const parse = (text: string) => (text.trim() === '' ? null : /^\d+$/.test(text.trim()) ? Number(text.trim()) : NaN)
  const limits = { min: parse(min), max: parse(max) }
  if (Number.isNaN(limits.min)) return 'The minimum must be a whole number from 0, or empty for no minimum.'
  if (Number.isNaN(limits.max) || limits.max === 0) return 'The maximum must be a whole number from 1, or empty for no maximum.'
  if (limits.min !== null && limits.max !== null && limits.min > limits.max) return `The minimum (${limits.min}) must not be above the maximum (${limits.max}).`
  return limits
}

/** A limit as an input shows it. */
export const limitText = (limit: number | null | undefined) => (limit == null ? '' : String(limit))
