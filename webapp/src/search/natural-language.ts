import { useQuery } from '@tanstack/react-query'
import { jqlApi, type JqlError } from '../api/jql'
import { useDebouncedValue } from '../app/use-debounced-value'

/** Characters and words that only JQL uses: someone typing them is writing a query, not asking a question. */
const JQL_SYNTAX = /[=~<>!()"',]|\b(?:order\s+by|and|or|not|in|is|was|changed)\s*$|\b(?:is\s+(?:not\s+)?empty|not\s+in)\b/i

/**
 * Whether the text in the JQL box reads as words rather than a query: it is not valid JQL (`error` set) and it
 * has none of JQL's operators or quoting. Valid JQL always stays JQL, so `project = WEB` is never second-guessed.
 */
export function looksLikeWords(text: string, error: JqlError | null | undefined): boolean {
  const trimmed = text.trim()
  if (!error || trimmed.length < 3 || trimmed.length > 300) return false
  if (JQL_SYNTAX.test(trimmed)) return false
  return /[\p{L}]{2,}/u.test(trimmed)
}

/** The JQL a question means, once the typing has paused; nothing is asked while the text reads as JQL. */
export function useNaturalReading(text: string, asWords: boolean) {
  const settled = useDebouncedValue(text.trim(), 250)
  const enabled = asWords && settled === text.trim()
  return useQuery({
    queryKey: ['jql', 'words', settled],
    queryFn: () => jqlApi.fromWords(settled),
    enabled,
    staleTime: 60_000,
    retry: false,
    select: (reading) => (enabled ? reading : undefined),
  })
}
