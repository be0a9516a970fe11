import { useCallback, useMemo, useRef, useState, type ReactNode } from 'react'
import { Link, useLocation } from 'react-router'
import type { PanelState } from './app-routes'
import { backgroundOf } from './page-location'
import { ToastContext, type Toasts } from './use-toast'

type Tone = 'info' | 'error'

interface Toast {
  id: number
  tone: Tone
  message: string
  openIssue?: string
}

export function ToastProvider({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<Toast[]>([])
  const nextId = useRef(1)

  const dismiss = useCallback((id: number) => setToasts((all) => all.filter((toast) => toast.id !== id)), [])
  const show = useCallback(
    (tone: Tone, message: string, openIssue?: string) => {
      const id = nextId.current++
      setToasts((all) => [...all.slice(-3), { id, tone, message, openIssue }])
      setTimeout(() => dismiss(id), tone === 'error' || openIssue ? 8000 : 4000)
    },
    [dismiss],
  )
  const api = useMemo<Toasts>(
    () => ({ info: (message, openIssue) => show('info', message, openIssue), error: (message) => show('error', message) }),
    [show],
  )

  return (
    <ToastContext.Provider value={api}>
      {children}
      <div className="toasts" aria-live="polite">
        {toasts.map((toast) => (
          <div key={toast.id} className={`toast toast-${toast.tone}`} role={toast.tone === 'error' ? 'alert' : 'status'}>
            <span>{toast.message}</span>
            {toast.openIssue && <OpenIssue issueKey={toast.openIssue} onOpen={() => dismiss(toast.id)} />}
            <button type="button" className="icon-button" aria-label="Dismiss" onClick={() => dismiss(toast.id)}>
              ×
            </button>
          </div>
        ))}
      </div>
    </ToastContext.Provider>
  )
}

/** Opens the issue as a panel over the page on screen when clicked (not the one the toast was shown on). */
function OpenIssue({ issueKey, onOpen }: { issueKey: string; onOpen: () => void }) {
  const location = useLocation()
  const state: PanelState = { background: (backgroundOf(location) ?? location) as PanelState['background'] }
  return (
    <Link to={`/issues/${issueKey}`} state={state} className="toast-action" onClick={onOpen}>
      Open
    </Link>
  )
}
