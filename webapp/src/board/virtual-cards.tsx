import { Fragment, type ReactNode } from 'react'
import { useAfterPaint } from '../app/use-after-paint'
import { VIRTUAL_FROM } from './card-range'
import { useCardWindow } from './use-card-window'

/** Near a card's least height (a one-line summary: 87 px; two lines 106, three 125), so the first frame fills a column. */
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
  // A board's first frame draws only the cards in view; the few around them (enough for a wheel's step) follow once
  // it is painted.
  const painted = useAfterPaint()
  const { scroller, virtualizer } = useCardWindow(cards, selected, {
    estimate: CARD_HEIGHT,
    overscan: painted ? OVERSCAN : 0,
    initialRect: { width: 280, height: 800 },
    laidOut: painted,
  })
  // The first frame needs no size from the page, so none is read inside its render (a forced layout there, and a
  // second render for what the measures changed): the cards in view lie in the page's flow from the top, the cards
  // after them stand in as one spacer. Once it is painted, each card is measured and placed where the window says.
  const inView = virtualizer.getVirtualItems()
  // (A card kept rendered out of view, as the one being dragged, waits for its place.)
  const items = painted ? inView : inView.filter((item, at) => item.index === at)
  const track = painted
    ? { className: 'virtual-cards-track placed', style: { height: virtualizer.getTotalSize() } }
    : { className: 'virtual-cards-track', style: { paddingBottom: Math.max(0, virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0)) } }
  return (
    <div ref={scroller} className={`${className} virtual-cards`} data-testid="virtual-cards">
      <div {...track}>
        {items.map((item) => (
          <div
            key={item.key}
            data-index={item.index}
            ref={painted ? virtualizer.measureElement : undefined}
            className="virtual-card"
            style={painted ? { transform: `translateY(${item.start}px)` } : undefined}
          >
            {render(cards[item.index])}
          </div>
        ))}
      </div>
      {children}
    </div>
  )
}
