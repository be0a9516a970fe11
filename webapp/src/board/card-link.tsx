import { useDraggable, useDroppable } from '@dnd-kit/core'
import { useCallback, type MouseEvent, type ReactNode } from 'react'
import { dragAttributes } from './drag-sensors'

interface Props {
  issueKey: string
  /** What a drop handler reads from `active.data.current`. */
  data: Record<string, unknown>
  /** What a drop handler reads from `over.data.current` when another card is dropped on this one; none: not a target. */
  dropData?: Record<string, unknown>
  /** Viewers can look but not move. */
  disabled: boolean
  selected?: boolean
  onOpen: (key: string) => void
  /** A card pointed at or focused: its panel's data can start loading. */
  onPrefetch?: (key: string) => void
  label: string
  children: ReactNode
}

/**
 * A draggable board card of either board. A plain anchor, not the router's Link: a Link reads the router's location,
 * so every card would be drawn again each time the URL changes (an issue panel opening or closing). It stays a link
 * (Enter opens it, a middle click opens a tab); dnd-kit's keyboard drag starts with Space.
 */
export function CardLink({ issueKey, data, dropData, disabled, selected = false, onOpen, onPrefetch, label, children }: Props) {
  const { setNodeRef, attributes, listeners, isDragging } = useDraggable({ id: issueKey, data, disabled })
  const { setNodeRef: setTargetRef } = useDroppable({ id: `card:${issueKey}`, data: dropData, disabled: !dropData })
  const ref = useCallback((node: HTMLElement | null) => {
    setNodeRef(node)
    setTargetRef(node)
  }, [setNodeRef, setTargetRef])
  const open = (event: MouseEvent) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return
    event.preventDefault()
    onOpen(issueKey)
  }
  return (
    <a
      ref={ref}
      href={`/issues/${issueKey}`}
      className={`card-link${isDragging ? ' card-placeholder' : ''}${selected ? ' selected' : ''}${disabled ? ' read-only' : ''}`}
      data-nav-key={issueKey}
      {...dragAttributes(attributes, !disabled)}
      {...listeners}
      onClick={open}
      onPointerEnter={onPrefetch && (() => onPrefetch(issueKey))}
      onFocus={onPrefetch && (() => onPrefetch(issueKey))}
      aria-label={label}
    >
      {children}
    </a>
  )
}
