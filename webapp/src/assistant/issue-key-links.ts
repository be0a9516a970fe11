const KEY = /\b([A-Z][A-Z0-9]{1,9}-\d+)\b/g

/**
 * Turns every issue key in Markdown into a link to `/issues/KEY`, except inside code (`key = WEB-1` stays the
 * JQL it is) and inside links that are already there.
 */
export function linkIssueKeys(markdown: string): string {
  return markdown
    .split(/(`[^`]*`|\[[^\]]*\]\([^)]*\))/)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(KEY, (key) => `[${key}](/issues/${key})`)))
    .join('')
}
