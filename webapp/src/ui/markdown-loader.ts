import { whenIdle } from '../app/when-idle'

// The Markdown parser is most of the bundle and no board needs it: loaded apart, once a board is drawn and the browser
// is idle (warmUpMarkdown), or when an issue is about to be opened (a card or row pointed at or focused: prefetchIssue),
// rather than while a first page is still loading.
let loaded: typeof import('./markdown-renderer') | undefined
export const loadMarkdownRenderer = () => import('./markdown-renderer').then((module) => (loaded = module))

/** The renderer, once loaded: drawn directly, it does not suspend (a lazy component suspends on its first render). */
export const loadedMarkdownRenderer = () => loaded?.default

/** Starts loading the Markdown renderer, so that the next text shown needs no wait for it. */
export function preloadMarkdown() {
  void loadMarkdownRenderer()
}

/** Parses these texts when the browser is idle, so that showing them costs no parse. */
export function prepareMarkdown(sources: (string | null | undefined)[]) {
  const texts = sources.filter((source): source is string => !!source)
  if (!texts.length) return
  whenIdle(() => void import('./markdown-drawing').then(({ prepare }) => whenIdle(() => prepare(texts))))
}

// Every construct the parser has (headings, emphasis, code, links, lists, GFM tables, task lists and strikethrough): the
// first text parsed in a page pays for compiling the parser's code, about 100–200 ms, so a board pays it while idle
// instead of the first issue opened from it.
const SAMPLE = `# Warm-up

Some *emphasis*, **strong**, ~~struck~~ and \`code\`, a [link](https://example.org) and https://example.org/auto.

> quoted

1. one
2. two

- [ ] to do
- [x] done

| a | b |
| --- | --- |
| 1 | 2 |

\`\`\`java
at org.apache.hadoop.dfs.DataNode.run(DataNode.java:1)
\`\`\`
`

let warm = false

/** Loads the renderer and runs it once on a sample when the browser is idle (once per page). */
export function warmUpMarkdown() {
  if (warm) return
  warm = true
  prepareMarkdown([SAMPLE])
}
