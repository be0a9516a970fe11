import { describe, expect, it } from 'vitest'
import { testBoard } from '../planned-board/test-board'
import {
  addColumn,
  addQuickFilter,
  draftOf,
  editQuickFilter,
  mapStatus,
  moveColumn,
  moveQuickFilter,
  problems,
  removeColumn,
  removeQuickFilter,
  renameColumn,
  setLimit,
  unmappedStatuses,
  updateOf,
} from './board-draft'

const WORKFLOW = ['To Do', 'In Progress', 'In Review', 'Done']

const board = testBoard

describe('board draft', () => {
  it('shows statuses no column has, and maps one to a column taking it out of any other', () => {
    let draft = draftOf(board)
    expect(unmappedStatuses(draft, WORKFLOW)).toEqual(['In Review'])

    draft = mapStatus(draft, 'In Review', 1)
    expect(draft.columns[1].statuses).toEqual(['In Progress', 'In Review'])
    expect(unmappedStatuses(draft, WORKFLOW)).toEqual([])

    draft = mapStatus(draft, 'in review', 2)
    expect(draft.columns[1].statuses).toEqual(['In Progress'])
    expect(draft.columns[2].statuses).toEqual(['Done', 'in review'])
    draft = mapStatus(draft, 'Done', null)
    expect(unmappedStatuses(draft, WORKFLOW)).toEqual(['Done'])
  })

  it('adds columns with distinct names, renames, reorders and removes them (their statuses become unmapped)', () => {
    let draft = addColumn(addColumn(draftOf(board)))
    expect(draft.columns.map((c) => c.name)).toEqual(['To Do', 'Doing', 'Done', 'New column', 'New column 2'])
    draft = renameColumn(draft, 3, 'Blocked')
    draft = moveColumn(draft, 3, -1)
    expect(draft.columns.map((c) => c.name)).toEqual(['To Do', 'Doing', 'Blocked', 'Done', 'New column 2'])
    expect(moveColumn(draft, 0, -1)).toBe(draft)
    expect(moveColumn(draft, 4, 1)).toBe(draft)

    draft = removeColumn(draft, 1)
    expect(draft.columns.map((c) => c.name)).toEqual(['To Do', 'Blocked', 'Done', 'New column 2'])
    expect(unmappedStatuses(draft, WORKFLOW)).toEqual(['In Progress', 'In Review'])
  })

  it('finds what the server would refuse before sending it, and not a column without statuses, which Jira keeps empty', () => {
    let draft = addColumn(draftOf(board))
    expect(problems(draft)).toEqual({})
    draft = mapStatus(draft, 'In Review', 3)
    draft = setLimit(draft, 1, 'min', '4')
    expect(problems(draft)['column-1']).toBe('The minimum (4) must not be above the maximum (3).')
    draft = setLimit(draft, 1, 'min', '-1')
    expect(problems(draft)['column-1']).toBe('The minimum must be a whole number from 0, or empty for no minimum.')
    draft = setLimit(setLimit(draft, 1, 'min', '0'), 1, 'max', '0')
    expect(problems(draft)['column-1']).toBe('The maximum must be a whole number from 1, or empty for no maximum.')
    draft = setLimit(draft, 1, 'max', '3')
    expect(problems(draft)['column-1']).toBeUndefined()
    draft = renameColumn(setLimit(draft, 1, 'min', ''), 3, ' doing ')
    expect(problems(draft)).toEqual({ 'column-3': 'Another column is called “doing”.' })
    draft = addQuickFilter(renameColumn(draft, 3, 'Review'))
    expect(problems(draft)).toEqual({ 'quick-1': 'A quick filter needs a name and a JQL query.' })
    expect(problems({ ...draftOf(board), name: ' ', jql: '', columns: [] })).toEqual({
      name: 'A board needs a name.',
      jql: 'A board needs a filter query.',
      columns: 'A board needs at least one column.',
    })
  })

  it('sends limits as numbers, the query only when it changed, and the quick filters as edited, in order, with their ids', () => {
    let draft = setLimit(setLimit(draftOf(board), 0, 'max', ' 5 '), 1, 'min', '')
    draft = editQuickFilter(addQuickFilter(draft), 1, { name: ' Bugs ', jql: 'type = Bug', description: ' Only bugs ' })
    draft = moveQuickFilter(moveQuickFilter(draft, 1, -1), 0, -1)

    const update = updateOf(draft, board)
    expect(update.jql).toBeUndefined()
    expect(update.columns?.map((c) => [c.min, c.max])).toEqual([
      [null, 5],
      [null, 3],
      [null, null],
    ])
    expect(update.quickFilters).toEqual([
      { name: 'Bugs', jql: 'type = Bug', description: 'Only bugs' },
      { id: 31, name: 'Mine', jql: 'assignee = currentUser()', description: null },
    ])
    expect(updateOf(removeQuickFilter(draft, 1), board).quickFilters?.map((f) => f.name)).toEqual(['Bugs'])
    expect(updateOf({ ...draft, jql: 'project = WEB AND type = Bug' }, board).jql).toBe('project = WEB AND type = Bug')
  })
})
