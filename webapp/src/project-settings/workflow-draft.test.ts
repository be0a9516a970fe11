import { describe, expect, it } from 'vitest'
import type { Scheme } from '../api/projects'
import { addStatus, addTransition, draftOf, draftProblems, moveStatus, removeStatus, renameStatus, removeTransition } from './workflow-draft'

const scheme = {
  workflow: {
    statuses: [
      { id: 1, name: 'To Do', category: 'new', position: 0 },
      { id: 2, name: 'Doing', category: 'indeterminate', position: 1 },
      { id: 3, name: 'Done', category: 'done', position: 2 },
    ],
    transitions: [
      { id: 10, name: 'Start', fromStatusId: 1, toStatusId: 2 },
      { id: 11, name: 'Finish', fromStatusId: null, toStatusId: 3 },
    ],
  },
} as Scheme

describe('workflow drafts', () => {
  it('reads the scheme as statuses and transitions by name, a global transition without from', () => {
    expect(draftOf(scheme).transitions).toEqual([
      { name: 'Start', from: 'To Do', to: 'Doing' },
      { name: 'Finish', from: undefined, to: 'Done' },
    ])
  })

  it('renames a status in the transitions too, and removes its transitions with it', () => {
    const renamed = renameStatus(draftOf(scheme), 'Doing', 'In Progress')
    expect(renamed.transitions[0]).toEqual({ name: 'Start', from: 'To Do', to: 'In Progress' })
    const removed = removeStatus(renamed, 'in progress')
    expect(removed.statuses.map((s) => s.name)).toEqual(['To Do', 'Done'])
    expect(removed.transitions.map((t) => t.name)).toEqual(['Finish'])
  })

  it('moves statuses within the board order and not past its ends', () => {
    const draft = draftOf(scheme)
    expect(moveStatus(draft, 'Done', -1).statuses.map((s) => s.name)).toEqual(['To Do', 'Done', 'Doing'])
    expect(moveStatus(draft, 'To Do', -1)).toBe(draft)
  })

  it('adds statuses and transitions, from any status when none is chosen, and removes a transition', () => {
    const draft = addTransition(addStatus(draftOf(scheme), ' Blocked ', 'indeterminate'), { name: 'Block', from: '', to: 'Blocked' })
    expect(draft.statuses.at(-1)).toEqual({ name: 'Blocked', category: 'indeterminate' })
    expect(draft.transitions.at(-1)).toEqual({ name: 'Block', from: undefined, to: 'Blocked' })
    expect(removeTransition(draft, 0).transitions.map((t) => t.name)).toEqual(['Finish', 'Block'])
  })

  it('points out duplicate and empty names before saving', () => {
    expect(draftProblems(draftOf(scheme))).toEqual([])
    expect(draftProblems(addStatus(draftOf(scheme), 'done', 'done'))).toEqual(['Status “done” is listed twice'])
    expect(draftProblems({ statuses: [], transitions: [] })).toEqual(['A workflow needs at least one status'])
  })
})
