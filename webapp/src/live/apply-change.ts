import type { QueryClient } from '@tanstack/react-query'
import type { ChangeNotice } from '../api/stream'
import { cardMoves, queryKeys } from '../app/query-keys'
import { invalidationsFor } from './invalidations'

const isList = (key: readonly unknown[] | undefined) => key?.[0] === queryKeys.issues[0]

/**
 * Refetches what a change touched. While a card move is on its way its optimistic place must not be overwritten
 * by a list the server sent before the move; the move refreshes every list itself when it settles.
 */
export function applyChange(client: QueryClient, change: ChangeNotice) {
  const moving = client.isMutating({ mutationKey: cardMoves }) > 0
  for (const filters of invalidationsFor(change)) {
    if (moving && isList(filters.queryKey)) continue
    void client.invalidateQueries(filters, { cancelRefetch: false })
  }
}
