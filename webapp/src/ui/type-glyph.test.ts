import { describe, expect, it } from 'vitest'
import { typeGlyph } from './type-glyph'

describe('an issue type mark', () => {
  it('tells a story from a sub-task', () => {
    expect(typeGlyph('Story').mark).not.toBe(typeGlyph('Sub-task').mark)
    expect(typeGlyph('Story').color).not.toBe(typeGlyph('Sub-task').color)
  })

  it('gives every default type a mark of its own', () => {
    const marks = ['Bug', 'Epic', 'Story', 'Task', 'Sub-task'].map((type) => typeGlyph(type).mark)
    expect(new Set(marks).size).toBe(marks.length)
  })

  it("shows a project's own type by its first letter", () => {
    expect(typeGlyph('initiative')).toEqual({ mark: 'I', color: 'var(--text-3)' })
  })
})
