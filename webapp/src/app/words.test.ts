import { describe, expect, it } from 'vitest'
import { dayText } from './calendar-day'
import { plural, sentence } from './words'

describe('words', () => {
  it('writes a count with its noun, singular only for exactly one', () => {
    expect(plural(1, 'issue')).toBe('1 issue')
    expect(plural(0, 'issue')).toBe('0 issues')
    expect(plural(1733, 'issue')).toBe('1,733 issues')
    expect(plural(2.5, 'story point')).toBe('2.5 story points')
  })

  it('turns a server message into a sentence', () => {
    expect(sentence('must be 0 or more')).toBe('Must be 0 or more.')
    expect(sentence('Done!')).toBe('Done!')
  })

  it('writes a day short and readable, with its year when asked', () => {
    expect(dayText('2020-04-01', true, 'en-GB')).toBe('1 Apr 2020')
    expect(dayText('2026-11-27', false, 'en-GB')).toBe('27 Nov')
  })
})
