import { useDndContext } from '@dnd-kit/core'
import { useVirtualizer, type Rect } from '@tanstack/react-virtual'
import { useCallback, useRef } from 'react'
import { renderedIndexes } from './card-range'

interface Sizes {
  /** A card's (or row's) height before it is measured. */
  estimate: number
  /** How many beyond each edge of the view are rendered too. */
  overscan: number
  /** The scrolling list's size before it is laid out. */
  initialRect: Rect
  /**
   * False while the list's size is to be taken from `initialRect` rather than read from the page: reading it inside a
   * render's commit forces the browser to lay the page out there and then (a board's first frame waits for that).
   */
  laidOut?: boolean
}

/**
 * The window over a long list of cards (board columns, swimlane cells, backlog sections): a virtualizer scrolling the
 * element given `scroller`, keeping the dragged card and the `j`/`k` selection rendered wherever the list is scrolled.
 */
export function useCardWindow<T extends { key: string }>(cards: T[], selected: string | undefined, sizes: Sizes) {
  const scroller = useRef<HTMLDivElement>(null)
  const { active } = useDndContext()
  const dragged = active ? cards.findIndex((card) => card.key === active.id) : -1
  const chosen = selected === undefined ? -1 : cards.findIndex((card) => card.key === selected)
  const virtualizer = useVirtualizer({
    count: cards.length,
    getScrollElement: () => (sizes.laidOut === false ? null : scroller.current),
    estimateSize: () => sizes.estimate,
    overscan: sizes.overscan,
    getItemKey: (index) => cards[index].key,
    rangeExtractor: useCallback((range: Parameters<typeof renderedIndexes>[0]) => renderedIndexes(range, [dragged, chosen]), [dragged, chosen]),
    initialRect: sizes.initialRect,
  })
  return { scroller, virtualizer }
}
