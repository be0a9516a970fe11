import { createContext, useContext } from 'react'
import type { CurrentUser } from '../api/session'

/** Provided by RequireSession, so it never changes under a page while the session ends. */
export const CurrentUserContext = createContext<CurrentUser | null>(null)

export function useCurrentUser(): CurrentUser {
  const user = useContext(CurrentUserContext)
  if (!user) throw new Error('useCurrentUser needs a signed-in user (render it inside RequireSession)')
  return user
}
