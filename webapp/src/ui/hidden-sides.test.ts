import { describe, expect, it } from 'vitest'
import { hiddenSides } from './hidden-sides'

describe('a sideways scroller', () => {
  it('shows more to the right while the columns run past the window', () => {
    expect(hiddenSides({ scrollLeft: 0, scrollWidth: 1200, clientWidth: 1000 })).toEqual({ left: false, right: true })
  })

  it('shows more to the left once scrolled, and nothing more to the right at the end', () => {
    expect(hiddenSides({ scrollLeft: 200, scrollWidth: 1200, clientWidth: 1000 })).toEqual({ left: true, right: false })
  })

  it('shows no cue when everything fits, a pixel of rounding aside', () => {
    expect(hiddenSides({ scrollLeft: 0, scrollWidth: 1001, clientWidth: 1000 })).toEqual({ left: false, right: false })
  })
})
