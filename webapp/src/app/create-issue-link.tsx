import { createContext, useContext } from 'react'

/** Opens the create-issue dialog by adding `?create=issue` to the page the user is on, whatever route renders the caller. */
export const OpenCreateIssue = createContext<() => void>(() => {})

export function useOpenCreateIssue(): () => void {
  return useContext(OpenCreateIssue)
}
