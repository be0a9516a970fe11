import { createContext, useContext } from 'react'

export interface Toasts {
  /** `openIssue`: the toast links to that issue (opened as a panel over the page then on screen). */
  info: (message: string, openIssue?: string) => void
  error: (message: string) => void
}

export const ToastContext = createContext<Toasts | null>(null)

export function useToast(): Toasts {
  const toasts = useContext(ToastContext)
  if (!toasts) throw new Error('useToast needs a ToastProvider')
  return toasts
}
