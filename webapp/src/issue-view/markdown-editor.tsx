import { useState } from 'react'
import { Markdown } from '../ui/markdown'

interface Props {
  label: string
  value: string
  onChange: (value: string) => void
  onSubmit: () => void
  onCancel?: () => void
  /** The submit button's name; none for a field of a form with its own (Ctrl/⌘+Enter still submits). */
  submitLabel?: string
  busy?: boolean
  autoFocus?: boolean
  /** Given to the text area by a form's Field. */
  id?: string
  'aria-invalid'?: boolean
  'aria-describedby'?: string
}

/** Markdown with a preview tab; Ctrl/⌘+Enter submits, Esc cancels. */
export function MarkdownEditor({ label, value, onChange, onSubmit, onCancel, submitLabel, busy, autoFocus = true, ...field }: Props) {
  const [preview, setPreview] = useState(false)
  return (
    <div className="md-editor editing">
      <div className="md-tabs" role="tablist">
        <button type="button" role="tab" aria-selected={!preview} onClick={() => setPreview(false)}>
          Write
        </button>
        <button type="button" role="tab" aria-selected={preview} onClick={() => setPreview(true)}>
          Preview
        </button>
      </div>
      {preview ? (
        <div className="md-preview">{value ? <Markdown source={value} /> : <p className="muted">Nothing to preview.</p>}</div>
      ) : (
        <textarea
          {...field}
          aria-label={label}
          autoFocus={autoFocus}
          value={value}
          rows={6}
          onChange={(event) => onChange(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && (event.metaKey || event.ctrlKey)) onSubmit()
            if (event.key === 'Escape' && onCancel) onCancel()
          }}
        />
      )}
      {submitLabel && (
        <div className="md-actions">
          <span className="muted small">Markdown · Ctrl+Enter to {submitLabel.toLowerCase()}</span>
          {onCancel && (
            <button type="button" className="button button-ghost" onClick={onCancel}>
              Cancel
            </button>
          )}
          <button type="button" className="button button-primary" onClick={onSubmit} disabled={busy}>
            {submitLabel}
          </button>
        </div>
      )}
    </div>
  )
}
