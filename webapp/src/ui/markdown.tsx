import { lazy, Suspense } from 'react'

// The Markdown parser is most of the bundle and no board needs it: load it apart, warmed once the app is idle.
const loadRenderer = () => import('./markdown-renderer')
const MarkdownRenderer = lazy(loadRenderer)
if (typeof window !== 'undefined') (window.requestIdleCallback ?? setTimeout)(() => void loadRenderer())

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
