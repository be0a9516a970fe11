import { lazy, Suspense } from 'react'
import { loadMarkdownRenderer } from './markdown-loader'

const MarkdownRenderer = lazy(loadMarkdownRenderer)

/** Markdown as the server stores it; raw HTML is not rendered. */
export function Markdown({ source }: { source: string }) {
  return (
    <div className="markdown">
      <Suspense fallback={<p className="markdown-pending">{source}</p>}>
        <MarkdownRenderer source={source} />
      </Suspense>
    </div>
  )
}
