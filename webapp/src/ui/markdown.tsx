import { lazy, Suspense } from 'react'
import { loadedMarkdownRenderer, loadMarkdownRenderer } from './markdown-loader'

const MarkdownRenderer = lazy(loadMarkdownRenderer)

/** Markdown as the server stores it; raw HTML is not rendered. */
export function Markdown({ source }: { source: string }) {
  const Loaded = loadedMarkdownRenderer()
  return (
    <div className="markdown">
      <Suspense fallback={<p className="markdown-pending">{source}</p>}>
        {/* oxlint-disable-next-line react/static-components -- a loaded module's export: the same component on every render */}
        {Loaded ? <Loaded source={source} /> : <MarkdownRenderer source={source} />}
      </Suspense>
    </div>
  )
}
