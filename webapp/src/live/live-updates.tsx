import { useQueryClient } from '@tanstack/react-query'
import { useEffect, useState } from 'react'
import { streamApi } from '../api/stream'
import { queryKeys } from '../app/query-keys'
import { useSession } from '../app/session'
import { useDebouncedValue } from '../app/use-debounced-value'
import type { ChangeNotice } from '../api/stream'
import { applyChanges } from './apply-change'
import { connectLive, type LiveStatus } from './live-connection'

const BATCH_MS = 50

/** One event stream for the signed-in person (a new one when someone else signs in), none on the login page. */
export function LiveUpdates() {
  const user = useSession().data?.user
  return user ? <LiveStream key={user.id} /> : null
}

function LiveStream() {
  const client = useQueryClient()
  const [status, setStatus] = useState<LiveStatus>('connecting')
  useEffect(() => {
    // Changes come in bursts (a move, its history, a bulk import); one refetch per screen answers a burst.
    let batch: ChangeNotice[] = []
    let flush: ReturnType<typeof setTimeout> | undefined
    const connection = connectLive(streamApi.open, {
      onStatus: setStatus,
      onNotification: () => void client.invalidateQueries({ queryKey: queryKeys.notifications }),
      onChange: (change) => {
        batch.push(change)
        flush ??= setTimeout(() => {
          applyChanges(client, batch)
          batch = []
          flush = undefined
        }, BATCH_MS)
      },
      // Unless the server replayed what changed while the stream was down, refresh all that is on screen.
      onReady: (ready, again) => again && !ready.resumed && void client.invalidateQueries(),
    })
    window.addEventListener('online', connection.retryNow)
    return () => {
      window.removeEventListener('online', connection.retryNow)
      clearTimeout(flush)
      connection.close()
    }
  }, [client])
  return <ConnectionIndicator status={status} />
}

/** Shown only once the stream has been down a little while, so a routine reconnect stays invisible. */
export function ConnectionIndicator({ status }: { status: LiveStatus }) {
  const settled = useDebouncedValue(status, 2500)
  if (status !== 'down' || settled !== 'down') return null
  return (
    <div className="live-indicator" role="status" title="Other people's changes will show once the connection is back">
      <span className="live-dot" aria-hidden="true" />
      Reconnecting…
    </div>
  )
}
