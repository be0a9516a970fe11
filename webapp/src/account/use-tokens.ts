import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { tokensApi } from '../api/tokens'

const tokensKey = ['tokens'] as const

export function useTokens() {
  return useQuery({ queryKey: tokensKey, queryFn: tokensApi.list })
}

export function useCreateToken() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (name: string) => tokensApi.create(name),
    onSuccess: () => client.invalidateQueries({ queryKey: tokensKey }),
  })
}

export function useRevokeToken() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (id: number) => tokensApi.revoke(id),
    onSuccess: () => client.invalidateQueries({ queryKey: tokensKey }),
  })
}
