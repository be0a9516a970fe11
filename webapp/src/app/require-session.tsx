import type { ReactNode } from 'react'
import { Navigate, useLocation } from 'react-router'
import { CurrentUserContext } from './current-user'
import { useSession } from './session'

export function RequireSession({ children }: { children: ReactNode }) {
  const { data, isPending, error } = useSession()
  const location = useLocation()
  if (isPending) return <div className="splash" aria-busy="true" />
  if (error) return <div className="splash">Cannot reach the server: {error.message}</div>
  if (!data.user) {
    const next = location.pathname + location.search
    return <Navigate to={`/login?next=${encodeURIComponent(next)}`} replace />
  }
  return <CurrentUserContext.Provider value={data.user}>{children}</CurrentUserContext.Provider>
}
