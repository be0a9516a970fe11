import { useDndContext } from '@dnd-kit/core'
import { useVirtualizer } from '@tanstack/react-virtual'
import { useCallback, useRef, type ReactNode } from 'react'
import type { Card } from '../api/planning'
import { renderedIndexes } from './card-range'

const CARD_HEIGHT = 92

/** A long column as a scrolling window: only the cards in view are in the page, whatever the column's length. */
export function VirtualCards({ cards, render }: { cards: Card[]; render: (card: Card) => ReactNode }) {
  const scroller = useRef<HTMLDivElement>(null)
  const { active } = useDndContext()
  const dragged = active ? cards.findIndex((card) => card.key === active.id) : -1
  const virtualizer = useVirtualizer({
    count: cards.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => CARD_HEIGHT,
    overscan: 6,
    getItemKey: (index) => cards[index].key,
    rangeExtractor: useCallback((range: Parameters<typeof renderedIndexes>[0]) => renderedIndexes(range, dragged), [dragged]),
    initialRect: { width: 240, height: 600 },
  })
  return (
    <div ref={scroller} className="virtual-cards" data-testid="virtual-cards">
      <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {virtualizer.getVirtualItems().map((item) => (
          <div
            key={item.key}
            data-index={item.index}
            ref={virtualizer.measureElement}
            className="virtual-card"
            style={{ transform: `translateY(${item.start}px)` }}
          >
            {render(cards[item.index])}
          </div>
        ))}
      </div>
    </div>
  )
}
