import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { searchApi, type SearchRequest } from '../api/search'
import { queryKeys } from '../app/query-keys'
import { listJql, type ListFilters } from './list-query'

/** The search a page of the list runs. */
export function issueListRequest(filters: ListFilters, page: number, size: number): SearchRequest {
  return { jql: listJql(filters), startAt: page * size, maxResults: size }
}

/** The list runs as a JQL search, so live updates refresh it with every other search. */
export function useIssueList(filters: ListFilters, page: number, size: number) {
  const request = issueListRequest(filters, page, size)
  return useQuery({
    queryKey: queryKeys.search(request),
    queryFn: () => searchApi.search(request),
    placeholderData: keepPreviousData,
  })
}
