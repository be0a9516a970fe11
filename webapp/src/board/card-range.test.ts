import { describe, expect, it } from 'vitest'
import { renderedIndexes } from './card-range'

const range = { startIndex: 100, endIndex: 104, overscan: 2, count: 10_000 }

describe('renderedIndexes', () => {
  it('renders the cards in view and the overscan around them', () => {
    expect(renderedIndexes(range, [])).toEqual([98, 99, 100, 101, 102, 103, 104, 105, 106])
    expect(renderedIndexes(range, [-1, -1])).toEqual([98, 99, 100, 101, 102, 103, 104, 105, 106])
  })

  it('keeps the dragged card rendered after it scrolled out of view', () => {
    expect(renderedIndexes(range, [3])).toEqual([3, 98, 99, 100, 101, 102, 103, 104, 105, 106])
    expect(renderedIndexes(range, [9_000])).toContain(9_000)
    expect(renderedIndexes(range, [101])).toHaveLength(9)
  })

  it('keeps the selected card rendered beside the dragged one, each once, and never one past the end', () => {
    expect(renderedIndexes(range, [3, 9_000])).toEqual([3, 98, 99, 100, 101, 102, 103, 104, 105, 106, 9_000])
    expect(renderedIndexes(range, [7, 7])).toEqual([7, 98, 99, 100, 101, 102, 103, 104, 105, 106])
    expect(renderedIndexes(range, [10_000])).toHaveLength(9)
  })
})
