import { act, renderHook, screen, waitFor } from '@testing-library/react'
import type { ReactNode } from 'react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { ApiError } from '../api/http'
import { issuesApi, type Issue, type IssuePage } from '../api/issues'
import { issueSummary, Providers, testQueryClient } from '../test-utils'
import { boardKey, useMoveIssue } from './use-board'

afterEach(() => vi.restoreAllMocks())

const card = issueSummary('WEB-1', 'To Do', '2026-01-01T00:00:00Z')
const filters = {}
const todoKey = [...boardKey('WEB'), 'To Do', 50, filters]
const reviewKey = [...boardKey('WEB'), 'In Review', 50, filters]

function setUp() {
  const client = testQueryClient()
  client.setQueryData<IssuePage>(todoKey, { page: 0, size: 50, total: 1, items: [card] })
  client.setQueryData<IssuePage>(reviewKey, { page: 0, size: 50, total: 0, items: [] })
  const wrapper = ({ children }: { children: ReactNode }) => <Providers client={client}>{children}</Providers>
  const { result } = renderHook(() => useMoveIssue('WEB'), { wrapper })
  const column = (key: unknown[]) => client.getQueryData<IssuePage>(key)?.items.map((issue) => issue.key)
  return { client, result, column }
}

describe('useMoveIssue', () => {
  it('moves the card before the server answers and keeps it there when the move is accepted', async () => {
    let accept: (issue: Issue) => void = () => {}
    vi.spyOn(issuesApi, 'transition').mockReturnValue(new Promise((resolve) => (accept = resolve)))
    vi.spyOn(issuesApi, 'search').mockImplementation(async ({ status }) =>
      status === 'In Review'
        ? { page: 0, size: 50, total: 1, items: [{ ...card, status: 'In Review', version: 2 }] }
        : { page: 0, size: 50, total: 0, items: [] },
    )
    const { result, column } = setUp()

    act(() => result.current.mutate({ issue: card, to: 'In Review' }))

    await waitFor(() => expect(column(reviewKey)).toEqual(['WEB-1']))
    expect(column(todoKey)).toEqual([])
    expect(issuesApi.transition).toHaveBeenCalledWith('WEB-1', 1, 'In Review')

    await act(async () => accept({ ...card, status: 'In Review', version: 2 } as Issue))
    await waitFor(() => expect(result.current.isSuccess).toBe(true))
    expect(column(reviewKey)).toEqual(['WEB-1'])
  })

  it('puts the card back and names the allowed statuses when the workflow refuses the move', async () => {
    vi.spyOn(issuesApi, 'transition').mockRejectedValue(
      new ApiError({ status: 409, title: 'Conflict', detail: 'not allowed', allowed: ['In Progress', 'Done'] }),
    )
    // Refetches never answer, so what the columns show is the rollback alone.
    vi.spyOn(issuesApi, 'search').mockReturnValue(new Promise(() => {}))
    const { client, result, column } = setUp()

    act(() => result.current.mutate({ issue: card, to: 'In Review' }))

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'WEB-1 cannot move from To Do to In Review. It can move to: In Progress, Done.',
    )
    expect(column(todoKey)).toEqual(['WEB-1'])
    expect(column(reviewKey)).toEqual([])
    expect(client.getQueryData<IssuePage>(reviewKey)?.total).toBe(0)
  })

  it('puts the card back and says why when the server fails for another reason', async () => {
    vi.spyOn(issuesApi, 'transition').mockRejectedValue(new ApiError({ status: 403, title: 'Forbidden', detail: 'Viewers cannot change issues' }))
    vi.spyOn(issuesApi, 'search').mockReturnValue(new Promise(() => {}))
    const { result, column } = setUp()

    act(() => result.current.mutate({ issue: card, to: 'In Review' }))

    expect(await screen.findByRole('alert')).toHaveTextContent('Could not move WEB-1: Viewers cannot change issues')
    expect(column(todoKey)).toEqual(['WEB-1'])
  })
})
