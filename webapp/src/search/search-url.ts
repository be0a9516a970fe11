import { matchPath } from 'react-router'

export interface SearchLocation {
  jql: string
  startAt: number
}

/** Navigation state that asks the search page to focus its JQL box (the `/` shortcut, the Search link). */
export const focusSearch = { focusSearch: true }

export function wantsFocus(state: unknown): boolean {
  return (state as typeof focusSearch | null)?.focusSearch === true
}

/** The pages that have a JQL box: `/search` and a saved filter at `/filters/:id`. */
export function isSearchPage(pathname: string): boolean {
  return pathname === '/search' || matchPath('/filters/:filterId', pathname) !== null
}

/** `?jql=…&startAt=…`; without `jql` the page shows its saved query (a filter's, or every issue on /search). */
export function readSearch(params: URLSearchParams, savedJql = ''): SearchLocation {
  const startAt = Number(params.get('startAt') ?? 0)
  return { jql: params.get('jql') ?? savedJql, startAt: Number.isInteger(startAt) && startAt > 0 ? startAt : 0 }
}

/** The search as URL parameters, leaving out what is the page's default so a filter's own URL stays `/filters/7`. */
export function writeSearch({ jql, startAt }: SearchLocation, savedJql = ''): URLSearchParams {
  const params = new URLSearchParams()
  if (jql !== savedJql) params.set('jql', jql)
  if (startAt > 0) params.set('startAt', String(startAt))
  return params
}
