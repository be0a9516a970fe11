import type { Direction } from '../search/order-by'

export interface ListFilters {
  project: string
  status?: string
  /** An email, `me` or `unassigned`. */
  assignee?: string
  type?: string
  priority?: string
  text?: string
  /** A JQL field name (`updated`, `priority`, …) and its direction; newest first when missing. */
  sort?: string
  direction?: Direction
}

/** A JQL string literal, quotes and backslashes escaped. */
export function quote(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`
}

/** The list's filters as the JQL the search endpoint runs, so the list sorts and filters exactly as search does. */
export function listJql(filters: ListFilters): string {
  const clauses = [`project = ${quote(filters.project)}`]
  if (filters.status) clauses.push(`status = ${quote(filters.status)}`)
  if (filters.assignee === 'me') clauses.push('assignee = currentUser()')
  else if (filters.assignee === 'unassigned') clauses.push('assignee is EMPTY')
  else if (filters.assignee) clauses.push(`assignee = ${quote(filters.assignee)}`)
  if (filters.type) clauses.push(`issuetype = ${quote(filters.type)}`)
  if (filters.priority) clauses.push(`priority = ${quote(filters.priority)}`)
  const text = filters.text?.trim()
  // The last word is matched as a prefix, so the list narrows while a word is still being typed.
  if (text) clauses.push(`text ~ ${quote(/[\p{L}\p{N}]$/u.test(text) ? `${text}*` : text)}`)
  const order = filters.sort ? `${filters.sort} ${filters.direction ?? 'ASC'}, created DESC` : 'created DESC'
  return `${clauses.join(' AND ')} ORDER BY ${order}`
}
