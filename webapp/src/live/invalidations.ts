import type { InvalidateQueryFilters, Query } from '@tanstack/react-query'
import type { Issue } from '../api/issues'
import type { ChangeNotice } from '../api/stream'
import { queryKeys } from '../app/query-keys'
import { projectKeyOf } from '../projects/use-projects'

type Filters = InvalidateQueryFilters

/** Queries keyed `[root, issueKey]` whose issue is in `projectKey`. */
function perIssueIn(root: string, projectKey: string): Filters {
  return { queryKey: [root], predicate: (query) => projectKeyOf(String(query.queryKey[1])) === projectKey }
}

/** Every JQL result, whose issues may come from any project (a `watcher = currentUser()` one too). */
const SEARCHES: Filters = { queryKey: ['issues', 'search'] }

/** The lists whose issues come from anywhere: any JQL result, and the issues one worked on (My work). */
const RESULTS: Filters[] = [SEARCHES, { queryKey: queryKeys.workedOn }]

/**
 * Every list of issues that may show an issue of `projectKey`: its board, its lists, child lists of its issues, any JQL
 * result, and its versions' progress.
 */
function listsOf(projectKey: string): Filters[] {
  return [
    { queryKey: queryKeys.board(projectKey) },
    { queryKey: queryKeys.versionProgress(projectKey) },
    { queryKey: ['issues', 'list'], predicate: (query) => (query.queryKey[2] as { project?: string } | undefined)?.project === projectKey },
    { queryKey: ['issues', 'children'], predicate: (query) => projectKeyOf(String(query.queryKey[2])) === projectKey },
    ...RESULTS,
  ]
}

/** The planning screens (backlog, configured boards, sprints, reports) of any board, which may show any project's issues. */
const PLANNING: Filters[] = ['backlog', 'planned-board', 'sprints', 'report'].map((screen) => ({ queryKey: ['issues', screen] }))

const cachedIssue = (query: Query) => query.state.data as Issue | undefined

/** Issue views that list `issueKey` among their links, whose summaries and statuses they show. */
function linkingTo(issueKey: string): Filters {
  return { queryKey: ['issue'], predicate: (query) => !!cachedIssue(query)?.links?.some((link) => link.key === issueKey) }
}

/** The view of the issue itself, unless the cache already holds that version (the reader's own change, usually). */
function issueView(issueKey: string, version: number | null): Filters {
  return {
    queryKey: queryKeys.issue(issueKey),
    predicate: (query) => version === null || (cachedIssue(query)?.version ?? -1) < version,
  }
}

/**
 * What a change someone made means for this screen's cache: the queries to refetch (those on screen) or mark stale.
 * Comment, link and watcher notices name their issues in `issueKeys`; from a server that does not, every open
 * issue of the project is refreshed instead.
 */
export function invalidationsFor(change: ChangeNotice): Filters[] {
  const project = change.projectKey
  const [aggregate] = change.type.split('.')
  if (aggregate === 'issue' && project) {
    const issueKey = change.id
    // A deleted issue's notice carries the version it had, which the cache may hold too.
    const version = change.type === 'issue.deleted' ? null : change.version
    return [...listsOf(project), issueView(issueKey, version), { queryKey: queryKeys.history(issueKey) }, linkingTo(issueKey), ...PLANNING]
  }
  const issueKeys = change.issueKeys ?? []
  if (aggregate === 'comment' && project) {
    // A commenter starts watching the issue too.
    const issues: Filters[] = issueKeys.length
      ? issueKeys.flatMap((key) => [{ queryKey: queryKeys.comments(key) }, { queryKey: queryKeys.watchers(key) }])
      : [perIssueIn('comments', project), perIssueIn('watchers', project)]
    return [...issues, ...RESULTS]
  }
  if (aggregate === 'link') {
    // The other end may be an issue of another project.
    const issues: Filters[] = issueKeys.length ? issueKeys.map((key) => ({ queryKey: queryKeys.issue(key) })) : [{ queryKey: ['issue'] }]
    return [...issues, ...RESULTS]
  }
  if (aggregate === 'attachment' && project) {
    // A file added or removed is a change of its issue, which lists its files: its history and updated time too.
    return issueKeys.length
      ? issueKeys.flatMap((key) => [queryKeys.history(key), queryKeys.issue(key)].map((queryKey) => ({ queryKey })))
      : ['history', 'issue'].map((root) => perIssueIn(root, project))
  }
  if (aggregate === 'worklog' && project) {
    // Work logged is a change of its issue: its history, updated time and time tracking too.
    const issues = issueKeys.length
      ? issueKeys.flatMap((key) => [queryKeys.worklogs(key), queryKeys.history(key), queryKeys.issue(key)].map((queryKey) => ({ queryKey })))
      : ['worklogs', 'history', 'issue'].map((root) => perIssueIn(root, project))
    return [...issues, ...RESULTS]
  }
  if (aggregate === 'watcher' && project) {
    const issues = issueKeys.length ? issueKeys.map((key) => ({ queryKey: queryKeys.watchers(key) })) : [perIssueIn('watchers', project)]
    return [...issues, SEARCHES]
  }
  if (aggregate === 'sprint' || aggregate === 'board') {
    // A sprint's issues changed sprint: their history and JQL results (sprint = …) change too.
    return [...PLANNING, { queryKey: ['boards'] }, ...RESULTS, { queryKey: ['history'] }]
  }
  if (aggregate === 'project') {
    const projectKey = project ?? change.id
    return [
      { queryKey: queryKeys.projects },
      { queryKey: queryKeys.scheme(projectKey) },
      { queryKey: queryKeys.members(projectKey) },
      { queryKey: queryKeys.board(projectKey) },
      { queryKey: queryKeys.versionProgress(projectKey) },
    ]
  }
  if (!project) return []
  return [...listsOf(project), ...['issue', 'history', 'comments', 'watchers', 'worklogs'].map((root) => perIssueIn(root, project))]
}
