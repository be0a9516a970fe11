import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { planningApi, type BoardConfig } from '../api/planning'
import { useToast } from '../app/use-toast'
import type { DropPlan } from './plan-drop'
import { usePageSearchParams } from '../app/page-location'
import { useAfterPageData } from '../app/when-idle'

/** Under `issues`, so that live updates of any issue refresh the planning screens too. */
export const planningKeys = {
  boards: (projectKey: string) => ['boards', projectKey] as const,
  board: (projectKey: string, id: number) => ['boards', projectKey, 'one', id] as const,
  backlog: (boardId: number, epic?: string) => ['issues', 'backlog', boardId, epic ?? ''] as const,
  boardIssues: (boardId: number, quickFilters: number[]) => ['issues', 'planned-board', boardId, quickFilters] as const,
  /** `options`: what the report is asked for besides its board or sprint (a period, a statistic). */
  report: (name: string, id: number, options: unknown = '') => ['issues', 'report', name, id, options] as const,
  sprints: (boardId: number) => ['issues', 'sprints', boardId] as const,
}

const boardsQuery = (projectKey: string) => queryOptions({ queryKey: planningKeys.boards(projectKey), queryFn: () => planningApi.boards(projectKey) })

/** Whether the project has a scrum board; undefined until known, which waits for the page's own data. */
export function useHasScrumBoard(projectKey: string): boolean | undefined {
  const ready = useAfterPageData()
  const boards = useQuery({ ...boardsQuery(projectKey), enabled: ready })
  return boards.data?.some((board) => board.kind === 'scrum')
}

/**
 * The project's boards and the one chosen in the URL (`?board=`), or the first; `none`: the project has none of the
 * kind; `missing`: the id in the URL when the project has no such board (deleted, or a wrong link).
 */
export function useBoards(projectKey: string, kind?: BoardConfig['kind']) {
  const [params, setParams] = usePageSearchParams()
  const boards = useQuery(boardsQuery(projectKey))
  const usable = (boards.data ?? []).filter((b) => !kind || b.kind === kind)
  const wanted = Number(params.get('board'))
  const board = usable.find((b) => b.id === wanted) ?? usable[0]
  const choose = (id: number) => {
    const next = new URLSearchParams(params)
    next.set('board', String(id))
    setParams(next, { replace: true })
  }
  const missing = boards.isSuccess && wanted && !boards.data.some((b) => b.id === wanted) ? wanted : undefined
  return { boards: usable, board, loading: boards.isPending, error: boards.error, none: boards.isSuccess && !board, missing, choose }
}

export function useCreateBoard(projectKey: string) {
  const client = useQueryClient()
  return useMutation({
    /** `existing`: how many boards of the kind the project has, so a second one is named apart ("WEB Kanban 2"). */
    mutationFn: ({ kind, existing = 0 }: { kind: BoardConfig['kind']; existing?: number }) =>
      planningApi.createBoard({ project: projectKey, name: `${projectKey} ${kind === 'scrum' ? 'Scrum' : 'Kanban'}${existing ? ` ${existing + 1}` : ''}`, kind }),
    onSuccess: () => client.invalidateQueries({ queryKey: planningKeys.boards(projectKey) }),
  })
}

/** A drop on the backlog: the sprint change first, then the rank; the lists refresh when both are done. */
export function useDrop(boardId: number | undefined) {
  const client = useQueryClient()
  const toast = useToast()
  return useMutation({
    scope: { id: `backlog:${boardId}` },
    mutationFn: async (plan: DropPlan) => {
      if (plan.sprint && 'add' in plan.sprint) await planningApi.plan(plan.sprint.add, { add: [plan.key] })
      if (plan.sprint && 'remove' in plan.sprint) await planningApi.plan(plan.sprint.remove, { remove: [plan.key] })
      if (plan.place) await planningApi.rank(plan.key, plan.place)
    },
    onError: (error, plan) => toast.error(`Could not move ${plan.key}: ${error.message}`),
    onSettled: () => client.invalidateQueries({ queryKey: ['issues'] }),
  })
}

/** Any sprint change; everything planning shows refreshes afterwards. A refusal is a toast, unless the caller shows it `inline`. */
export function useSprintAction<T>(action: (input: T) => Promise<unknown>, { inline = false } = {}) {
  const client = useQueryClient()
  const toast = useToast()
  return useMutation({
    mutationFn: action,
    onError: (error) => {
      if (!inline) toast.error(error.message)
    },
    onSettled: () => client.invalidateQueries({ queryKey: ['issues'] }),
  })
}
