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

/** The reader's time zone as an IANA name (America/Los_Angeles), which the server counts report days in. */
export function readerZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone
}

/**
 * A day (YYYY-MM-DD) as people read it, in the reader's locale unless `locale` says: "27 Nov", or "1 Apr 2020" with
 * its year. The one way reports, sprints and their messages write a day.
 */
export function dayText(day: string, withYear: boolean, locale?: string): string {
  return new Date(`${day}T00:00:00Z`).toLocaleDateString(locale, { timeZone: 'UTC', day: 'numeric', month: 'short', ...(withYear && { year: 'numeric' }) })
}

/** Whether days written together need their year: some is not in the reader's current year. */
export function yearNeeded(days: string[], today = localDay(Date.now())): boolean {
  return days.some((day) => day && day.slice(0, 4) !== today.slice(0, 4))
}

/** How an unresolved issue's due day (YYYY-MM-DD) stands on the reader's `today`, in words; nothing before it. */
export function dueWords(dueDate: string | null, resolved: boolean, today: string): 'Overdue' | 'Due today' | undefined {
  if (!dueDate || resolved) return undefined
  if (dueDate < today) return 'Overdue'
  return dueDate === today ? 'Due today' : undefined
}
