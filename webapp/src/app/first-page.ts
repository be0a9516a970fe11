import type { QueryClient } from '@tanstack/react-query'
import { matchPath } from 'react-router'
import { chosenGrouping } from '../board/lanes-state'
import { prefetchBoard } from '../board/use-board'
import { prefetchIssue } from '../issue-view/issue-cache'
import { lastProject, projectKeyOf, projectsQuery } from '../projects/use-projects'
import { sessionQuery } from './session'

/**
 * Asks for the session and for what the page at `pathname` shows first all at once, before anything is drawn:
 * otherwise each page asks for its data only once the session has answered and the page has rendered (a waterfall
 * of two round trips on a first load). Someone signed out gets 401s, which end in the login page as usual.
 * index.html's first script starts the same requests even earlier; these then take its answers. Settles once the
 * session and the page's main data are in (failed or not). A board grouped into swimlanes (by `search`'s `?lanes=` or
 * as last chosen for its project) asks for its lanes instead of its columns.
 */
export function prefetchFirstPage(client: QueryClient, pathname: string, search = ''): Promise<unknown> {
  const waits: Promise<unknown>[] = [client.prefetchQuery(sessionQuery)]
  if (pathname === '/login') return Promise.all(waits)
  waits.push(client.prefetchQuery(projectsQuery))
  // "/" shows the board of the project last opened.
  const board = pathname === '/' ? lastProject.get() : matchPath('/projects/:projectKey/board', pathname)?.params.projectKey
  // "/" goes on to the board without its query, as does an issue opened by its link.
  const grouping = (project: string, query: string) => chosenGrouping(new URLSearchParams(query), project, localStorage)
  if (board) waits.push(prefetchBoard(client, board, grouping(board, pathname === '/' ? '' : search)))
  const issue = matchPath('/issues/:issueKey', pathname)?.params.issueKey
  if (issue) {
    prefetchIssue(client, issue)
    // An issue opened by its link is shown over its project's board.
    const project = projectKeyOf(issue)
    waits.push(prefetchBoard(client, project, grouping(project, '')))
  }
  return Promise.all(waits)
}

/**
 * Resolves once the first page's data is in, or after `limit` ms. Drawing then draws the page with its data in one go
 * (index.html asked for it while the app's script loaded, so it is usually in already) instead of a frame of empty
 * columns first and the cards in a second render.
 */
export function firstPageReady(ready: Promise<unknown>, limit = 300): Promise<void> {
  return Promise.race([ready.then(() => undefined), new Promise<void>((resolve) => setTimeout(resolve, limit))])
}
