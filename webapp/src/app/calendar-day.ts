/** A real day written YYYY-MM-DD (not 2024-02-30 or 2024-13-45), as the API takes dates. */
export function isCalendarDay(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false
  const day = new Date(`${text}T00:00:00Z`)
  return !Number.isNaN(day.getTime()) && day.toISOString().slice(0, 10) === text
}

/** The reader's calendar day (YYYY-MM-DD) at an instant: in Honolulu at 22:25 on Nov 26 it is still the 26th. */
export function localDay(at: Date | number): string {
  const date = new Date(at)
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
}
