import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { issuesApi } from '../api/issues'
import { queryKeys } from '../app/query-keys'
import { useDebouncedValue } from '../app/use-debounced-value'

const SHOWN = 8

/**
 * Issues of the project whose summary holds what was typed (or whose key it is), offered as the browser's own
 * suggestion list of a key field: parent and link fields. Typing stays free, so a key of another project still works.
 */
export function IssueKeySuggestions({ id, projectKey, typed, except }: {
  /** The `list` attribute of the field it serves. */
  id: string
  projectKey: string | undefined
  typed: string
  /** The issue being edited: never its own parent or link. */
  except?: string
}) {
  const text = useDebouncedValue(typed.trim(), 200)
  const search = { project: projectKey, text, size: SHOWN + 1 }
  const found = useQuery({
    queryKey: queryKeys.list(search),
    queryFn: () => issuesApi.search(search),
    enabled: !!projectKey && text.length > 0,
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  })
  const issues = (text ? found.data?.items ?? [] : []).filter((issue) => issue.key !== except).slice(0, SHOWN)
  return (
    <datalist id={id} data-testid="issue-key-suggestions">
      {issues.map((issue) => (
        <option key={issue.key} value={issue.key}>
          {issue.summary}
        </option>
      ))}
    </datalist>
  )
}
