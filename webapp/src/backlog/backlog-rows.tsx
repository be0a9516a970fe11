import { useDraggable, useDroppable } from '@dnd-kit/core'
import { memo, type CSSProperties, type MouseEvent, type ReactNode, type Ref } from 'react'
import type { Card } from '../api/planning'
import { dragAttributes } from '../board/drag-sensors'
import { EstimateBadge } from '../board/estimate-badge'
import { useCardWindow } from '../board/use-card-window'
import { Avatar } from '../ui/avatar'
import { PriorityIcon, StatusDot, TypeIcon } from '../ui/issue-glyphs'

/** Sections longer than this (a few screens of rows) render only the rows in view, and a few around them. */
export const WINDOW_FROM = 60
const ROW_HEIGHT = 37

interface RowActions {
  /** A viewer's: rows are read, not dragged. */
  readOnly: boolean
  /** The row `j`/`k` selected, if any. */
  selected: string | undefined
  /** Opens an issue's panel over the backlog; never changes, so rows are not drawn again when the URL does. */
  onOpen: (key: string) => void
}

/** A sprint or the backlog: a drop target for rows, listing its own. */
export function CardList({ sprintId, title, detail, cards, action, ...actions }: {
  sprintId: number | null
  title: string
  detail: string
  cards: Card[]
  action?: ReactNode
} & RowActions) {
  const { setNodeRef, isOver } = useDroppable({ id: `section:${sprintId ?? 'backlog'}`, data: { sprintId } })
  return (
    <section ref={setNodeRef} className={`backlog-section${isOver ? ' column-over' : ''}`} aria-label={title}>
      <header className="backlog-section-header">
        <div className="backlog-section-title">
          <h2>{title}</h2>
          <span className="muted small sprint-detail" title={detail}>
            {detail}
          </span>
        </div>
        {action && (
          <div className="backlog-section-actions" role="group" aria-label={`Actions of ${title}`}>
            {action}
          </div>
        )}
      </header>
      {cards.length > WINDOW_FROM ? (
        <RowWindow cards={cards} sprintId={sprintId} {...actions} />
      ) : (
        <ol className="backlog-rows">
          {cards.map((card) => (
            <BacklogRow key={card.key} card={card} sprintId={sprintId} readOnly={actions.readOnly} selected={card.key === actions.selected} onOpen={actions.onOpen} />
          ))}
          {cards.length === 0 && <li className="muted small backlog-empty">{actions.readOnly ? 'No issues.' : 'Drag issues here.'}</li>}
        </ol>
      )}
    </section>
  )
}

/** A long section scrolls as a window: only the rows in view are in the page, whatever its length. */
function RowWindow({ cards, sprintId, readOnly, selected, onOpen }: { cards: Card[]; sprintId: number | null } & RowActions) {
  const { scroller, virtualizer } = useCardWindow(cards, selected, { estimate: ROW_HEIGHT, overscan: 5, initialRect: { width: 800, height: 700 } })

  return (
    <div ref={scroller} className="backlog-window" data-testid="backlog-window">
      <ol className="backlog-rows" style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {virtualizer.getVirtualItems().map((item) => (
          <BacklogRow
            key={item.key}
            card={cards[item.index]}
            sprintId={sprintId}
            readOnly={readOnly}
            selected={cards[item.index].key === selected}
            onOpen={onOpen}
            index={item.index}
            measure={virtualizer.measureElement}
            style={{ position: 'absolute', top: 0, left: 0, width: '100%', transform: `translateY(${item.start}px)` }}
          />
        ))}
      </ol>
    </div>
  )
}

interface RowProps {
  card: Card
  sprintId: number | null
  readOnly: boolean
  selected: boolean
  onOpen: (key: string) => void
  /** In a window: the row's place, the virtualizer's measuring ref and its position on the track. */
  index?: number
  measure?: Ref<HTMLLIElement>
  style?: CSSProperties
}

/** Drawn again only when its own props change: a backlog of thousands stays still while one row moves or opens. */
const BacklogRow = memo(function BacklogRow({ card, sprintId, readOnly, selected, onOpen, index, measure, style }: RowProps) {
  const drag = useDraggable({ id: card.key, data: { key: card.key }, disabled: readOnly })
  const dropZone = useDroppable({ id: `row:${card.key}`, data: { sprintId, overKey: card.key }, disabled: readOnly })
  const open = (event: MouseEvent) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return
    event.preventDefault()
    onOpen(card.key)
  }
  const moved = drag.transform ? `translate(${drag.transform.x}px, ${drag.transform.y}px)` : undefined
  return (
    <li
      ref={(node) => {
        drag.setNodeRef(node)
        dropZone.setNodeRef(node)
        if (typeof measure === 'function') measure(node)
      }}
      className={`backlog-row${drag.isDragging ? ' card-placeholder' : ''}${dropZone.isOver ? ' backlog-row-over' : ''}${selected ? ' selected' : ''}${readOnly ? ' read-only' : ''}`}
      style={moved ? { ...style, transform: [style?.transform, moved].filter(Boolean).join(' ') } : style}
      data-key={card.key}
      data-nav-key={card.key}
      data-index={index}
      {...dragAttributes(drag.attributes, !readOnly)}
      {...drag.listeners}
    >
      <TypeIcon type={card.type} />
      <a href={`/issues/${card.key}`} onClick={open} className="mono backlog-key" tabIndex={-1}>
        {card.key}
      </a>
      <span className="backlog-summary">{card.summary}</span>
      {card.epicKey && <span className="label-chip">{card.epicSummary}</span>}
      <StatusDot category={card.statusCategory} />
      <span className="small muted">{card.status}</span>
      <PriorityIcon priority={card.priority} />
      <EstimateBadge seconds={card.estimateSeconds} />
      <span className="points" title={card.subtaskPoints ? `Sub-tasks: ${card.subtaskPoints} points` : 'Story points'}>
        {card.storyPoints ?? '–'}
        {card.subtaskPoints ? <span className="muted small"> (+{card.subtaskPoints})</span> : null}
      </span>
      <Avatar user={card.assignee} size={18} />
    </li>
  )
})
