import { describe, expect, it } from 'vitest'
import { dueWords } from './calendar-day'

describe('dueWords', () => {
  it('says an unresolved issue is overdue after its due day and due today on it', () => {
    expect(dueWords('2026-11-26', false, '2026-11-27')).toBe('Overdue')
    expect(dueWords('2026-11-27', false, '2026-11-27')).toBe('Due today')
    expect(dueWords('2026-11-28', false, '2026-11-27')).toBeUndefined()
  })

  it('says nothing of a resolved issue or one without a due day', () => {
    expect(dueWords('2026-01-01', true, '2026-11-27')).toBeUndefined()
    expect(dueWords(null, false, '2026-11-27')).toBeUndefined()
  })
})
