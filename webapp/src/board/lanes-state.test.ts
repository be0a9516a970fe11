// @vitest-environment node
import { describe, expect, it } from 'vitest'
import type { Lane } from '../api/board-lanes'
import { issueSummary } from '../test-utils'
import { chosenGrouping, inLane, laneCardKeys, laneChange, NO_LANE, rememberGrouping } from './lanes-state'

function memory(): Storage {
  const items = new Map<string, string>()
  return { getItem: (key) => items.get(key) ?? null, setItem: (key, value) => void items.set(key, value) } as Storage
}

describe('chosenGrouping', () => {
  it('takes the URL first, then what was last chosen for the project, else no lanes', () => {
    const storage = memory()
    expect(chosenGrouping(new URLSearchParams(''), 'WEB', storage)).toBe('none')
    rememberGrouping(new URLSearchParams(''), 'WEB', 'epic', storage)
    expect(chosenGrouping(new URLSearchParams(''), 'WEB', storage)).toBe('epic')
    expect(chosenGrouping(new URLSearchParams(''), 'OPS', storage)).toBe('none')
    expect(chosenGrouping(new URLSearchParams('lanes=assignee'), 'WEB', storage)).toBe('assignee')
    expect(chosenGrouping(new URLSearchParams('lanes=nonsense'), 'WEB', storage)).toBe('epic')
  })

  it('writes the choice into the URL, keeping its other parameters, and leaves it out for none', () => {
    const storage = memory()
    expect(rememberGrouping(new URLSearchParams('x=1'), 'WEB', 'assignee', storage).toString()).toBe('x=1&lanes=assignee')
    expect(rememberGrouping(new URLSearchParams('x=1&lanes=epic'), 'WEB', 'none', storage).toString()).toBe('x=1')
    expect(chosenGrouping(new URLSearchParams(''), 'WEB', storage)).toBe('none')
  })
})

describe('laneCardKeys', () => {
  const cell = (status: string, ...keys: string[]) => ({ status, statusCategory: 'new' as const, total: keys.length, items: keys.map((key) => issueSummary(key, status, '2026-01-01T00:00:00Z')) })
  const lanes: Lane[] = [
    { id: 'ann@x', name: 'Ann', total: 3, cells: [cell('To Do', 'WEB-1', 'WEB-2'), cell('Done', 'WEB-3')] },
    { id: 'none', name: 'Unassigned', total: 2, cells: [cell('To Do', 'WEB-4'), cell('Done', 'WEB-5')] },
  ]

  it('walks lane by lane, column by column within a lane, and skips folded lanes', () => {
    expect(laneCardKeys(lanes, new Set())).toEqual(['WEB-1', 'WEB-2', 'WEB-3', 'WEB-4', 'WEB-5'])
    expect(laneCardKeys(lanes, new Set(['ann@x']))).toEqual(['WEB-4', 'WEB-5'])
  })
})

describe('a move into another lane', () => {
  it('sets the assignee or the epic the lane stands for, and clears it for the lane of issues without one', () => {
    expect(laneChange('assignee', 'bo@example.com')).toEqual({ assignee: 'bo@example.com' })
    expect(laneChange('assignee', NO_LANE)).toEqual({ assignee: null })
    expect(laneChange('epic', 'WEB-9')).toEqual({ parent: 'WEB-9' })
    expect(laneChange('epic', NO_LANE)).toEqual({ parent: null })
  })

  it('shows the card with the epic of its new lane at once', () => {
    const card = issueSummary('WEB-1', 'To Do', '2026-01-01T00:00:00Z', { parentKey: 'WEB-8' })
    expect(inLane(card, 'epic', 'WEB-9', []).parentKey).toBe('WEB-9')
    expect(inLane(card, 'epic', NO_LANE, []).parentKey).toBeNull()
  })
})
