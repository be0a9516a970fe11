import { useCallback, useDeferredValue, useEffect, useMemo, useState } from 'react'
import type { SetPageSearch } from '../app/page-location'
import { useDebouncedValue } from '../app/use-debounced-value'
import { NO_QUICK_FILTERS, withQuickFilters, type QuickFilterValues } from './board-state'
import type { BoardFilters } from './use-board'

/**
 * The board's quick filters and text filter, kept in the page's URL (the text once typing pauses), so a filtered board
 * can be linked and comes back as it was. `shownText` follows the typing (the loaded cards are filtered at once, at a
 * lower priority than the typing); `filters` are what the server is asked for.
 */
export function useBoardFilters(search: URLSearchParams, setSearch: SetPageSearch) {
  const [assignee, type, label] = [search.get('assignee') ?? '', search.get('type') ?? '', search.get('label') ?? '']
  const quick = useMemo<QuickFilterValues>(() => ({ assignee, type, label }), [assignee, type, label])
  const setQuick = useCallback(
    (values: QuickFilterValues) => setSearch((current) => withQuickFilters(current, values), { replace: true }),
    [setSearch],
  )
  const [text, setText] = useState(() => search.get('text') ?? '')
  const shownText = useDeferredValue(text)
  const askedText = useDebouncedValue(text.trim(), 250)
  const urlText = search.get('text') ?? ''
  useEffect(() => {
    if (askedText === urlText) return
    setSearch((current) => {
      const next = new URLSearchParams(current)
      if (askedText) next.set('text', askedText)
      else next.delete('text')
      return next
    }, { replace: true })
  }, [askedText, urlText, setSearch])
  const filters = useMemo<BoardFilters>(
    () => ({ assignee: assignee || undefined, type: type || undefined, label: label || undefined, text: askedText || undefined }),
    [assignee, type, label, askedText],
  )
  const clear = () => {
    setQuick(NO_QUICK_FILTERS)
    setText('')
  }
  const filtered = !!(assignee || type || label || text.trim() || askedText)
  return { quick, setQuick, text, setText, shownText, askedText, filters, filtered, clear }
}
