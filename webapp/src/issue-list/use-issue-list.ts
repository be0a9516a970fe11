import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { issuesApi, type IssueSearch } from '../api/issues'

export function useIssueList(search: IssueSearch) {
  return useQuery({
    queryKey: ['issues', 'list', search],
    queryFn: () => issuesApi.search(search),
    placeholderData: keepPreviousData,
  })
}
