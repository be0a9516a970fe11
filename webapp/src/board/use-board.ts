import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query'
import { issuesApi, type Issue, type IssueColumn, type IssueSummary } from '../api/issues'
import { cardMoves, queryKeys } from '../app/query-keys'
import { useToast } from '../app/use-toast'
import { schemeQuery } from '../projects/use-projects'
import { planningApi } from '../api/planning'
import type { Place } from '../backlog/plan-drop'
import { applyMove, applyRank, applySaved } from './board-state'
import { moveRefusal } from './move-refusal'
import { applyLaneMove, inLane, laneChange, type Grouped } from './lanes-state'
import { lanesApi, type BoardLanes, type LaneGrouping } from '../api/board-lanes'

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
export function useBoardColumns(projectKey: string, sizes: Record<string, number>, pageSize: number, filters: BoardFilters, enabled = true) {
  const query = columnsQuery(projectKey, sizes, pageSize, filters)
  return useQuery({ ...query, enabled: query.enabled !== false && enabled, placeholderData: keepPreviousData })
}

/** Cards per swimlane cell on a first load. */
export const LANE_PAGE_SIZE = 20

/**
 * The board in swimlanes in one request, under the board's key so live updates and card moves reach it too; nothing
 * is asked while the board is not grouped. `sizes` asks some cells (by `lane id/status`) for more cards.
 */
export function useBoardLanes(projectKey: string, by: LaneGrouping, sizes: Record<string, number>, filters: BoardFilters) {
  return useQuery({ ...lanesQuery(projectKey, by, sizes, filters), placeholderData: keepPreviousData })
}

function lanesQuery(projectKey: string, by: LaneGrouping, sizes: Record<string, number>, filters: BoardFilters) {
  return queryOptions({
    queryKey: [...boardKey(projectKey), 'lanes', by, sizes, filters] as const,
    queryFn: () => lanesApi.lanes({ project: projectKey, by: by as Exclude<LaneGrouping, 'none'>, size: LANE_PAGE_SIZE, sizes, ...filters }),
    enabled: !!projectKey && by !== 'none',
  })
}

function columnsQuery(projectKey: string, sizes: Record<string, number>, pageSize: number, filters: BoardFilters) {
  return queryOptions({
    queryKey: columnsKey(projectKey, sizes, pageSize, filters),
    queryFn: () => issuesApi.columns({ project: projectKey, size: pageSize, sizes, ...filters }),
    enabled: !!projectKey,
  })
}

/**
 * Starts loading what a board shows first (its workflow, and its unfiltered columns or, grouped, its swimlanes), e.g.
 * before the app has drawn.
 */
export function prefetchBoard(client: QueryClient, projectKey: string, grouping: LaneGrouping = 'none'): Promise<unknown> {
  const cards =
    grouping === 'none'
      ? client.prefetchQuery(columnsQuery(projectKey, {}, BOARD_PAGE_SIZE, {}))
      : client.prefetchQuery(lanesQuery(projectKey, grouping, {}, {}))
  return Promise.all([client.prefetchQuery(schemeQuery(projectKey)), cards])
}

/**
 * Every cached board after `change`: a board's columns, or each swimlane's cells, as one row of columns. `holding` a
 * key, only the rows that show that card change (a card moved in a lane stays in its lane).
 */
function eachBoard(client: QueryClient, projectKey: string, change: (column: IssueColumn) => IssueColumn, holding?: string) {
  const row = (columns: IssueColumn[]) =>
    holding === undefined || columns.some((column) => column.items.some((item) => item.key === holding)) ? columns.map(change) : columns
  for (const [key, data] of client.getQueriesData<IssueColumn[] | BoardLanes>({ queryKey: boardKey(projectKey) })) {
    if (Array.isArray(data)) client.setQueryData(key, row(data))
    else if (data && 'lanes' in data) client.setQueryData(key, { ...data, lanes: data.lanes.map((lane) => ({ ...lane, cells: row(lane.cells) })) })
  }
}

/** What a board's queries hold now, to put back if a change is refused. */
async function snapshotBoards(client: QueryClient, projectKey: string) {
  await client.cancelQueries({ queryKey: boardKey(projectKey) })
  return client.getQueriesData<IssueColumn[] | BoardLanes>({ queryKey: boardKey(projectKey) })
}

interface Rank {
  issue: IssueSummary
  place: Place
}

/** Re-ranks a card within its column at once (the backlog's order, as in Jira); a refusal puts it back and says why. */
export function useRankIssue(projectKey: string) {
  const client = useQueryClient()
  const toast = useToast()
  return useMutation({
    scope: { id: `board:${projectKey}` },
    mutationKey: cardMoves,
    mutationFn: ({ issue, place }: Rank) => planningApi.rank(issue.key, place),
    onMutate: async ({ issue, place }: Rank) => {
      const snapshot = await snapshotBoards(client, projectKey)
      eachBoard(client, projectKey, (column) => applyRank(column, issue.key, place))
      return { snapshot }
    },
    onError: (error, { issue }, context) => {
      for (const [key, data] of context?.snapshot ?? []) client.setQueryData(key, data)
      toast.error(`Could not rank ${issue.key}: ${error.message}`)
    },
    onSuccess: (moved, { issue, place }) => eachBoard(client, projectKey, (column) => applyRank(column, issue.key, place, moved.rank)),
    onSettled: () => client.invalidateQueries({ queryKey: queryKeys.issues }),
  })
}

interface Move {
  issue: IssueSummary
  /** Its new status. */
  to?: string
  /** Its new swimlane (`id` as in `Lane`): in the board's lanes `by` assignee, the lane's person; by epic, its epic. */
  lane?: { by: Grouped; id: string }
}

/** The swimlane boards grouped `by` after `issue` moved into lane `id` at `status`. */
function moveAcrossLanes(client: QueryClient, projectKey: string, issue: IssueSummary, status: string, { by, id }: NonNullable<Move['lane']>) {
  for (const [key, data] of client.getQueriesData<IssueColumn[] | BoardLanes>({ queryKey: boardKey(projectKey) })) {
    if (!data || !('lanes' in data) || data.by !== by) continue
    const moved = inLane({ ...issue, status }, by, id, data.lanes)
    client.setQueryData(key, { ...data, lanes: applyLaneMove(data.lanes, issue, moved, id) })
  }
}

/** Moves a card at once, to another status, lane or both; the server's refusal puts it back and says why. */
export function useMoveIssue(projectKey: string) {
  const client = useQueryClient()
  const toast = useToast()
  return useMutation({
    // Moves run one after another; a card moved twice quickly sends the version its first move produced.
    scope: { id: `board:${projectKey}` },
    mutationKey: cardMoves,
    mutationFn: async ({ issue, to, lane }: Move) => {
      const latest = client.getQueryData<Issue>(queryKeys.issue(issue.key))?.version ?? 0
      const moved = to === undefined ? undefined : await issuesApi.transition(issue.key, Math.max(issue.version, latest), to)
      if (!lane) return moved as Issue
      return issuesApi.update(issue.key, moved?.version ?? Math.max(issue.version, latest), laneChange(lane.by, lane.id))
    },
    onMutate: async ({ issue, to, lane }: Move) => {
      const snapshot = await snapshotBoards(client, projectKey)
      if (to !== undefined) eachBoard(client, projectKey, (column) => applyMove(column, column.status, issue, to), issue.key)
      if (lane) moveAcrossLanes(client, projectKey, issue, to ?? issue.status, lane)
      return { snapshot }
    },
    onError: (error, { issue, to }, context) => {
      client.invalidateQueries({ queryKey: queryKeys.issue(issue.key) })
      for (const [key, data] of context?.snapshot ?? []) client.setQueryData(key, data)
      toast.error(moveRefusal(issue.key, issue.status, to, error))
    },
    onSuccess: (saved) => {
      client.setQueryData(queryKeys.issue(saved.key), saved)
      eachBoard(client, projectKey, (column) => applySaved(column, saved))
    },
    onSettled: () => client.invalidateQueries({ queryKey: queryKeys.issues }),
  })
}
