import { describe, expect, it } from 'vitest'
import { columnCountLabel, targetStatus, wipLabel, withHidden } from './wip'

describe('wipLabel', () => {
  it('shows the count with the limits that are set', () => {
    expect(wipLabel({ count: 3, min: null, max: 4 })).toBe('3 (max 4)')
    expect(wipLabel({ count: 1, min: 2, max: 5 })).toBe('1 (min 2, max 5)')
    expect(wipLabel({ count: 7, min: null, max: null })).toBe('7')
  })
})

describe('columnCountLabel', () => {
  it('counts every issue of a limited column against its limits, the cards a quick filter leaves first', () => {
    expect(columnCountLabel('1', { count: 4, min: null, max: 3 }, true)).toBe('1 of 4 (max 3)')
    expect(columnCountLabel('4', { count: 4, min: null, max: 3 }, false)).toBe('4 (max 3)')
  })

  it('shows only the cards of a column without limits', () => {
    expect(columnCountLabel('1', { count: 4, min: null, max: null }, true)).toBe('1')
  })
})

describe('withHidden', () => {
  it('says how many done issues the board hides beside those shown, and nothing when it hides none', () => {
    expect(withHidden('0', 1733)).toBe('0 shown · 1,733 hidden')
    expect(withHidden('3', 0)).toBe('3')
  })
})

describe('targetStatus', () => {
  it('moves a card to the first status of the column it is dropped on', () => {
    expect(targetStatus({ statuses: ['In Progress', 'In Review'] }, 'To Do')).toBe('In Progress')
  })

  it('leaves a card dropped on its own column where it is', () => {
    expect(targetStatus({ statuses: ['In Progress', 'In Review'] }, 'in review')).toBeUndefined()
  })
})
