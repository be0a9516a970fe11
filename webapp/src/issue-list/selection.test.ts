import { describe, expect, it } from 'vitest'
import { NO_SELECTION, clickRow, keepShown, toggleAll } from './selection'
import { listJql, quote } from './list-query'

const rows = ['W-1', 'W-2', 'W-3', 'W-4', 'W-5']
const keys = (s: { keys: Set<string> }) => [...s.keys].sort()

describe('row selection', () => {
  it('toggles a row on click and selects the range from the last click on shift-click, either way round', () => {
    const one = clickRow(NO_SELECTION, rows, 'W-2', false)
    expect(keys(one)).toEqual(['W-2'])
    expect(keys(clickRow(one, rows, 'W-4', true))).toEqual(['W-2', 'W-3', 'W-4'])
    const fromBelow = clickRow(NO_SELECTION, rows, 'W-5', false)
    expect(keys(clickRow(fromBelow, rows, 'W-3', true))).toEqual(['W-3', 'W-4', 'W-5'])
    expect(keys(clickRow(one, rows, 'W-2', false))).toEqual([])
  })

  it('treats a shift-click with nothing clicked before as a plain click', () => {
    expect(keys(clickRow(NO_SELECTION, rows, 'W-3', true))).toEqual(['W-3'])
  })

  it('selects all rows, and none once all are selected', () => {
    const all = toggleAll(NO_SELECTION, rows)
    expect(keys(all)).toEqual(rows)
    expect(keys(toggleAll(all, rows))).toEqual([])
    expect(keys(toggleAll(clickRow(NO_SELECTION, rows, 'W-1', false), rows))).toEqual(rows)
  })

  it('drops rows no longer shown', () => {
    expect(keys(keepShown(toggleAll(NO_SELECTION, rows), ['W-2', 'W-9']))).toEqual(['W-2'])
  })
})

describe('listJql', () => {
  it('turns the filters into JQL, newest first unless sorted', () => {
    expect(listJql({ project: 'WEB' })).toBe('project = "WEB" ORDER BY created DESC')
    expect(listJql({ project: 'WEB', status: 'In Progress', assignee: 'me', type: 'Bug', priority: 'High', text: ' disk ', sort: 'priority', direction: 'DESC' })).toBe(
      'project = "WEB" AND status = "In Progress" AND assignee = currentUser() AND issuetype = "Bug" AND priority = "High" AND text ~ "disk*" ORDER BY priority DESC, created DESC',
    )
    expect(listJql({ project: 'WEB', assignee: 'unassigned' })).toContain('assignee is EMPTY')
    expect(listJql({ project: 'WEB', text: 'disk full!' })).toContain('text ~ "disk full!"')
    expect(listJql({ project: 'WEB', assignee: 'ada@example.com' })).toContain('assignee = "ada@example.com"')
  })

  it('escapes quotes and backslashes in typed text', () => {
    expect(quote('say "hi" \\ bye')).toBe('"say \\"hi\\" \\\\ bye"')
  })
})
