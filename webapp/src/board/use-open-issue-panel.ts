import { useCallback, useLayoutEffect, useRef } from 'react'
import { useLocation, useNavigate } from 'react-router'

/**
 * Opens an issue's panel over the page shown. The callback never changes, so the cards given it are not drawn again
 * when the location does (the panel opening or closing).
 */
export function useOpenIssuePanel(): (key: string) => void {
  const location = useLocation()
  const navigate = useNavigate()
  const here = useRef({ location, navigate })
  useLayoutEffect(() => {
    here.current = { location, navigate }
  })
  return useCallback((key: string) => here.current.navigate(`/issues/${key}`, { state: { background: here.current.location } }), [])
}
