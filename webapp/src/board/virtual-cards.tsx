import { useDndContext } from '@dnd-kit/core'
import { useVirtualizer } from '@tanstack/react-virtual'
import { Fragment, useCallback, useRef, type ReactNode } from 'react'
import { useAfterPaint } from '../app/use-after-paint'
import { renderedIndexes, VIRTUAL_FROM } from './card-range'

const CARD_HEIGHT = 92
/** Cards drawn beyond each edge of a long column's window, once its first frame is painted. */
export const OVERSCAN = 2

interface Props<T> {
  cards: T[]
  render: (card: T) => ReactNode
  /** The scrolling list's class (the project board's column, the configured board's cell). */
  className: string
  /** The card `j`/`k` selected, if any: it stays rendered, so it can take the focus and be scrolled to. */
  selected?: string
  /** Drawn after the cards, inside the scrolling list (e.g. "Show more"). */
  children?: ReactNode
}

/**
 * The cards of a board column (or swimlane cell), for both boards. A long one is a scrolling window: only the cards in
 * view are in the page, whatever the column's length; a short one is drawn in full.
 */
export function VirtualCards<T extends { key: string }>(props: Props<T>) {
  if (props.cards.length > VIRTUAL_FROM) return <CardWindow {...props} />
  return (
    <div className={props.className}>
      {props.cards.map((card) => (
        <Fragment key={card.key}>{props.render(card)}</Fragment>
      ))}
      {props.children}
    </div>
  )
}

function CardWindow<T extends { key: string }>({ cards, render, className, selected, children }: Props<T>) {
  const scroller = useRef<HTMLDivElement>(null)
  const { active } = useDndContext()
  const dragged = active ? cards.findIndex((card) => card.key === active.id) : -1
  const chosen = selected === undefined ? -1 : cards.findIndex((card) => card.key === selected)
  // A board's first frame draws only the cards in view; the few around them follow once it is painted.
  const painted = useAfterPaint()
  const virtualizer = useVirtualizer({
    count: cards.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => CARD_HEIGHT,
    // Two cards beyond each edge once the column is on screen: enough for a wheel's step.
    overscan: painted ? OVERSCAN : 0,
    getItemKey: (index) => cards[index].key,
    rangeExtractor: useCallback((range: Parameters<typeof renderedIndexes>[0]) => renderedIndexes(range, [dragged, chosen]), [dragged, chosen]),
    initialRect: { width: 280, height: 800 },
  })
  return (
    <div ref={scroller} className={`${className} virtual-cards`} data-testid="virtual-cards">
      <div className="virtual-cards-track" style={{ height: virtualizer.getTotalSize() }}>
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
      {children}
    </div>
  )
}
