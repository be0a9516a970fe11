import { describe, expect, it } from 'vitest'
import { targetStatus, wipLabel } from './wip'

describe('wipLabel', () => {
  it('shows the count with the limits that are set', () => {
    expect(wipLabel({ count: 3, min: null, max: 4 })).toBe('3 (max 4)')
    expect(wipLabel({ count: 1, min: 2, max: 5 })).toBe('1 (min 2, max 5)')
    expect(wipLabel({ count: 7, min: null, max: null })).toBe('7')
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
