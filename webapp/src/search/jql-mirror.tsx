import type { Ref } from 'react'

interface Props {
  text: string
  /** [from, to) to underline; an empty range marks the end of the query. */
  error: [number, number] | null
  /** Where the suggestion list lines up: the start of the word being replaced. */
  anchor: number
  anchorRef: Ref<HTMLSpanElement>
  mirrorRef: Ref<HTMLDivElement>
}

/**
 * The query drawn again, invisibly, behind the transparent textarea with the same metrics: a textarea cannot
 * underline part of its text or tell where a character is, this copy can.
 */
export function JqlMirror({ text, error, anchor, anchorRef, mirrorRef }: Props) {
  const [from, to] = error ?? [-1, -1]
  const cuts = [...new Set([0, anchor, from, to, text.length])].filter((cut) => cut >= 0 && cut <= text.length).sort((a, b) => a - b)
  return (
    <div className="jql-text jql-mirror" ref={mirrorRef} aria-hidden="true">
      {cuts.map((cut, index) => {
        const next = cuts[index + 1] ?? cut
        const part = text.slice(cut, next)
        const marked = cut >= from && next <= to && next > cut
        return (
          <span key={cut}>
            {cut === anchor && <span ref={anchorRef} />}
            {cut === from && from === to && <mark className="jql-error-mark">{'\u00a0'}</mark>}
            {marked ? <mark className="jql-error-mark">{part}</mark> : part}
          </span>
        )
      })}
    </div>
  )
}
