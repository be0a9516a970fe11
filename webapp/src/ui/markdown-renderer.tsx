import { memo } from 'react'
import { drawMarkdown } from './markdown-drawing'

/** Drawn again only when the text changes, not each time the panel around it does. */
export default memo(function MarkdownRenderer({ source }: { source: string }) {
  return drawMarkdown(source)
})
