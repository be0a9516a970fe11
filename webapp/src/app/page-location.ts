import { createContext, useContext } from 'react'
import { matchPath, useSearchParams, type Location } from 'react-router'
import { projectKeyOf } from '../projects/use-projects'
import type { PanelState } from './app-routes'

export interface PageAt {
  /** Where the page under the panels is (the panel's background while one is open). */
  location: Partial<Location>
  /** Whether an issue panel is open over it. */
  underPanel: boolean
}

/**
 * Whether the page can stay as drawn: an issue panel opening or closing over it changes the URL but not the page, so
 * a board of hundreds of cards is not drawn again. A new visit to the same URL (a new history key) is drawn again,
 * unless it is the panel closing (the search page refocuses its JQL box on one).
 */
export function keepsPage(before: PageAt, after: PageAt): boolean {
  const a = before.location
  const b = after.location
  const samePlace =
    (a.pathname ?? '') === (b.pathname ?? '') &&
    (a.search ?? '') === (b.search ?? '') &&
    (a.hash ?? '') === (b.hash ?? '') &&
    JSON.stringify(a.state ?? null) === JSON.stringify(b.state ?? null)
  return samePlace && (before.underPanel !== after.underPanel || a.key === b.key)
}

/** Changes the query of the page under the panels (see {@link usePageSearchParams}). */
export type SetPageSearch = (search: URLSearchParams | ((current: URLSearchParams) => URLSearchParams), options?: { replace?: boolean }) => void

export const PageSearch = createContext<SetPageSearch | undefined>(undefined)

/**
 * React Router's `useSearchParams` for a page that may be drawn under an issue panel: the page's own query (the
 * panel's background while one is open), and a change to it that keeps the panel open over the changed page, where
 * React Router's would go to the page's URL and so close the panel.
 */
export function usePageSearchParams(): [URLSearchParams, SetPageSearch] {
  const [search, setSearch] = useSearchParams()
  const setPageSearch = useContext(PageSearch)
  return [search, setPageSearch ?? setSearch]
}

/** The issue whose panel is open at `location`, if one is. */
export const issueAt = (location: Pick<Location, 'pathname'>) => matchPath('/issues/:issueKey', location.pathname)?.params.issueKey

/** The page under the issue panel open at `location` (its board when the issue's link was opened directly), if one is. */
export function backgroundOf(location: Pick<Location, 'pathname' | 'state'>): Partial<Location> | undefined {
  const issueKey = issueAt(location)
  const state = location.state as PanelState | null
  return state?.background ?? (issueKey ? { pathname: `/projects/${projectKeyOf(issueKey)}/board`, search: '' } : undefined)
}
