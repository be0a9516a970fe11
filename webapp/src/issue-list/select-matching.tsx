import { useMutation } from '@tanstack/react-query'
import { useState } from 'react'
import { searchApi } from '../api/search'
import { useToast } from '../app/use-toast'

/** The most issues "select all matching" takes, as Jira's bulk change does. */
export const MATCHING_LIMIT = 1000

/**
 * Beyond the page: every issue the list's query matches (its first 1,000) selected at once, as Gmail and Jira offer
 * once a whole page is. `keys` is set while that selection holds; it ends when the query changes or `clear` is called.
 */
export function useMatchingSelection(jql: string) {
  const toast = useToast()
  const [chosen, setChosen] = useState<{ jql: string; keys: string[] }>()
  const load = useMutation({
    mutationFn: () => searchApi.keys(jql, MATCHING_LIMIT),
    onSuccess: (keys) => setChosen({ jql, keys }),
    onError: (error) => toast.error(`Could not select the matching issues: ${error.message}`),
  })
  return {
    keys: chosen?.jql === jql ? chosen.keys : undefined,
    selectAll: () => load.mutate(),
    loading: load.isPending,
    /** Takes these keys out (the changed ones after a change), ending the selection when none are left. */
    drop: (keys: string[]) =>
      setChosen((chosen) => {
        const left = chosen?.keys.filter((key) => !keys.includes(key)) ?? []
        return chosen && left.length ? { ...chosen, keys: left } : undefined
      }),
    clear: () => setChosen(undefined),
  }
}

interface Props {
  matching: ReturnType<typeof useMatchingSelection>
  /** Whether every row of the page is selected. */
  pageSelected: boolean
  rowsShown: number
  total: number
  /** Ends every selection, of the page's rows too. */
  onClear: () => void
}

export function MatchingBanner({ matching, pageSelected, rowsShown, total, onClear }: Props) {
  if (matching.keys) {
    return (
      <p className="matching-banner" role="status">
        All {matching.keys.length.toLocaleString('en-US')} matching issues are selected
        {total > matching.keys.length ? ` (the first ${matching.keys.length.toLocaleString('en-US')} of ${total.toLocaleString('en-US')})` : ''}.{' '}
        <button type="button" className="link-button" onClick={onClear}>
          Clear selection
        </button>
      </p>
    )
  }
  if (!pageSelected || total <= rowsShown) return null
  const reach = Math.min(total, MATCHING_LIMIT)
  return (
    <p className="matching-banner" role="status">
      All {rowsShown} issues on this page are selected.{' '}
      <button type="button" className="link-button" onClick={matching.selectAll} disabled={matching.loading}>
        {total > MATCHING_LIMIT ? `Select the first ${reach.toLocaleString('en-US')} matching issues` : `Select all ${reach.toLocaleString('en-US')} matching issues`}
      </button>
    </p>
  )
}
