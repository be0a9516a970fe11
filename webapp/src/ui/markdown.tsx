import { lazy, Suspense } from 'react'

// The Markdown parser is most of the bundle and no board needs it: loaded apart, when an issue is about to be opened
// (a card or row pointed at or focused: prefetchIssue) rather than while a first page is still loading.
const loadRenderer = () => import('./markdown-renderer')
const MarkdownRenderer = lazy(loadRenderer)

/** Starts loading the Markdown renderer, so that the next text shown needs no wait for it. */
export function preloadMarkdown() {
  void loadRenderer()
}

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
