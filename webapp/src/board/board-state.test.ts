// @vitest-environment node
import { describe, expect, it } from 'vitest'
import type { IssuePage, IssueSummary } from '../api/issues'
import { issueSummary as summary } from '../test-utils'
import type { Scheme } from '../api/projects'
import { applyMove, applyRank, applySaved, filterColumn, planBoardDrop, reachableStatuses } from './board-state'

const page = (...items: IssueSummary[]): IssuePage => ({ page: 0, size: 50, total: items.length + 10, items })

describe('applyMove', () => {
  const moving = summary('WEB-2', 'To Do', '2026-01-02T00:00:00Z')

  it('takes the card out of its old column and lowers the count', () => {
    const todo = page(summary('WEB-3', 'To Do', '2026-01-03T00:00:00Z'), moving)
    const after = applyMove(todo, 'To Do', moving, 'In Progress')

    expect(after.items.map((issue) => issue.key)).toEqual(['WEB-3'])
    expect(after.total).toBe(todo.total - 1)
  })

  it('puts the card where the server would list it in the new column, in rank order', () => {
    const inProgress = page(
      summary('WEB-4', 'In Progress', '2026-01-04T00:00:00Z', { rank: '00000ai' }),
      summary('WEB-1', 'In Progress', '2026-01-01T00:00:00Z', { rank: '00000zi' }),
    )
    const after = applyMove(inProgress, 'In Progress', { ...moving, rank: '00000bi' }, 'In Progress')

    expect(after.items.map((issue) => `${issue.key}:${issue.status}`)).toEqual(['WEB-4:In Progress', 'WEB-2:In Progress', 'WEB-1:In Progress'])
    expect(after.total).toBe(inProgress.total + 1)
  })

  it('counts the move in the column without filters too', () => {
    const todo = { status: 'To Do', statusCategory: 'new' as const, total: 1, unfiltered: 5, items: [moving] }
    expect(applyMove(todo, 'To Do', moving, 'Done')).toMatchObject({ total: 0, unfiltered: 4 })
  })

  it('changes nothing when the card is dropped on its own column', () => {
    const todo = page(moving)
    expect(applyMove(todo, 'To Do', moving, 'To Do')).toBe(todo)
  })

  it('leaves other columns untouched', () => {
    const done = page(summary('WEB-9', 'Done', '2026-01-09T00:00:00Z'))
    expect(applyMove(done, 'Done', moving, 'In Progress')).toBe(done)
  })
})

describe('applySaved', () => {
  it("replaces a card's fields with the server's copy", () => {
    const before = page(summary('WEB-1', 'In Progress', '2026-01-01T00:00:00Z'))
    const after = applySaved(before, summary('WEB-1', 'In Progress', '2026-01-01T00:00:00Z', { version: 2, statusCategory: 'indeterminate' }))

    expect(after.items[0].version).toBe(2)
    expect(after.items[0].statusCategory).toBe('indeterminate')
  })
})

describe('reachableStatuses', () => {
  const workflow: Scheme['workflow'] = {
    statuses: [
      { id: 1, name: 'To Do', category: 'new', position: 0 },
      { id: 2, name: 'In Progress', category: 'indeterminate', position: 1 },
      { id: 3, name: 'In Review', category: 'indeterminate', position: 2 },
      { id: 4, name: 'Done', category: 'done', position: 3 },
    ],
    transitions: [
      { id: 1, name: 'Start', fromStatusId: 1, toStatusId: 2 },
      { id: 2, name: 'Review', fromStatusId: 2, toStatusId: 3 },
      { id: 3, name: 'Finish', fromStatusId: null, toStatusId: 4 },
    ],
  }

  it('follows the transitions out of the current status plus the global ones', () => {
    expect([...reachableStatuses(workflow, 'To Do')].sort()).toEqual(['Done', 'In Progress'])
    expect([...reachableStatuses(workflow, 'Done')]).toEqual([])
  })
})

describe('filterColumn', () => {
  const datanode = { ...summary('WEB-7', 'To Do', '2026-01-07T00:00:00Z'), summary: 'DataNode stalls on restart' }
  const other = { ...summary('WEB-8', 'To Do', '2026-01-08T00:00:00Z'), summary: 'Upload fails' }

  it('keeps the loaded cards whose summary holds the text in any case, or whose key is the text', () => {
    const column = { ...page(datanode, other), total: 2 }

    expect(filterColumn(column, 'datanode').column.items.map((issue) => issue.key)).toEqual(['WEB-7'])
    expect(filterColumn(column, ' web-8 ').column.items.map((issue) => issue.key)).toEqual(['WEB-8'])
    expect(filterColumn(column, 'WEB').column.items).toEqual([])
  })

  it('counts exactly when the whole column was loaded, and as a lower bound when it was not', () => {
    const whole = filterColumn({ ...page(datanode, other), total: 2 }, 'datanode')
    const partial = filterColumn(page(datanode, other), 'datanode')

    expect(whole).toMatchObject({ exact: true, column: { total: 1 } })
    expect(partial).toMatchObject({ exact: false, column: { total: 1 } })
  })

  it('leaves the column as it is without text', () => {
    const column = page(datanode, other)

    expect(filterColumn(column, '  ')).toEqual({ column, exact: true })
  })
})

describe('planBoardDrop', () => {
  const card = summary('WEB-2', 'To Do', '2026-01-02T00:00:00Z')
  const column = ['WEB-1', 'WEB-2', 'WEB-3']

  it('moves a card dropped on another status, and ranks it next to the card it was dropped on there', () => {
    expect(planBoardDrop(card, { status: 'Done' }, column, false)).toEqual({ to: 'Done' })
    expect(planBoardDrop(card, { status: 'Done', overKey: 'WEB-9' }, column, true)).toEqual({ to: 'Done', place: { after: 'WEB-9' } })
    expect(planBoardDrop(card, { status: 'Done', overKey: 'WEB-9' }, column, false)).toEqual({ to: 'Done', place: { before: 'WEB-9' } })
  })

  it('ranks a card dropped on another card of its column before it, or after it from its lower half', () => {
    expect(planBoardDrop(card, { status: 'To Do', overKey: 'WEB-1' }, column, false)).toEqual({ place: { before: 'WEB-1' } })
    expect(planBoardDrop(card, { status: 'To Do', overKey: 'WEB-3' }, column, true)).toEqual({ place: { after: 'WEB-3' } })
  })

  it('moves a card dropped in another swimlane to that lane, and to the status of its cell when that differs', () => {
    expect(planBoardDrop(card, { status: 'To Do', lane: 'bo@example.com' }, column, false, 'ada@example.com')).toEqual({ lane: 'bo@example.com' })
    expect(planBoardDrop(card, { status: 'Done', lane: 'none' }, column, false, 'ada@example.com')).toEqual({ to: 'Done', lane: 'none' })
    expect(planBoardDrop(card, { status: 'To Do', overKey: 'WEB-7', lane: 'none' }, column, true, 'ada@example.com')).toEqual({
      lane: 'none',
      place: { after: 'WEB-7' },
    })
  })

  it('does nothing when the card would stay where it is', () => {
    expect(planBoardDrop(card, { status: 'To Do', lane: 'ada@example.com' }, column, false, 'ada@example.com')).toBeUndefined()
    expect(planBoardDrop(card, { status: 'To Do' }, column, false)).toBeUndefined()
    expect(planBoardDrop(card, { status: 'To Do', overKey: 'WEB-3' }, column, false)).toBeUndefined()
    expect(planBoardDrop(card, { status: 'To Do', overKey: 'WEB-1' }, column, true)).toBeUndefined()
    expect(planBoardDrop(card, undefined, column, false)).toBeUndefined()
  })
})

describe('applyRank', () => {
  const cards = page(summary('WEB-1', 'To Do', '2026-01-01T00:00:00Z'), summary('WEB-2', 'To Do', '2026-01-02T00:00:00Z'), summary('WEB-3', 'To Do', '2026-01-03T00:00:00Z'))

  it('moves the card next to its target, and takes the rank the server gave', () => {
    expect(applyRank(cards, 'WEB-3', { before: 'WEB-1' }).items.map((issue) => issue.key)).toEqual(['WEB-3', 'WEB-1', 'WEB-2'])
    const ranked = applyRank(cards, 'WEB-1', { after: 'WEB-3' }, '00001i')
    expect(ranked.items.map((issue) => issue.key)).toEqual(['WEB-2', 'WEB-3', 'WEB-1'])
    expect(ranked.items[2].rank).toBe('00001i')
  })

  it('leaves a column that does not hold both cards alone', () => {
    expect(applyRank(cards, 'WEB-9', { before: 'WEB-1' })).toBe(cards)
    expect(applyRank(cards, 'WEB-1', { before: 'WEB-9' })).toBe(cards)
  })
})
