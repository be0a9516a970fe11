import { defaultRangeExtractor, type Range } from '@tanstack/react-virtual'

/** Columns longer than this render only the cards in view (and a few around them). */
export const VIRTUAL_FROM = 60

/**
 * The card indexes a virtual column renders: those in view, plus the card being dragged, so that dnd-kit keeps its
 * node while the column scrolls under it.
 */
export function renderedIndexes(range: Range, dragged: number): number[] {
  const indexes = defaultRangeExtractor(range)
  if (dragged < 0 || indexes.includes(dragged)) return indexes
  return [...indexes, dragged].sort((a, b) => a - b)
}
