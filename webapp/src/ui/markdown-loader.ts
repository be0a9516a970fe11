// The Markdown parser is most of the bundle and no board needs it: loaded apart, when an issue is about to be opened
// (a card or row pointed at or focused: prefetchIssue) rather than while a first page is still loading.
export const loadMarkdownRenderer = () => import('./markdown-renderer')

/** Starts loading the Markdown renderer, so that the next text shown needs no wait for it. */
export function preloadMarkdown() {
  void loadMarkdownRenderer()
}
