import type { IssueSearch } from '../api/issues'
import type { SearchRequest } from '../api/search'

/**
 * The cache keys of the server state that other people's changes reach, in one place, so that live updates
 * (live/invalidations.ts) and the screens agree on them. Every list of issues sits under `issues`.
 */
export const queryKeys = {
  issues: ['issues'] as const,
  board: (projectKey: string) => ['issues', 'board', projectKey] as const,
  list: (search: IssueSearch) => ['issues', 'list', search] as const,
  search: (request: SearchRequest) => ['issues', 'search', request] as const,
  children: (issueKey: string) => ['issues', 'children', issueKey] as const,
  /** The issues the signed-in person worked on lately (My work). */
  workedOn: ['issues', 'worked-on'] as const,
  /** How many issues each status of a project's workflow holds. */
  workflowUsage: (projectKey: string) => ['issues', 'workflow-usage', projectKey] as const,
  /** Each version of a project with its issues by status category (the Releases page). */
  versionProgress: (projectKey: string) => ['issues', 'version-progress', projectKey] as const,
  /** What moving these issues to a project would do (bulk Move): under `issues`, as any change to them changes it. */
  movePlan: (projectKey: string, keys: string[]) => ['issues', 'move-plan', projectKey, keys] as const,
  issue: (issueKey: string) => ['issue', issueKey] as const,
  history: (issueKey: string) => ['history', issueKey] as const,
  comments: (issueKey: string) => ['comments', issueKey] as const,
  watchers: (issueKey: string) => ['watchers', issueKey] as const,
  worklogs: (issueKey: string) => ['worklogs', issueKey] as const,
  attachmentMeta: ['attachment-meta'] as const,
  projects: ['projects'] as const,
  scheme: (projectKey: string | undefined) => ['scheme', projectKey] as const,
  members: (projectKey: string | undefined) => ['members', projectKey] as const,
  projectWatch: (projectKey: string) => ['project-watch', projectKey] as const,
  /** The signed-in person's inbox: its pages and its unread count. */
  notifications: ['notifications'] as const,
  inbox: (unread: boolean) => ['notifications', 'list', unread] as const,
  unreadCount: ['notifications', 'unread'] as const,
}

/** The board's card moves, which live updates leave alone while one is on its way (it refreshes the lists when it settles). */
export const cardMoves = ['card-move'] as const
