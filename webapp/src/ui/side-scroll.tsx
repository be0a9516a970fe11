import { useCallback, useEffect, useRef, useState, type CSSProperties, type ReactNode } from 'react'
import { hiddenSides } from './hidden-sides'

interface Props {
  className: string
  style?: CSSProperties
  children: ReactNode
}

/**
 * A row too wide for the window (a board's columns): it scrolls sideways, and a shade on each side with more, and a
 * button on the right, say so.
 */
export function SideScroll({ className, style, children }: Props) {
  const scroller = useRef<HTMLDivElement>(null)
  const [sides, setSides] = useState({ left: false, right: false })
  const measure = useCallback(() => {
    const node = scroller.current
    if (!node) return
    const next = hiddenSides(node)
    setSides((now) => (now.left === next.left && now.right === next.right ? now : next))
  }, [])
  useEffect(() => {
    const node = scroller.current
    if (!node) return
    measure()
    node.addEventListener('scroll', measure, { passive: true })
    const resized = typeof ResizeObserver === 'undefined' ? undefined : new ResizeObserver(measure)
    resized?.observe(node)
    if (node.firstElementChild) resized?.observe(node.firstElementChild)
    return () => {
      node.removeEventListener('scroll', measure)
      resized?.disconnect()
    }
  }, [measure])
  const cue = `${sides.left ? ' more-left' : ''}${sides.right ? ' more-right' : ''}`
  return (
    <div className={`side-scroll${cue}`}>
      <div ref={scroller} className={className} style={style}>
        {children}
      </div>
      {sides.right && (
        <button
          type="button"
          className="side-scroll-next"
          aria-label="Scroll right to more columns"
          title="More columns"
          onClick={() => scroller.current?.scrollBy({ left: scroller.current.clientWidth * 0.8, behavior: 'smooth' })}
        >
          ›
        </button>
      )}
    </div>
  )
}
