/** A dialog form's end: the server's refusal in words, then Cancel and the submit button (disabled while it is sent). */
export function FormFooter({ submit, refusal, pending = false, danger = false, onClose }: {
  submit: string
  refusal?: string | null
  pending?: boolean
  /** A button that deletes: red, and focused first, as the app's confirm does. */
  danger?: boolean
  onClose: () => void
}) {
  return (
    <>
      {refusal && (
        <p className="error-text" role="alert">
          {refusal}
        </p>
      )}
      <div className="dialog-footer">
        <button type="button" className="button button-ghost" onClick={onClose}>
          Cancel
        </button>
        <button type="submit" className={`button ${danger ? 'button-danger' : 'button-primary'}`} data-autofocus={danger || undefined} disabled={pending}>
          {submit}
        </button>
      </div>
    </>
  )
}
