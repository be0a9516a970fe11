import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { issuesApi, type IssueSearch } from '../api/issues'
import { queryKeys } from '../app/query-keys'

export function useIssueList(search: IssueSearch) {
  return useQuery({
    queryKey: queryKeys.list(search),
    queryFn: () => issuesApi.search(search),
    placeholderData: keepPreviousData,
  })
}
