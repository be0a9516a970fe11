import { describe, expect, it } from 'vitest'
import type { Scheme } from '../api/projects'
import { addStatus, addTransition, definitionOf, draftOf, draftProblems, draftWarnings, moveIssuesTo, moveStatus, removeStatus, removeTransition, renameStatus } from './workflow-draft'

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

const keyOf = (draft: ReturnType<typeof draftOf>, name: string) => draft.statuses.find((status) => status.name === name)!.key

describe('workflow drafts', () => {
  it('is sent as statuses with their ids and transitions by name, a global transition without from', () => {
    expect(definitionOf(draftOf(scheme))).toEqual({
      statuses: [
        { id: 1, name: 'To Do', category: 'new' },
        { id: 2, name: 'Doing', category: 'indeterminate' },
        { id: 3, name: 'Done', category: 'done' },
      ],
      transitions: [
        { name: 'Start', from: 'To Do', to: 'Doing' },
        { name: 'Finish', to: 'Done' },
      ],
    })
  })

  it('renames a status with its id kept, its transitions following, and removes its transitions with it', () => {
    const draft = draftOf(scheme)
    const renamed = renameStatus(draft, keyOf(draft, 'Doing'), 'In Progress')
    expect(definitionOf(renamed).statuses[1]).toEqual({ id: 2, name: 'In Progress', category: 'indeterminate' })
    expect(definitionOf(renamed).transitions[0]).toEqual({ name: 'Start', from: 'To Do', to: 'In Progress' })
    const removed = removeStatus(renamed, keyOf(draft, 'Doing'))
    expect(removed.statuses.map((s) => s.name)).toEqual(['To Do', 'Done'])
    expect(removed.transitions.map((t) => t.name)).toEqual(['Finish'])
  })

  it('renames only the status typed in, even while its name passes through another status’s name', () => {
    const draft = draftOf(scheme)
    const typing = renameStatus(draft, keyOf(draft, 'Doing'), 'Done')
    const typed = renameStatus(typing, keyOf(draft, 'Doing'), 'Done soon')

    expect(definitionOf(typed).statuses.map((s) => s.name)).toEqual(['To Do', 'Done soon', 'Done'])
    expect(definitionOf(typed).transitions).toEqual([
      { name: 'Start', from: 'To Do', to: 'Done soon' },
      { name: 'Finish', to: 'Done' },
    ])
  })

  it('moves statuses within the board order and not past its ends', () => {
    const draft = draftOf(scheme)
    expect(moveStatus(draft, keyOf(draft, 'Done'), -1).statuses.map((s) => s.name)).toEqual(['To Do', 'Done', 'Doing'])
    expect(moveStatus(draft, keyOf(draft, 'To Do'), -1)).toBe(draft)
  })

  it('adds statuses (without an id) reachable from any status, and transitions, from any status when none is chosen', () => {
    const withStatus = addStatus(draftOf(scheme), ' Blocked ', 'indeterminate')
    expect(definitionOf(withStatus).transitions.at(-1)).toEqual({ name: 'Blocked', to: 'Blocked' })
    const draft = addTransition(withStatus, { name: 'Unblock', from: keyOf(withStatus, 'Blocked'), to: keyOf(withStatus, 'Doing') })
    expect(definitionOf(draft).statuses.map((status) => status.name)).toEqual(['To Do', 'Doing', 'Blocked', 'Done'])
    expect(definitionOf(draft).statuses[2]).toEqual({ name: 'Blocked', category: 'indeterminate' })
    expect(definitionOf(addStatus(draft, 'Won’t do', 'done')).statuses.at(-1)).toEqual({ name: 'Won’t do', category: 'done' })
    expect(definitionOf(draft).transitions.at(-1)).toEqual({ name: 'Unblock', from: 'Blocked', to: 'Doing' })
    expect(removeTransition(draft, 0).transitions.map((t) => t.name)).toEqual(['Finish', 'Blocked', 'Unblock'])
  })

  it('warns of a status issues could not leave and of one no transition leads to, done statuses aside', () => {
    expect(draftWarnings(draftOf(scheme))).toEqual([])
    const added = addStatus(draftOf(scheme), 'QA', 'indeterminate')
    expect(draftWarnings(removeTransition(added, 2))).toEqual(['No transition leads to “QA”: issues can only arrive there when created.'])
    const onlyToQa = removeTransition(removeTransition(added, 0), 0)
    expect(draftWarnings(onlyToQa)).toEqual([
      'No transition leads to “Doing”: issues can only arrive there when created.',
      'Issues in “QA” could not move anywhere: add a transition from it.',
      'No transition leads to “Done”: issues can only arrive there when created.',
    ])
  })

  it('points out duplicate and empty names before saving', () => {
    expect(draftProblems(draftOf(scheme))).toEqual([])
    expect(draftProblems(addStatus(draftOf(scheme), 'done', 'done'))).toEqual(['Status “done” is listed twice'])
    expect(draftProblems({ statuses: [], transitions: [], removed: [] })).toEqual(['A workflow needs at least one status'])
  })

  it('sends where the issues of a removed saved status go: first to a status of its category, then where chosen', () => {
    const draft = addStatus(draftOf(scheme), 'Review', 'indeterminate')
    const renamed = renameStatus(draft, keyOf(draft, 'Doing'), 'Working')
    const removed = removeStatus(renamed, keyOf(draft, 'Doing'))
    expect(definitionOf(removed).moveIssues).toEqual({ Doing: 'Review' })
    expect(definitionOf(moveIssuesTo(removed, keyOf(draft, 'Doing'), keyOf(draft, 'Done'))).moveIssues).toEqual({ Doing: 'Done' })
  })

  it('moves issues meant for a status that is removed in turn, and sends nothing for a status never saved', () => {
    const draft = addStatus(draftOf(scheme), 'Review', 'indeterminate')
    const twice = removeStatus(removeStatus(draft, keyOf(draft, 'Doing')), keyOf(draft, 'Review'))
    expect(definitionOf(twice).moveIssues).toEqual({ Doing: 'To Do' })
    expect(definitionOf(draftOf(scheme))).not.toHaveProperty('moveIssues')
  })
})
