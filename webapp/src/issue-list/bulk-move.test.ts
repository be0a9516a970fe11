import { describe, expect, it } from 'vitest'
import type { MovePlan } from '../api/issues'
import { bulkMoveConsequences } from './bulk-move'

const plan = (changes: Partial<MovePlan> = {}): MovePlan => ({
  project: 'OPS',
  moving: ['WEB-1'],
  along: [],
  refused: [],
  subtasks: 0,
  types: [],
  statuses: [],
  dropped: { components: 0, versions: 0, assignees: 0, epics: 0, epicIssues: 0 },
  ...changes,
})

describe('what moving the selected issues changes', () => {
  it('names only what happens: the new keys, and the sprints left while comments and history stay', () => {
    expect(bulkMoveConsequences(plan(), 'WEB')).toEqual([
      '1 issue takes the next key of OPS; its old key and address keep finding it.',
      'What moves leaves any open sprint of WEB’s boards. Comments, files, links, watchers, work logged and history stay.',
    ])
  })

  it('counts the sub-tasks going along, names the selected ones going with their parent and those refused without it', () => {
    const lines = bulkMoveConsequences(
      plan({ moving: ['WEB-1', 'WEB-2'], subtasks: 3, along: [{ key: 'WEB-5', parent: 'WEB-1' }], refused: [{ key: 'WEB-7', detail: '' }, { key: 'WEB-8', detail: '' }] }),
      'WEB',
    )

    expect(lines).toContain('3 sub-tasks move with their parents, each under a new key (WEB-5 among them).')
    expect(lines).toContain('2 selected sub-tasks are not moved without their parents: WEB-7, WEB-8. A sub-task moves only with its parent: select the parent instead.')
  })

  it('says what the old project keeps: components, versions, assignees who cannot follow, epics', () => {
    const lines = bulkMoveConsequences(plan({ dropped: { components: 2, versions: 1, assignees: 1, epics: 3, epicIssues: 4 } }), 'WEB')

    expect(lines).toEqual(expect.arrayContaining([
      'The components of 2 issues belong to WEB and are dropped.',
      'The versions of 1 issue belong to WEB and are dropped.',
      '1 issue is unassigned: the assignee cannot be assigned issues in OPS.',
      '3 issues leave their epics.',
      '4 issues of the epics moved stay in WEB, no longer in an epic.',
    ]))
  })

  it('says nothing would move when only sub-tasks without their parents are selected', () => {
    expect(bulkMoveConsequences(plan({ moving: [], refused: [{ key: 'WEB-7', detail: '' }] }), 'WEB')).toEqual([
      '1 selected sub-task is not moved without its parent: WEB-7. A sub-task moves only with its parent: select the parent instead.',
      'Nothing else is selected, so nothing would move.',
    ])
  })
})
