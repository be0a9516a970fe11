import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { filtersApi, type FilterChanges } from '../api/filters'
import { useToast } from '../app/use-toast'

const filtersKey = ['filters'] as const

export function useFilters() {
  return useQuery({ queryKey: filtersKey, queryFn: filtersApi.list })
}

export function useFilter(id: number | undefined) {
  return useQuery({ queryKey: [...filtersKey, id], queryFn: () => filtersApi.get(id!), enabled: id !== undefined })
}

/** Creates a filter, or changes the one with `id`. */
export function useSaveFilter() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: ({ id, changes }: { id?: number; changes: FilterChanges }) =>
      id === undefined ? filtersApi.create(changes) : filtersApi.update(id, changes),
    onSuccess: (filter) => {
      client.setQueryData([...filtersKey, filter.id], filter)
      client.invalidateQueries({ queryKey: filtersKey, exact: true })
    },
  })
}

export function useDeleteFilter() {
  const client = useQueryClient()
  const toast = useToast()
  return useMutation({
    mutationFn: (id: number) => filtersApi.remove(id),
    onSuccess: (_, id) => {
      client.removeQueries({ queryKey: [...filtersKey, id] })
      client.invalidateQueries({ queryKey: filtersKey, exact: true })
    },
    onError: (error) => toast.error(`Could not delete the filter: ${error.message}`),
  })
}
