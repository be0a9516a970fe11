// @vitest-environment node
import { describe, expect, it } from 'vitest'
import type { Suggestions } from '../api/jql'
import { applySuggestion, beforeLastClause, errorRange, narrowSuggestions, offsetOf } from './jql-text'

describe('applySuggestion', () => {
  it('replaces the word under the caret and puts the caret after a new space', () => {
    expect(applySuggestion('proj', 0, 4, 'project')).toEqual({ jql: 'project ', caret: 8 })
  })

  it('inserts at the caret when the range is empty', () => {
    expect(applySuggestion('project ', 8, 8, '=')).toEqual({ jql: 'project = ', caret: 10 })
  })

  it('keeps what follows the range and steps over the space already there', () => {
    expect(applySuggestion('stat = Done', 0, 4, 'status')).toEqual({ jql: 'status = Done', caret: 7 })
    expect(applySuggestion('project = WEB AND sta = Done', 18, 21, 'status')).toEqual({ jql: 'project = WEB AND status = Done', caret: 25 })
  })

  it('adds no space before a closing parenthesis or a comma', () => {
    expect(applySuggestion('status in (Open, Do)', 17, 19, 'Done')).toEqual({ jql: 'status in (Open, Done)', caret: 21 })
    expect(applySuggestion('status in (Op, Done)', 11, 13, '"In Progress"')).toEqual({ jql: 'status in ("In Progress", Done)', caret: 24 })
  })

  it('leaves the caret inside an opened group', () => {
    expect(applySuggestion('', 0, 0, '(')).toEqual({ jql: '(', caret: 1 })
  })

  it('puts the caret between the quotes of a function that wants an argument', () => {
    expect(applySuggestion('assignee in mem', 12, 15, 'membersOf("")')).toEqual({ jql: 'assignee in membersOf("")', caret: 23 })
    expect(applySuggestion('assignee = cur', 11, 14, 'currentUser()')).toEqual({ jql: 'assignee = currentUser() ', caret: 25 })
  })

  it('keeps values that come quoted as they are', () => {
    expect(applySuggestion('assignee = ada', 11, 14, '"Ada Lovelace"')).toEqual({ jql: 'assignee = "Ada Lovelace" ', caret: 26 })
  })

  it('clamps a range that runs past the text', () => {
    expect(applySuggestion('ord', 0, 9, 'ORDER BY')).toEqual({ jql: 'ORDER BY ', caret: 9 })
  })
})

describe('errorRange', () => {
  it('marks the word the message points at', () => {
    expect(errorRange('status = Doen', { message: '', line: 1, character: 10 })).toEqual([9, 13])
  })

  it('marks a whole quoted string, even an unfinished one', () => {
    expect(errorRange('summary ~ "disk full" AND x', { message: '', line: 1, character: 11 })).toEqual([10, 21])
    expect(errorRange('summary ~ "disk', { message: '', line: 1, character: 11 })).toEqual([10, 15])
  })

  it('counts lines and characters from one', () => {
    const jql = 'project = WEB\nAND foo = 1'
    expect(offsetOf(jql, 2, 5)).toBe(18)
    expect(errorRange(jql, { message: '', line: 2, character: 5 })).toEqual([18, 21])
  })

  it('is empty at the end of the query and absent without a position', () => {
    expect(errorRange('status =', { message: '', line: 1, character: 9 })).toEqual([8, 8])
    expect(errorRange('status =', { message: 'broken' })).toBeNull()
  })
})

describe('narrowSuggestions', () => {
  const answer: Suggestions = {
    replaceFrom: 0,
    replaceTo: 2,
    suggestions: [
      { value: 'status', display: 'status', kind: 'field' },
      { value: 'statusCategory', display: 'statusCategory', kind: 'field' },
      { value: 'summary', display: 'summary', kind: 'field' },
    ],
  }
  const earlier = { jql: 'st', answer }
  const values = (narrowed: Suggestions | undefined) => narrowed?.suggestions.map((suggestion) => suggestion.value)

  it('keeps the suggestions that still start with the word being typed, ignoring case', () => {
    expect(values(narrowSuggestions(earlier, 'sta', 3))).toEqual(['status', 'statusCategory'])
    expect(values(narrowSuggestions(earlier, 'STATUSC', 7))).toEqual(['statusCategory'])
  })

  it('matches as the server does: a quoted value without its quote, or any word of what is shown', () => {
    const people: Suggestions = {
      replaceFrom: 11,
      replaceTo: 11,
      suggestions: [
        { value: 'ada@example.com', display: 'Ada Lovelace (ada@example.com)', kind: 'value' },
        { value: '"In Progress"', display: 'In Progress', kind: 'value' },
      ],
    }
    expect(values(narrowSuggestions({ jql: 'assignee = ', answer: people }, 'assignee = love', 15))).toEqual(['ada@example.com'])
    expect(values(narrowSuggestions({ jql: 'assignee = ', answer: people }, 'assignee = "in', 14))).toEqual(['"In Progress"'])
    expect(values(narrowSuggestions({ jql: 'assignee = ', answer: people }, 'assignee = In', 13))).toEqual(['"In Progress"'])
  })

  it('replaces the whole word under the caret in the text as it is now', () => {
    expect(narrowSuggestions(earlier, 'sta = Done', 3)).toMatchObject({ replaceFrom: 0, replaceTo: 3 })
    expect(narrowSuggestions(earlier, 'stat', 3)).toMatchObject({ replaceFrom: 0, replaceTo: 4 })
  })

  it('gives up once the word is finished, the text before it changed, or nothing fits', () => {
    expect(narrowSuggestions(earlier, 'status ', 7)).toBeUndefined()
    expect(narrowSuggestions({ jql: 'x = 1 AND st', answer: { ...answer, replaceFrom: 10 } }, 'y = 1 AND sta', 13)).toBeUndefined()
    expect(narrowSuggestions(earlier, 'stx', 3)).toBeUndefined()
    expect(narrowSuggestions({ jql: 'x = 1 AND st', answer: { ...answer, replaceFrom: 10 } }, 'x = 1 AND', 9)).toBeUndefined()
  })
})

describe('beforeLastClause', () => {
  it('keeps the clauses before the last one', () => {
    expect(beforeLastClause('foo = 1 AND status =')).toEqual({ text: 'foo = 1', end: 7 })
    expect(beforeLastClause('foo = 1 and bar = 2 || sta')).toEqual({ text: 'foo = 1 and bar = 2', end: 19 })
    expect(beforeLastClause('foo = 1 ORDER BY')).toEqual({ text: 'foo = 1', end: 7 })
  })

  it('closes the parentheses the cut leaves open', () => {
    expect(beforeLastClause('(foo = 1 AND (bar = 2 OR sta')).toEqual({ text: '(foo = 1 AND (bar = 2))', end: 21 })
  })

  it('skips AND and OR inside quotes and words that only begin with them', () => {
    expect(beforeLastClause('summary ~ "this and that" AND sta')).toEqual({ text: 'summary ~ "this and that"', end: 25 })
    expect(beforeLastClause('summary ~ "this and that')).toBeNull()
    expect(beforeLastClause('foo = 1 AND organisation = x')).toEqual({ text: 'foo = 1', end: 7 })
    expect(beforeLastClause('origin = 1')).toBeNull()
  })

  it('has nothing to keep in a single clause', () => {
    expect(beforeLastClause('status = Op')).toBeNull()
    expect(beforeLastClause('AND status')).toBeNull()
  })
})
