import { describe, expect, it } from 'vitest'
import { keyProblem, suggestKey } from './project-key'

describe('suggestKey', () => {
  it('takes the initials of a name of several words, upper case', () => {
    expect(suggestKey('Web Relaunch')).toBe('WR')
    expect(suggestKey('mobile app for the field team')).toBe('MAFTFT')
  })

  it('takes the first four letters of a one-word name', () => {
    expect(suggestKey('Marketing')).toBe('MARK')
    expect(suggestKey('Ops')).toBe('OPS')
  })

  it('leaves out accents, punctuation and leading digits', () => {
    expect(suggestKey('Café – Relaunch!')).toBe('CR')
    expect(suggestKey('2026 roadmap')).toBe('ROAD')
    expect(suggestKey('  ')).toBe('')
  })
})

describe('keyProblem', () => {
  it('accepts a key the server accepts and explains the others', () => {
    expect(keyProblem('WEB', ['HADOOP'])).toBeUndefined()
    expect(keyProblem('', [])).toBe('Give the project a key, like WEB')
    expect(keyProblem('W', [])).toMatch(/2 to 10 upper-case letters/)
    expect(keyProblem('1WEB', [])).toMatch(/starting with a letter/)
    expect(keyProblem('HADOOP', ['HADOOP'])).toBe('HADOOP is the key of another project')
  })
})
