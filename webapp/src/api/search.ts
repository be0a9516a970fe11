import { http } from './http'
import type { IssueSummary } from './issues'

export interface SearchRequest {
  jql: string
  startAt?: number
  maxResults?: number
}

/** The one page shape of JQL results, also returned when a saved filter runs. */
export interface SearchResults {
  startAt: number
  maxResults: number
  total: number
  /** false when more issues match than were counted: total is then a lower bound (shown as "10,000+"). */
  totalExact?: boolean
  issues: IssueSummary[]
}

/** The most results one search request may return (the server's limit). */
const MAX_RESULTS = 500

export const searchApi = {
  search: ({ jql, startAt, maxResults }: SearchRequest) => http.get<SearchResults>('/api/v1/search', { jql, startAt, maxResults }),
  /** The keys of the first `limit` issues the query matches, in its order. */
  keys: async (jql: string, limit: number): Promise<string[]> => {
    const keys: string[] = []
    while (keys.length < limit) {
      const maxResults = Math.min(MAX_RESULTS, limit - keys.length)
      const page = await http.get<SearchResults>('/api/v1/search', { jql, startAt: keys.length, maxResults, fields: ['key'] })
      keys.push(...page.issues.map((issue) => issue.key))
      if (page.issues.length < maxResults) break
    }
    return keys
  },
}

/** A result's total as shown: exact, or a lower bound beyond the server's count cap ("10,000+"). */
export function totalText(total: number, exact: boolean): string {
  return exact ? String(total) : `${total.toLocaleString('en-US')}+`
}
