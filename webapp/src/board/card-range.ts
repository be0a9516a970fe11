import { defaultRangeExtractor, type Range } from '@tanstack/react-virtual'

/** Columns longer than this (about two screens of cards) render only the cards in view, and a few around them. */
export const VIRTUAL_FROM = 20

/**
 * The card indexes a virtual column renders: those in view, plus the ones that must keep their node wherever the
 * column is scrolled (the card being dragged, for dnd-kit; the card `j`/`k` selected, so it can take the focus and be
 * scrolled to). Negative indexes (no such card here) are ignored.
 */
export function renderedIndexes(range: Range, kept: number[]): number[] {
  const indexes = defaultRangeExtractor(range)
  const extra = kept.filter((index, at) => index >= 0 && index < range.count && !indexes.includes(index) && kept.indexOf(index) === at)
  return extra.length ? [...indexes, ...extra].sort((a, b) => a - b) : indexes
}
