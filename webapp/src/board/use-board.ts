import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query'
import { allowedStatuses, issuesApi, staleCurrent, type Issue, type IssueColumn, type IssueSummary } from '../api/issues'
import { cardMoves, queryKeys } from '../app/query-keys'
import { useToast } from '../app/use-toast'
import { schemeQuery } from '../projects/use-projects'
import { applyMove, applySaved } from './board-state'

export const boardKey = queryKeys.board

/** Cards per column on a first load. */
export const BOARD_PAGE_SIZE = 50

export interface BoardFilters {
  assignee?: string
  text?: string
  type?: string
  label?: string
}

const columnsKey = (projectKey: string, sizes: Record<string, number>, pageSize: number, filters: BoardFilters) =>
  [...boardKey(projectKey), 'columns', pageSize, sizes, filters] as const

/**
 * The whole board in one request (every status of the project's workflow with its total and newest cards), so the
 * board does not wait for the workflow before asking for its cards. `sizes` asks some columns for more cards.
 */
export function useBoardColumns(projectKey: string, sizes: Record<string, number>, pageSize: number, filters: BoardFilters) {
  return useQuery({ ...columnsQuery(projectKey, sizes, pageSize, filters), placeholderData: keepPreviousData })
}

function columnsQuery(projectKey: string, sizes: Record<string, number>, pageSize: number, filters: BoardFilters) {
  return queryOptions({
    queryKey: columnsKey(projectKey, sizes, pageSize, filters),
    queryFn: () => issuesApi.columns({ project: projectKey, size: pageSize, sizes, ...filters }),
    enabled: !!projectKey,
  })
}

/** Starts loading what a board shows first (its workflow and its unfiltered columns), e.g. before the app has drawn. */
export function prefetchBoard(client: QueryClient, projectKey: string) {
  void client.prefetchQuery(schemeQuery(projectKey))
  void client.prefetchQuery(columnsQuery(projectKey, {}, BOARD_PAGE_SIZE, {}))
}

/** Every cached board's columns after `change` (each column is given with its status). */
function eachBoard(client: ReturnType<typeof useQueryClient>, projectKey: string, change: (column: IssueColumn) => IssueColumn) {
  for (const [key, columns] of client.getQueriesData<IssueColumn[]>({ queryKey: boardKey(projectKey) })) {
    if (Array.isArray(columns)) client.setQueryData(key, columns.map(change))
  }
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
      const snapshot = client.getQueriesData<IssueColumn[]>({ queryKey: boardKey(projectKey) })
      eachBoard(client, projectKey, (column) => applyMove(column, column.status, issue, to))
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
      eachBoard(client, projectKey, (column) => applySaved(column, saved))
    },
    onSettled: () => client.invalidateQueries({ queryKey: queryKeys.issues }),
  })
}
