import { describe, expect, it } from 'vitest'
import { dayText } from './calendar-day'
import { fieldSentence, plural, sentence } from './words'

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

  it('names a field in a message that needs a subject: in the form’s words, else in words from the server’s name', () => {
    expect(fieldSentence('min', 'must not be above the maximum (2)', { min: 'the minimum' })).toBe('The minimum must not be above the maximum (2).')
    expect(fieldSentence('hideDoneAfterDays', 'must be 1 to 365 days (got 400)')).toBe('Hide done after days must be 1 to 365 days (got 400).')
    expect(fieldSentence('columns[0].max', 'must be from 1')).toBe('Max must be from 1.')
  })

  it('keeps a field message that says its own subject, and its own punctuation', () => {
    expect(fieldSentence('statuses', "status 'Done' is listed twice")).toBe("Status 'Done' is listed twice.")
    expect(fieldSentence('name', 'Choose another name or revoke that one.', { name: 'the name' })).toBe('Choose another name or revoke that one.')
  })

  it('writes a day short and readable, with its year when asked', () => {
    expect(dayText('2020-04-01', true, 'en-GB')).toBe('1 Apr 2020')
    expect(dayText('2026-11-27', false, 'en-GB')).toBe('27 Nov')
  })
})
