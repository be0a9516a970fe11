import { act, renderHook, screen, waitFor } from '@testing-library/react'
import type { ReactNode } from 'react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { ApiError } from '../api/http'
import { issuesApi, type Issue, type IssueColumn } from '../api/issues'
import { issueSummary, Providers, testQueryClient } from '../test-utils'
import { lanesApi, type BoardLanes, type Lane } from '../api/board-lanes'
import { planningApi } from '../api/planning'
import { boardKey, useMoveIssue, useRankIssue } from './use-board'

afterEach(() => vi.restoreAllMocks())

const card = issueSummary('WEB-1', 'To Do', '2026-01-01T00:00:00Z')
const boardQuery = [...boardKey('WEB'), 'columns', 50, {}, {}]
const column = (status: string, items: IssueColumn['items']): IssueColumn => ({ status, statusCategory: 'new', total: items.length, items })

function setUp() {
  const client = testQueryClient()
  client.setQueryData<IssueColumn[]>(boardQuery, [column('To Do', [card]), column('In Review', [])])
  const wrapper = ({ children }: { children: ReactNode }) => <Providers client={client}>{children}</Providers>
  const { result } = renderHook(() => useMoveIssue('WEB'), { wrapper })
  const shown = (status: string) => client.getQueryData<IssueColumn[]>(boardQuery)?.find((c) => c.status === status)
  const keys = (status: string) => shown(status)?.items.map((issue) => issue.key)
  return { client, result, keys, shown }
}

describe('useMoveIssue', () => {
  it('moves the card before the server answers and keeps it there when the move is accepted', async () => {
    let accept: (issue: Issue) => void = () => {}
    vi.spyOn(issuesApi, 'transition').mockReturnValue(new Promise((resolve) => (accept = resolve)))
    vi.spyOn(issuesApi, 'columns').mockResolvedValue([column('To Do', []), column('In Review', [{ ...card, status: 'In Review', version: 2 }])])
    const { result, keys, shown } = setUp()

    act(() => result.current.mutate({ issue: card, to: 'In Review' }))

    await waitFor(() => expect(keys('In Review')).toEqual(['WEB-1']))
    expect(keys('To Do')).toEqual([])
    expect(issuesApi.transition).toHaveBeenCalledWith('WEB-1', 1, 'In Review')

    await act(async () => accept({ ...card, status: 'In Review', version: 2 } as Issue))
    await waitFor(() => expect(result.current.isSuccess).toBe(true))
    expect(keys('In Review')).toEqual(['WEB-1'])
    expect(shown('In Review')?.items[0].version).toBe(2)
  })

  it('puts the card back and names the allowed statuses when the workflow refuses the move', async () => {
    vi.spyOn(issuesApi, 'transition').mockRejectedValue(
      new ApiError({ status: 409, title: 'Conflict', detail: 'not allowed', allowed: ['In Progress', 'Done'] }),
    )
    // Refetches never answer, so what the columns show is the rollback alone.
    vi.spyOn(issuesApi, 'columns').mockReturnValue(new Promise(() => {}))
    const { result, keys, shown } = setUp()

    act(() => result.current.mutate({ issue: card, to: 'In Review' }))

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'WEB-1 cannot move from To Do to In Review. It can move to: In Progress, Done.',
    )
    expect(keys('To Do')).toEqual(['WEB-1'])
    expect(keys('In Review')).toEqual([])
    expect(shown('In Review')?.total).toBe(0)
  })

  it('puts the card back and says why when the server fails for another reason', async () => {
    vi.spyOn(issuesApi, 'transition').mockRejectedValue(new ApiError({ status: 403, title: 'Forbidden', detail: 'Viewers cannot change issues' }))
    vi.spyOn(issuesApi, 'columns').mockReturnValue(new Promise(() => {}))
    const { result, keys } = setUp()

    act(() => result.current.mutate({ issue: card, to: 'In Review' }))

    expect(await screen.findByRole('alert')).toHaveTextContent('Could not move WEB-1: Viewers cannot change issues')
    expect(keys('To Do')).toEqual(['WEB-1'])
  })
})

describe('useRankIssue', () => {
  const cards = ['WEB-1', 'WEB-2', 'WEB-3'].map((key) => issueSummary(key, 'To Do', '2026-01-01T00:00:00Z'))

  function setUpRank() {
    const client = testQueryClient()
    client.setQueryData<IssueColumn[]>(boardQuery, [column('To Do', cards)])
    const wrapper = ({ children }: { children: ReactNode }) => <Providers client={client}>{children}</Providers>
    const { result } = renderHook(() => useRankIssue('WEB'), { wrapper })
    const keys = () => client.getQueryData<IssueColumn[]>(boardQuery)?.[0].items.map((issue) => issue.key)
    return { result, keys }
  }

  it('re-ranks the card in its column at once and asks the server for that place', async () => {
    const rank = vi.spyOn(planningApi, 'rank').mockResolvedValue({ key: 'WEB-3', rank: '000001i', rowsWritten: 1 })
    vi.spyOn(issuesApi, 'columns').mockReturnValue(new Promise(() => {}))
    const { result, keys } = setUpRank()

    act(() => result.current.mutate({ issue: cards[2], place: { before: 'WEB-1' } }))

    await waitFor(() => expect(keys()).toEqual(['WEB-3', 'WEB-1', 'WEB-2']))
    expect(rank).toHaveBeenCalledWith('WEB-3', { before: 'WEB-1' })
    await waitFor(() => expect(result.current.isSuccess).toBe(true))
  })

  it('puts the card back and says why when the server refuses', async () => {
    vi.spyOn(planningApi, 'rank').mockRejectedValue(new ApiError({ status: 403, title: 'Forbidden', detail: 'Viewers cannot rank issues' }))
    vi.spyOn(issuesApi, 'columns').mockReturnValue(new Promise(() => {}))
    const { result, keys } = setUpRank()

    act(() => result.current.mutate({ issue: cards[0], place: { after: 'WEB-3' } }))

    expect(await screen.findByRole('alert')).toHaveTextContent('Could not rank WEB-1: Viewers cannot rank issues')
    expect(keys()).toEqual(['WEB-1', 'WEB-2', 'WEB-3'])
  })
})

describe('useMoveIssue in swimlanes', () => {
  it('moves the card within its own lane only', async () => {
    vi.spyOn(issuesApi, 'transition').mockReturnValue(new Promise(() => {}))
    vi.spyOn(lanesApi, 'lanes').mockReturnValue(new Promise(() => {}))
    const client = testQueryClient()
    const lanesQuery = [...boardKey('WEB'), 'lanes', 'assignee', {}, {}]
    const lane = (id: string, todo: IssueColumn['items']): Lane => ({ id, name: id, total: todo.length, cells: [column('To Do', todo), column('In Review', [])] })
    client.setQueryData<BoardLanes>(lanesQuery, { by: 'assignee', columns: [], lanes: [lane('ann', [card]), lane('none', [])] })
    const wrapper = ({ children }: { children: ReactNode }) => <Providers client={client}>{children}</Providers>
    const { result } = renderHook(() => useMoveIssue('WEB'), { wrapper })

    act(() => result.current.mutate({ issue: card, to: 'In Review' }))

    const cells = () => client.getQueryData<BoardLanes>(lanesQuery)!.lanes.map((l) => l.cells.map((c) => c.items.map((i) => i.key).join()).join('|'))
    await waitFor(() => expect(cells()).toEqual(['|WEB-1', '|']))
  })
})

describe('useMoveIssue across swimlanes', () => {
  const ann = { id: 1, email: 'ann@example.com', displayName: 'Ann' }
  const bo = { id: 2, email: 'bo@example.com', displayName: 'Bo' }
  const annCard = issueSummary('WEB-1', 'To Do', '2026-01-01T00:00:00Z', { assignee: ann, rank: 'a' })
  const boCard = issueSummary('WEB-2', 'To Do', '2026-01-02T00:00:00Z', { assignee: bo, rank: 'b' })
  const lanesQuery = [...boardKey('WEB'), 'lanes', 'assignee', {}, {}]

  function setUpLanes() {
    vi.spyOn(lanesApi, 'lanes').mockReturnValue(new Promise(() => {}))
    const client = testQueryClient()
    const lane = (id: string, name: string, todo: IssueColumn['items']): Lane => ({ id, name, total: todo.length, cells: [column('To Do', todo), column('Done', [])] })
    client.setQueryData<BoardLanes>(lanesQuery, { by: 'assignee', columns: [], lanes: [lane(ann.email, 'Ann', [annCard]), lane(bo.email, 'Bo', [boCard])] })
    const wrapper = ({ children }: { children: ReactNode }) => <Providers client={client}>{children}</Providers>
    const { result } = renderHook(() => useMoveIssue('WEB'), { wrapper })
    const lanes = () => client.getQueryData<BoardLanes>(lanesQuery)!.lanes
    const cells = () => lanes().map((l) => `${l.total}:${l.cells.map((c) => c.items.map((i) => i.key).join()).join('|')}`)
    return { result, lanes, cells }
  }

  it('moves the card into the lane at once, in rank order, and asks the server for the lane person as its assignee', async () => {
    const update = vi.spyOn(issuesApi, 'update').mockReturnValue(new Promise(() => {}))
    const { result, lanes, cells } = setUpLanes()

    act(() => result.current.mutate({ issue: annCard, lane: { by: 'assignee', id: bo.email } }))

    await waitFor(() => expect(cells()).toEqual(['0:|', '2:WEB-1,WEB-2|']))
    expect(lanes()[1].cells[0].items[0].assignee).toEqual(bo)
    expect(update).toHaveBeenCalledWith('WEB-1', 1, { assignee: bo.email })
  })

  it('changes the status first when the card also went to another column, then the lane with the version that made', async () => {
    vi.spyOn(issuesApi, 'transition').mockResolvedValue({ ...annCard, status: 'Done', version: 2 } as Issue)
    const update = vi.spyOn(issuesApi, 'update').mockReturnValue(new Promise(() => {}))
    const { result, cells } = setUpLanes()

    act(() => result.current.mutate({ issue: annCard, to: 'Done', lane: { by: 'assignee', id: 'none' } }))

    await waitFor(() => expect(update).toHaveBeenCalledWith('WEB-1', 2, { assignee: null }))
    // No unassigned lane on screen yet: the card leaves Ann's, and the refreshed board shows it in its new lane.
    expect(cells()).toEqual(['0:|', '1:WEB-2|'])
  })

  it('puts the card back in its lane and gives the server reason when the change is refused', async () => {
    const refusal = new ApiError({ status: 400, title: 'Bad Request', detail: 'Invalid fields', errors: [{ field: 'assignee', message: 'bo@example.com is not a member of WEB' }] })
    vi.spyOn(issuesApi, 'update').mockRejectedValue(refusal)
    const { result, cells } = setUpLanes()

    act(() => result.current.mutate({ issue: annCard, lane: { by: 'assignee', id: bo.email } }))

    expect(await screen.findByRole('alert')).toHaveTextContent('Could not move WEB-1: bo@example.com is not a member of WEB')
    expect(cells()).toEqual(['1:WEB-1|', '1:WEB-2|'])
  })
})
