import { describe, expect, it } from 'vitest'
import { applyDrop, planDrop, type Section } from './plan-drop'

const sections: Section[] = [
  { sprintId: 7, keys: ['P-1', 'P-2'] },
  { sprintId: null, keys: ['P-3', 'P-4', 'P-5'] },
]

describe('planDrop', () => {
  it('ranks a card before the one it is dropped on', () => {
    expect(planDrop(sections, 'P-5', { sprintId: null, overKey: 'P-3' })).toEqual({ key: 'P-5', place: { before: 'P-3' } })
  })

  it('ranks a card after the one whose lower half it is dropped on', () => {
    expect(planDrop(sections, 'P-3', { sprintId: null, overKey: 'P-4', below: true })).toEqual({ key: 'P-3', place: { after: 'P-4' } })
  })

  it('plans nothing for a card dropped where it already is', () => {
    expect(planDrop(sections, 'P-3', { sprintId: null, overKey: 'P-4' })).toBeNull()
    expect(planDrop(sections, 'P-3', { sprintId: null })).toBeNull()
  })

  it('adds a backlog card to the sprint it is dropped into, at the end', () => {
    expect(planDrop(sections, 'P-4', { sprintId: 7 })).toEqual({ key: 'P-4', place: { after: 'P-2' }, sprint: { add: 7 } })
  })

  it('takes a card out of its sprint when it is dropped on the backlog', () => {
    expect(planDrop(sections, 'P-1', { sprintId: null, overKey: 'P-4' })).toEqual({
      key: 'P-1',
      place: { before: 'P-4' },
      sprint: { remove: 7 },
    })
  })

  it('shows the move at once', () => {
    const plan = planDrop(sections, 'P-1', { sprintId: null, overKey: 'P-4' })!
    expect(applyDrop(sections, plan, null)).toEqual([
      { sprintId: 7, keys: ['P-2'] },
      { sprintId: null, keys: ['P-3', 'P-1', 'P-4', 'P-5'] },
    ])
  })
})
