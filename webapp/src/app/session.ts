import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { sessionApi } from '../api/session'

export const sessionKey = ['session'] as const

export const sessionQuery = queryOptions({ queryKey: sessionKey, queryFn: sessionApi.current, staleTime: Infinity })

export function useSession() {
  return useQuery(sessionQuery)
}

export function useLogIn() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: ({ email, password }: { email: string; password: string }) => sessionApi.logIn(email, password),
    onSuccess: (session) => {
      client.removeQueries({ predicate: (query) => query.queryKey[0] !== sessionKey[0] })
      client.setQueryData(sessionKey, session)
    },
  })
}

export function useLogOut() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: sessionApi.logOut,
    onSettled: () => {
      // Sign out first so the pages unmount, then drop what they had loaded.
      client.setQueryData(sessionKey, { user: null, csrfToken: '' })
      client.removeQueries({ predicate: (query) => query.queryKey[0] !== sessionKey[0] })
    },
  })
}
