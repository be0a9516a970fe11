import { memo } from 'react'
import ReactMarkdown from 'react-markdown'
import remarkGfm from 'remark-gfm'

const plugins = [remarkGfm]

/**
 * Parsing is the cost (a few KB of description take 50–150 ms on a cold page), and react-markdown parses on every
 * render: drawn again only when the text changes, not each time the panel around it does (a query answering, a
 * live update, a keystroke in another field).
 */
export default memo(function MarkdownRenderer({ source }: { source: string }) {
  return <ReactMarkdown remarkPlugins={plugins}>{source}</ReactMarkdown>
})
