import { useCallback, useRef, useState, type ReactNode } from 'react'
import { Dialog } from '../ui/dialog'
import { ConfirmContext, type Confirm, type ConfirmRequest } from './use-confirm'

interface Pending extends ConfirmRequest {
  answer: (ok: boolean) => void
}

/** One confirmation at a time, drawn in the app's theme (the browser's confirm() ignores it and blocks the page). */
export function ConfirmProvider({ children }: { children: ReactNode }) {
  const [pending, setPending] = useState<Pending | null>(null)
  const current = useRef<Pending | null>(null)

  const confirm = useCallback<Confirm>(
    (request) =>
      new Promise<boolean>((resolve) => {
        // A second question replaces the first, which counts as cancelled.
        current.current?.answer(false)
        // Answered, the focus goes back where it was (the text being written, on Keep editing), if that is still there.
        const before = document.activeElement
        const next: Pending = {
          ...request,
          answer: (ok) => {
            if (current.current !== next) return
            current.current = null
            setPending(null)
            resolve(ok)
            requestAnimationFrame(() => before instanceof HTMLElement && before.isConnected && before.focus())
          },
        }
        current.current = next
        setPending(next)
      }),
    [],
  )

  return (
    <ConfirmContext.Provider value={confirm}>
      {children}
      {pending && (
        <Dialog title={pending.title} onClose={() => pending.answer(false)}>
          {pending.detail && <p className="confirm-detail">{pending.detail}</p>}
          <div className="dialog-footer">
            {/* A destructive question starts on Cancel: a stray Enter must not delete or discard. */}
            <button type="button" className="button" data-autofocus={pending.danger ? true : undefined} onClick={() => pending.answer(false)}>
              {pending.cancelLabel ?? 'Cancel'}
            </button>
            <button
              type="button"
              className={pending.danger ? 'button button-danger' : 'button button-primary'}
              data-autofocus={pending.danger ? undefined : true}
              onClick={() => pending.answer(true)}
            >
              {pending.confirmLabel}
            </button>
          </div>
        </Dialog>
      )}
    </ConfirmContext.Provider>
  )
}
