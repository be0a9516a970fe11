import { useMutation, useQueries, useQueryClient } from '@tanstack/react-query'
import { allowedStatuses, issuesApi, staleCurrent, type Issue, type IssuePage, type IssueSummary } from '../api/issues'
import type { Status } from '../api/projects'
import { cardMoves, queryKeys } from '../app/query-keys'
import { useToast } from '../app/use-toast'
import { applyMove, applySaved } from './board-state'

export const boardKey = queryKeys.board

export interface BoardFilters {
  assignee?: string
  text?: string
}

/** The status sits at index 3: the move below reads it to know which column a cached page is. */
const columnKey = (projectKey: string, status: string, limit: number, filters: BoardFilters) =>
  [...boardKey(projectKey), status, limit, filters] as const

/** One query per column, so a long "Done" column never holds up the others. */
export function useBoardColumns(
  projectKey: string,
  statuses: Status[],
  limits: Record<string, number>,
  pageSize: number,
  filters: BoardFilters,
) {
  return useQueries({
    queries: statuses.map((status) => {
      const limit = limits[status.name] ?? pageSize
      return {
        queryKey: columnKey(projectKey, status.name, limit, filters),
        queryFn: () => issuesApi.search({ project: projectKey, status: status.name, size: limit, ...filters }),
        placeholderData: (previous: IssuePage | undefined) => previous,
      }
    }),
  })
}

interface Move {
  issue: IssueSummary
  to: string
}

/** Moves a card at once; the server's refusal puts it back and says why. */
export function useMoveIssue(projectKey: string) {
  const client = useQueryClient()
  const toast = useToast()
  return useMutation({
    // Moves run one after another; a card moved twice quickly sends the version its first move produced.
    scope: { id: `board:${projectKey}` },
    mutationKey: cardMoves,
    mutationFn: ({ issue, to }: Move) => {
      const latest = client.getQueryData<Issue>(queryKeys.issue(issue.key))?.version ?? 0
      return issuesApi.transition(issue.key, Math.max(issue.version, latest), to)
    },
    onMutate: async ({ issue, to }: Move) => {
      await client.cancelQueries({ queryKey: boardKey(projectKey) })
      const snapshot = client.getQueriesData<IssuePage>({ queryKey: boardKey(projectKey) })
      for (const [key, page] of snapshot) {
        if (page) client.setQueryData(key, applyMove(page, String(key[3]), issue, to))
      }
      return { snapshot }
    },
    onError: (error, { issue, to }, context) => {
      client.invalidateQueries({ queryKey: queryKeys.issue(issue.key) })
      for (const [key, page] of context?.snapshot ?? []) client.setQueryData(key, page)
      const allowed = allowedStatuses(error)
      if (allowed) {
        const options = allowed.length ? `It can move to: ${allowed.join(', ')}.` : 'It cannot move anywhere from there.'
        toast.error(`${issue.key} cannot move from ${issue.status} to ${to}. ${options}`)
      } else if (staleCurrent(error)) {
        toast.error(`${issue.key} was changed by someone else; the board now shows its current state.`)
      } else {
        toast.error(`Could not move ${issue.key}: ${error.message}`)
      }
    },
    onSuccess: (saved) => {
      client.setQueryData(queryKeys.issue(saved.key), saved)
      for (const [key, page] of client.getQueriesData<IssuePage>({ queryKey: boardKey(projectKey) })) {
        if (page) client.setQueryData(key, applySaved(page, saved))
      }
    },
    onSettled: () => client.invalidateQueries({ queryKey: queryKeys.issues }),
  })
}
