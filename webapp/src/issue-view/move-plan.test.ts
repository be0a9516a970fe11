import { describe, expect, it } from 'vitest'
import type { Project, Scheme } from '../api/projects'
import { issueSummary, issueView } from '../test-utils'
import { isSubtask, moveConsequences, moveRequest, moveTargets, neededMappings } from './move-plan'

const types = [
  { id: 1, name: 'Epic', level: 1 },
  { id: 2, name: 'Task', level: 0 },
  { id: 3, name: 'Sub-task', level: -1 },
]

function scheme(key: string, statuses: string[], extraTypes: Scheme['types'] = []): Scheme {
  return {
    project: { id: key.length, key, name: `Project ${key}`, callerRole: 'admin' },
    workflow: { statuses: statuses.map((name, position) => ({ id: position + 1, name, category: 'new', position })), transitions: [] },
    types: [...types, ...extraTypes],
    priorities: [],
    resolutions: [],
    components: [],
    versions: [],
  }
}

const web = scheme('WEB', ['To Do', 'In Review', 'Done'], [{ id: 4, name: 'Spike', level: 0 }, { id: 5, name: 'Check', level: -1 }])
const ops = scheme('OPS', ['Done', 'To Do'])
const ada = { id: 1, email: 'ada@example.com', displayName: 'Ada Lovelace' }

const project = (key: string, role: Project['role']): Project => ({
  id: key.length, key, name: key, description: null, lead: null, aiTrainingEnabled: false, role, createdAt: '', updatedAt: '', version: 1,
})

describe('moving an issue to another project', () => {
  it('offers only the other projects the reader may create issues in', () => {
    const projects = [project('WEB', 'admin'), project('OPS', 'member'), project('DOC', 'viewer'), project('LAB', 'admin')]

    expect(moveTargets(projects, 'WEB').map((p) => p.key)).toEqual(['OPS', 'LAB'])
  })

  it('asks only for the types and statuses the target lacks, types among those of the same level', () => {
    const moving = [
      issueSummary('WEB-1', 'In Review', '', { type: 'Spike' }),
      issueSummary('WEB-2', 'To Do', '', { type: 'Check' }),
      issueSummary('WEB-3', 'in review', '', { type: 'Sub-task' }),
    ]

    const needed = neededMappings(moving, web, ops)

    expect(needed.types).toEqual([{ from: 'Spike', choices: ['Task'] }, { from: 'Check', choices: ['Sub-task'] }])
    expect(needed.statuses).toEqual([{ from: 'In Review', choices: ['Done', 'To Do'] }])
    expect(neededMappings([issueSummary('WEB-4', 'Done', '')], web, ops)).toEqual({ types: [], statuses: [] })
  })

  it('sends a choice for each mapping needed, the first until another is picked, and none when nothing is needed', () => {
    const needed = neededMappings([issueSummary('WEB-1', 'In Review', '', { type: 'Spike' })], web, ops)

    expect(moveRequest('OPS', needed, { 'status:In Review': 'Done' })).toEqual({
      project: 'OPS', types: { Spike: 'Task' }, statuses: { 'In Review': 'Done' },
    })
    expect(moveRequest('OPS', { types: [], statuses: [] }, {})).toEqual({ project: 'OPS' })
  })

  it('says what changes: the new key, the sub-tasks that go along, what is dropped and an assignee who cannot follow', () => {
    const issue = issueView(issueSummary('WEB-1', 'To Do', '', { assignee: ada, parentKey: 'WEB-9' }), {
      components: ['Core'], fixVersions: ['1.0'], affectsVersions: ['0.9', '1.0'], subtaskKeys: ['WEB-2', 'WEB-3'],
    })
    const subtasks = [issueSummary('WEB-2', 'To Do', ''), issueSummary('WEB-3', 'To Do', '')]

    const lines = moveConsequences(issue, subtasks, web, ops, [{ user: ada, role: 'viewer' }])

    expect(lines).toEqual([
      'WEB-1 takes the next key of OPS; links to WEB-1 and its address keep finding it.',
      'Its 2 sub-tasks (WEB-2, WEB-3) move with it, each under a new key.',
      'It leaves its epic WEB-9, which stays in WEB.',
      'Its components (Core) and versions (1.0, 0.9) belong to WEB and are dropped (its sub-tasks’ too).',
      'Ada Lovelace cannot be assigned issues in OPS and is unassigned.',
      'It leaves any open sprint of WEB’s boards. Comments, files, links, watchers, work logged and history stay.',
    ])
  })

  it('keeps an assignee who is a member there, and tells that an epic’s issues stay behind', () => {
    const epic = issueView(issueSummary('WEB-5', 'To Do', '', { type: 'Epic', assignee: ada }))
    const inIt = [issueSummary('WEB-6', 'To Do', ''), issueSummary('WEB-7', 'Done', '')]

    const lines = moveConsequences(epic, inIt, web, ops, [{ user: ada, role: 'member' }])

    expect(lines).toContain('Its 2 issues stay in WEB and are no longer in the epic.')
    expect(lines.join(' ')).not.toContain('Ada Lovelace')
    expect(lines.join(' ')).not.toContain('sub-task')
  })

  it('words one sub-task or one issue of an epic in the singular', () => {
    const task = issueView(issueSummary('WEB-1', 'To Do', ''), { subtaskKeys: ['WEB-2'] })
    const epic = issueView(issueSummary('WEB-5', 'To Do', '', { type: 'Epic' }))
    const one = [issueSummary('WEB-2', 'To Do', '')]

    expect(moveConsequences(task, one, web, ops)).toContain('Its 1 sub-task (WEB-2) moves with it under a new key.')
    expect(moveConsequences(epic, one, web, ops)).toContain('Its 1 issue stays in WEB and is no longer in the epic.')
  })

  it('knows a sub-task, which moves only with its parent', () => {
    expect(isSubtask(issueSummary('WEB-2', 'To Do', '', { type: 'Check' }), web)).toBe(true)
    expect(isSubtask(issueSummary('WEB-1', 'To Do', '', { type: 'Spike' }), web)).toBe(false)
  })
})
