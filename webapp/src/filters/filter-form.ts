import type { Filter, FilterChanges } from '../api/filters'
import { ApiError } from '../api/http'
import { jqlError } from '../api/jql'

export interface FilterDraft {
  name: string
  description: string
  jql: string
  /** '' keeps the filter private. */
  projectKey: string
}

export type FilterField = keyof FilterDraft

export interface FilterProblems {
  byField: Partial<Record<FilterField, string>>
  general: string | null
}

const MAX_NAME = 255

export function draftOf(filter: Filter | undefined, jql: string): FilterDraft {
  return { name: filter?.name ?? '', description: filter?.description ?? '', jql, projectKey: filter?.projectKey ?? '' }
}

/** What can be told before asking the server; `takenNames` are the caller's other filters (names are unique regardless of case). */
export function validateFilter(draft: FilterDraft, takenNames: string[]): FilterProblems['byField'] {
  const name = draft.name.trim()
  if (!name) return { name: 'Name is required' }
  if (name.length > MAX_NAME) return { name: `Name must be at most ${MAX_NAME} characters` }
  if (takenNames.some((taken) => taken.toLowerCase() === name.toLowerCase())) return { name: `You already have a filter named “${name}”` }
  return {}
}

export function toChanges(draft: FilterDraft): FilterChanges {
  return {
    name: draft.name.trim(),
    jql: draft.jql.trim(),
    description: draft.description.trim() || undefined,
    projectKey: draft.projectKey || null,
  }
}

/** The server's refusal under the field it concerns: bad JQL under the query, a taken name under the name. */
export function filterProblems(error: unknown): FilterProblems {
  if (!error) return { byField: {}, general: null }
  const jql = jqlError(error)
  if (jql) return { byField: { jql: jql.message }, general: null }
  if (!(error instanceof ApiError)) return { byField: {}, general: String((error as Error).message ?? error) }
  if (error.status === 409) return { byField: { name: error.message }, general: null }
  const byField: FilterProblems['byField'] = {}
  for (const [field, message] of Object.entries(error.messagesByField)) {
    if (field === 'name' || field === 'jql' || field === 'description' || field === 'projectKey') byField[field] = message
  }
  return { byField, general: Object.keys(byField).length ? null : error.message }
}
