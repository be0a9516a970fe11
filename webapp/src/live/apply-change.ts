import type { Query, QueryClient } from '@tanstack/react-query'
import type { ChangeNotice } from '../api/stream'
import { cardMoves, queryKeys } from '../app/query-keys'
import { invalidationsFor } from './invalidations'

const isList = (query: Query) => query.queryKey[0] === queryKeys.issues[0]

/**
 * Refetches what a batch of changes touched, each query once however many changes touched it. While a card move
 * is on its way, the lists are left alone: one the server sent before the move would put the card back, and the
 * move refreshes every list itself when it settles.
 */
export function applyChanges(client: QueryClient, changes: ChangeNotice[]) {
  const moving = client.isMutating({ mutationKey: cardMoves }) > 0
  const touched = new Set<Query>()
  for (const change of changes) {
    for (const filters of invalidationsFor(change)) {
      for (const query of client.getQueryCache().findAll(filters)) {
        if (!(moving && isList(query))) touched.add(query)
      }
    }
  }
  if (touched.size) void client.invalidateQueries({ predicate: (query) => touched.has(query) })
}
