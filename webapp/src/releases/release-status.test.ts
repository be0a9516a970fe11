import { describe, expect, it } from 'vitest'
import type { Version } from '../api/projects'
import type { VersionProgress } from '../api/releases'
import { isOverdue, moveTargets, progressParts, replacements, SHOWN_AT_FIRST, shownVersions, statusLabel, versionJql } from './release-status'

const version = (id: number, name: string, extra: Partial<Version> = {}): Version => ({ id, name, released: false, archived: false, ...extra })
const row = (v: Version): VersionProgress => ({ version: v, toDo: 0, inProgress: 0, done: 0, unresolved: 0, affected: 0 })

describe('a version’s status', () => {
  it('is archived whether released or not, else released or unreleased', () => {
    expect(statusLabel(version(1, '1.0', { released: true, archived: true }))).toBe('Archived')
    expect(statusLabel(version(2, '2.0', { released: true }))).toBe('Released')
    expect(statusLabel(version(3, '3.0'))).toBe('Unreleased')
  })

  it('is overdue only while unreleased past its release day', () => {
    const today = '2026-11-27'
    expect(isOverdue(version(1, '1.0', { releaseDate: '2026-11-26' }), today)).toBe(true)
    expect(isOverdue(version(1, '1.0', { releaseDate: '2026-11-27' }), today)).toBe(false)
    expect(isOverdue(version(1, '1.0', { releaseDate: '2026-11-26', released: true }), today)).toBe(false)
    expect(isOverdue(version(1, '1.0', { releaseDate: '2026-11-26', archived: true }), today)).toBe(false)
    expect(isOverdue(version(1, '1.0'), today)).toBe(false)
  })

  it('leaves archived versions off the list at first', () => {
    const rows = [row(version(1, '1.0', { released: true, archived: true })), row(version(2, '2.0', { released: true })), row(version(3, '3.0'))]
    expect(shownVersions(rows, SHOWN_AT_FIRST).map((r) => r.version.name)).toEqual(['2.0', '3.0'])
    expect(shownVersions(rows, ['archived']).map((r) => r.version.name)).toEqual(['1.0'])
  })
})

describe('where issues can go', () => {
  const all = [version(1, '1.0'), version(2, '2.0', { released: true }), version(3, '3.0'), version(4, '4.0', { archived: true })]

  it('moves a release’s unresolved issues only to another unreleased version', () => {
    expect(moveTargets(all, all[0]).map((v) => v.name)).toEqual(['3.0'])
  })

  it('moves a deleted version’s issues to any other version not archived', () => {
    expect(replacements(all, all[0]).map((v) => v.name)).toEqual(['2.0', '3.0'])
  })
})

describe('a version’s progress', () => {
  it('splits the bar into parts that add up to the whole, with the counts in words', () => {
    const parts = progressParts({ done: 1, inProgress: 1, toDo: 1 })
    expect(parts.done + parts.inProgress + parts.toDo).toBe(100)
    expect(parts.done).toBe(33)
    expect(parts.text).toBe('3 issues: 1 done, 1 in progress, 1 to do')
  })

  it('has an empty bar without issues', () => {
    expect(progressParts({ done: 0, inProgress: 0, toDo: 0 })).toMatchObject({ done: 0, inProgress: 0, toDo: 0, text: 'No issues' })
  })
})

describe('a version’s issues', () => {
  it('are found by fix version, with quotes in the name escaped', () => {
    expect(versionJql('WEB', '2.1 "beta"')).toBe('project = "WEB" AND fixVersion = "2.1 \\"beta\\"" ORDER BY issuetype ASC, key ASC')
  })
})
