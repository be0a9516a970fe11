// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { parseOrderBy, primarySort, sortBy } from './order-by'

const aliases = { type: 'issuetype', issuekey: 'key', updateddate: 'updated' }

describe('sortBy', () => {
  it('adds an ORDER BY clause to a query without one', () => {
    expect(sortBy('project = WEB AND status = Done', 'updated', 'DESC')).toBe('project = WEB AND status = Done ORDER BY updated DESC')
  })

  it('makes an ORDER BY query of an empty one', () => {
    expect(sortBy('', 'key', 'ASC')).toBe('ORDER BY key ASC')
    expect(sortBy('  ', 'key', 'ASC')).toBe('ORDER BY key ASC')
  })

  it('flips the direction when the field is already sorted first, keeping the tie-breakers', () => {
    expect(sortBy('project = WEB ORDER BY key ASC, created DESC', 'key', 'DESC')).toBe('project = WEB ORDER BY key DESC, created DESC')
    expect(sortBy('project = WEB order by KEY desc', 'key', 'DESC')).toBe('project = WEB ORDER BY KEY ASC')
  })

  it('treats a key without direction as ascending', () => {
    expect(sortBy('project = WEB ORDER BY priority', 'priority', 'ASC')).toBe('project = WEB ORDER BY priority DESC')
  })

  it('puts another field first and keeps the earlier keys behind it without repeating the field', () => {
    expect(sortBy('status = Done ORDER BY priority DESC, updated ASC', 'updated', 'DESC')).toBe(
      'status = Done ORDER BY updated DESC, priority DESC',
    )
  })

  it('recognises a field under one of its aliases', () => {
    expect(sortBy('project = WEB ORDER BY type ASC', 'issuetype', 'ASC', aliases)).toBe('project = WEB ORDER BY type DESC')
    expect(sortBy('ORDER BY created DESC, updatedDate ASC', 'updated', 'DESC', aliases)).toBe('ORDER BY updated DESC, created DESC')
  })

  it('ignores ORDER BY inside quoted values and groups', () => {
    const jql = 'summary ~ "order by key" AND (labels = x) '
    expect(sortBy(jql, 'key', 'ASC')).toBe('summary ~ "order by key" AND (labels = x) ORDER BY key ASC')
    expect(sortBy("summary ~ 'it\\'s order by' ORDER BY key", 'key', 'ASC')).toBe("summary ~ 'it\\'s order by' ORDER BY key DESC")
  })

  it('keeps quoted fields and a query spread over lines', () => {
    expect(sortBy('project = WEB\nORDER BY\n  "Story Points" DESC', 'key', 'ASC')).toBe('project = WEB ORDER BY key ASC, "Story Points" DESC')
  })
})

describe('primarySort', () => {
  it('names the first sort key in canonical form, ascending when unsaid', () => {
    expect(primarySort('project = WEB ORDER BY Type, key DESC', aliases)).toEqual({ field: 'issuetype', direction: 'ASC' })
    expect(primarySort('ORDER BY "Story Points" desc')).toEqual({ field: 'story points', direction: 'DESC' })
  })

  it('is null without ORDER BY', () => {
    expect(primarySort('project = WEB')).toBeNull()
    expect(parseOrderBy('project = WEB ')).toEqual({ where: 'project = WEB', keys: [] })
  })
})
