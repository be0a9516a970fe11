import { describe, expect, it } from 'vitest'
import type { BoardIssues, Card } from '../api/planning'
import { ApiError } from '../api/http'
import { moveRefusal } from '../board/move-refusal'
import { laneChangeOf, moveCard } from './card-move'
import { testBoard } from './test-board'

const card = (key: string, status: string): Card => ({
  id: 1, key, summary: key, type: 'Task', subtask: false, status, statusCategory: 'new', priority: null, assignee: null,
  storyPoints: null, subtaskPoints: null, epicKey: null, epicSummary: null, parentKey: null, rank: key,
  estimateSeconds: null,
})

const board: BoardIssues = {
  board: testBoard,
  sprint: null,
  columns: testBoard.columns.map((column, index) => ({ ...column, count: index === 0 ? 2 : index === 1 ? 1 : 0, shown: index === 0 ? 2 : index === 1 ? 1 : 0, state: 'ok', hidden: 0 })),
  lanes: [{ id: 'all', name: 'All', columns: [[card('WEB-1', 'To Do'), card('WEB-2', 'To Do')], [card('WEB-3', 'In Progress')], []] }],
  total: 3,
  unmapped: {},
  brokenQuickFilters: [],
}

describe('moveCard', () => {
  it('moves the card to the top of the column dropped on, with its status, and recounts against the WIP limits', () => {
    const moved = moveCard(board, 'WEB-2', { to: 1, status: 'In Progress' })

    expect(moved.lanes[0].columns.map((cards) => cards.map((c) => `${c.key}:${c.status}`))).toEqual([['WEB-1:To Do'], ['WEB-2:In Progress', 'WEB-3:In Progress'], []])
    expect(moved.columns.map((column) => `${column.count}/${column.shown} ${column.state}`)).toEqual(['1/1 ok', '2/2 ok', '0/0 ok'])
    expect(moveCard(board, 'WEB-3', { to: 2, status: 'Done' }).columns[1]).toMatchObject({ count: 0, state: 'under' })
  })

  it('leaves the board as it is for a card it does not show or a drop on its own column', () => {
    expect(moveCard(board, 'WEB-9', { to: 2, status: 'Done' })).toBe(board)
    expect(moveCard(board, 'WEB-3', { to: 1 })).toBe(board)
  })
})

describe('a card dropped in another swimlane', () => {
  const lanes: BoardIssues = {
    ...board,
    lanes: [
      { id: 'ann@example.com', name: 'Ann', columns: [[card('WEB-1', 'To Do')], [], []] },
      { id: '', name: 'Unassigned', columns: [[card('WEB-2', 'To Do')], [card('WEB-3', 'In Progress')], []] },
    ],
  }

  it('joins that lane in the column dropped on, the counts following the column only', () => {
    const moved = moveCard(lanes, 'WEB-2', { to: 0, lane: 'ann@example.com' })

    expect(moved.lanes.map((lane) => lane.columns.map((cards) => cards.map((c) => c.key).join()))).toEqual([['WEB-2,WEB-1', '', ''], ['', 'WEB-3', '']])
    expect(moved.columns.map((column) => column.count)).toEqual(lanes.columns.map((column) => column.count))
  })

  it('takes the lane assignee, epic or priority; there is no lane of issues without a priority to join', () => {
    expect(laneChangeOf('assignee', 'ann@example.com')).toEqual({ assignee: 'ann@example.com' })
    expect(laneChangeOf('assignee', '')).toEqual({ assignee: null })
    expect(laneChangeOf('epic', 'WEB-9')).toEqual({ parent: 'WEB-9' })
    expect(laneChangeOf('epic', '')).toEqual({ parent: null })
    expect(laneChangeOf('priority', 'High')).toEqual({ priority: 'High' })
    expect(laneChangeOf('priority', '')).toBeUndefined()
    expect(laneChangeOf('none', 'all')).toBeUndefined()
  })
})

describe('moveRefusal', () => {
  it('names where the workflow lets the card go, or gives the server its say', () => {
    const refused = new ApiError({ status: 409, title: 'Conflict', detail: 'not allowed', allowed: ['In Progress'] } as never)
    expect(moveRefusal('WEB-1', 'To Do', 'Done', refused)).toBe('WEB-1 cannot move from To Do to Done. It can move to: In Progress.')
    const invalid = new ApiError({ status: 400, title: 'Bad Request', detail: 'Invalid', errors: [{ field: 'parent', message: 'a Sub-task needs a parent issue' }] })
    expect(moveRefusal('WEB-1', 'To Do', undefined, invalid)).toBe('Could not move WEB-1: a Sub-task needs a parent issue')
  })
})
