import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { useMemo, useState } from 'react'
import { jqlApi, type JqlError, type JqlReference, type Suggestions, type Validation } from '../api/jql'
import { searchApi, type SearchRequest } from '../api/search'
import { queryKeys } from '../app/query-keys'
import { useDebouncedValue } from '../app/use-debounced-value'
import { beforeLastClause, errorRange, narrowSuggestions } from './jql-text'
import type { Aliases } from './order-by'

/** Under `issues`, so every issue change that refreshes lists refreshes results too. */
export function useSearchResults(request: SearchRequest, enabled: boolean) {
  return useQuery({
    queryKey: queryKeys.search(request),
    queryFn: () => searchApi.search(request),
    enabled,
    placeholderData: keepPreviousData,
  })
}

/** How long typing stops before a problem at the query's last word is said. */
const WRITING_PAUSE = 1500

/**
 * The first problem in `jql` (null when valid), or undefined while the typed text is not checked yet. A problem at the
 * last word is the query still being written ("project = WEB AND ass"): it is said only once typing has stopped for a
 * while, so that it does not flash at every pause between words; one earlier in the text is said at once — also one
 * the unfinished last clause hides from the server (an unknown field before it), found by checking the text up to it.
 */
export function useJqlValidation(jql: string): JqlError | null | undefined {
  const settled = useDebouncedValue(jql, 300)
  const patient = useDebouncedValue(jql, WRITING_PAUSE)
  const whole = useValidation(settled, settled.trim() !== '')
  const atEnd = whole.data && !whole.data.valid && isAtTheEnd(settled, firstError(whole.data))
  const head = atEnd ? beforeLastClause(settled) : null
  const earlier = useValidation(head?.text ?? '', !!head)
  if (settled !== jql) return undefined
  if (!jql.trim()) return null
  if (!whole.data) return undefined
  if (whole.data.valid) return null
  const error = firstError(whole.data)
  if (!atEnd) return error
  if (head && earlier.data && !earlier.data.valid) {
    const hidden = firstError(earlier.data)
    const at = errorRange(head.text, hidden)
    if (at && at[0] < head.end) return hidden
  }
  return patient !== jql ? undefined : error
}

function useValidation(jql: string, enabled: boolean) {
  return useQuery({
    queryKey: ['jql', 'validate', jql],
    queryFn: () => jqlApi.validate(jql),
    enabled,
    staleTime: 60_000,
    retry: false,
  })
}

const firstError = (validation: Validation): JqlError => validation.errors?.[0] ?? { message: 'Invalid JQL' }

function isAtTheEnd(jql: string, error: JqlError): boolean {
  const range = errorRange(jql, error)
  return !range || range[1] >= jql.trimEnd().length
}

/**
 * Suggestions for this text and caret: the server's answer for exactly them, or meanwhile its last answer
 * narrowed to the word being typed — never a stale list whose replace range no longer fits the text.
 */
export function useJqlAutocomplete(jql: string, cursor: number, enabled: boolean): Suggestions | undefined {
  const request = useMemo(() => ({ jql, cursor }), [jql, cursor])
  const settled = useDebouncedValue(request, 120)
  const current = enabled && settled === request
  const fresh = useQuery({
    queryKey: ['jql', 'autocomplete', request.jql, request.cursor],
    queryFn: () => jqlApi.autocomplete(request.jql, request.cursor),
    enabled: current,
    staleTime: 30_000,
    retry: false,
  }).data
  const [last, setLast] = useState<{ jql: string; answer: Suggestions }>()
  if (current && fresh && last?.answer !== fresh) setLast({ jql, answer: fresh })
  // The same object on every render of the same text: the box compares answers by identity and resets on a new one.
  const narrowed = useMemo(() => (last ? narrowSuggestions(last, jql, cursor) : undefined), [last, jql, cursor])
  if (!enabled) return undefined
  if (current && fresh) return fresh
  return narrowed
}

export function useJqlReference() {
  return useQuery({ queryKey: ['jql', 'reference'], queryFn: jqlApi.reference, staleTime: Infinity })
}

/** Every alias of a field mapped to its name, all lower case, for recognising a sort key however it is written. */
export function aliasesOf(reference: JqlReference | undefined): Aliases {
  const aliases: Aliases = {}
  for (const field of reference?.fields ?? []) {
    for (const alias of field.aliases) aliases[alias.toLowerCase()] = field.name.toLowerCase()
  }
  return aliases
}
