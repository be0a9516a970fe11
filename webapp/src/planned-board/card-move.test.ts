import { describe, expect, it } from 'vitest'
import type { BoardIssues, Card } from '../api/planning'
import { ApiError } from '../api/http'
import { moveRefusal } from '../board/move-refusal'
import { moveCard } from './card-move'
import { testBoard } from './test-board'

const card = (key: string, status: string): Card => ({
  id: 1, key, summary: key, type: 'Task', subtask: false, status, statusCategory: 'new', priority: null, assignee: null,
  storyPoints: null, subtaskPoints: null, epicKey: null, epicSummary: null, parentKey: null, rank: key,
})

const board: BoardIssues = {
  board: testBoard,
  sprint: null,
  columns: testBoard.columns.map((column, index) => ({ ...column, count: index === 0 ? 2 : index === 1 ? 1 : 0, state: 'ok' })),
  lanes: [{ id: 'all', name: 'All', columns: [[card('WEB-1', 'To Do'), card('WEB-2', 'To Do')], [card('WEB-3', 'In Progress')], []] }],
  total: 3,
}

describe('moveCard', () => {
  it('moves the card to the top of the column dropped on, with its status, and recounts against the WIP limits', () => {
    const moved = moveCard(board, 'WEB-2', 1, 'In Progress')

    expect(moved.lanes[0].columns.map((cards) => cards.map((c) => `${c.key}:${c.status}`))).toEqual([['WEB-1:To Do'], ['WEB-2:In Progress', 'WEB-3:In Progress'], []])
    expect(moved.columns.map((column) => `${column.count} ${column.state}`)).toEqual(['1 ok', '2 ok', '0 ok'])
    expect(moveCard(board, 'WEB-3', 2, 'Done').columns[1]).toMatchObject({ count: 0, state: 'under' })
  })

  it('leaves the board as it is for a card it does not show or a drop on its own column', () => {
    expect(moveCard(board, 'WEB-9', 2, 'Done')).toBe(board)
    expect(moveCard(board, 'WEB-3', 1, 'In Progress')).toBe(board)
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
