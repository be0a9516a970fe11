import { createElement, type ReactElement } from 'react'
import ReactMarkdown, { defaultUrlTransform, type Components } from 'react-markdown'
import remarkGfm from 'remark-gfm'
import { MENTION_SCHEME, withMentionLinks } from './mentions'

const plugins = [remarkGfm]
/** A mention is drawn as the person's name, styled, with their email on hover; it links nowhere. */
const components: Components = {
  a: ({ href, children, node: _node, ...props }) =>
    href?.startsWith(MENTION_SCHEME)
      ? createElement('span', { className: 'mention', title: href.slice(MENTION_SCHEME.length) }, children)
      : createElement('a', { href, ...props }, children),
}
const urlTransform = (url: string) => (url.startsWith(MENTION_SCHEME) ? url : defaultUrlTransform(url))
/** Texts whose drawing is kept, the most recently used last. */
const drawn = new Map<string, ReactElement>()
const KEPT = 200

/**
 * A Markdown text as React elements, parsed once and kept (an issue opened again, or prepared while its card was
 * pointed at, costs no parse). react-markdown's synchronous `Markdown` is a plain function of its options (no hooks),
 * so its result can be kept and drawn again like any element.
 */
export function drawMarkdown(source: string): ReactElement {
  const kept = drawn.get(source)
  if (kept) {
    drawn.delete(source)
    drawn.set(source, kept)
    return kept
  }
  const element = ReactMarkdown({ children: withMentionLinks(source), remarkPlugins: plugins, components, urlTransform }) as ReactElement
  drawn.set(source, element)
  if (drawn.size > KEPT) drawn.delete(drawn.keys().next().value!)
  return element
}

/** Parses texts ahead of showing them. */
export function prepare(sources: string[]) {
  for (const source of sources) drawMarkdown(source)
}
