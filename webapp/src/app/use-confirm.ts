import { createContext, useContext } from 'react'

export interface ConfirmRequest {
  /** The question, e.g. "Delete the filter “Open bugs”?" */
  title: string
  /** What follows from it, when the title does not say. */
  detail?: string
  /** The button that goes ahead: a verb, e.g. "Delete". */
  confirmLabel: string
  /** The button that goes back, when "Cancel" would not say it: e.g. "Keep editing". */
  cancelLabel?: string
  /** Destructive: the button is drawn as a danger. */
  danger?: boolean
}

/** Asks the question in the app's own dialog; resolves true when the person goes ahead, false when they cancel. */
export type Confirm = (request: ConfirmRequest) => Promise<boolean>

export const ConfirmContext = createContext<Confirm | null>(null)

export function useConfirm(): Confirm {
  const confirm = useContext(ConfirmContext)
  if (!confirm) throw new Error('useConfirm needs a ConfirmProvider')
  return confirm
}
