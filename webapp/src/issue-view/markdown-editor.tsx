import { useRef, useState } from 'react'
import { Markdown } from '../ui/markdown'
import { useMentionSuggestions, useShownMentions } from './mention-suggestions'

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
  /** Typing `@` suggests this project's members to mention. */
  projectKey?: string
  /** Given to the text area by a form's Field. */
  id?: string
  'aria-invalid'?: boolean
  'aria-describedby'?: string
}

/**
 * Markdown with a preview tab and @mentions, shown as `@Name` while `value` and `onChange` hold them written out;
 * Ctrl/⌘+Enter submits, Esc cancels.
 */
export function MarkdownEditor({ label, value, onChange, onSubmit, onCancel, submitLabel, busy, autoFocus = true, projectKey, ...field }: Props) {
  const [preview, setPreview] = useState(false)
  const textarea = useRef<HTMLTextAreaElement>(null)
  const text = useShownMentions(value, onChange)
  const mentions = useMentionSuggestions(projectKey, textarea, text.pick)
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
          {...mentions.fieldProps}
          ref={textarea}
          aria-label={label}
          autoFocus={autoFocus}
          value={text.shown}
          rows={6}
          onChange={(event) => {
            text.change(event.target.value)
            mentions.typed(event.target.value, event.target.selectionStart)
          }}
          onBlur={mentions.closed}
          onKeyDown={(event) => {
            if (mentions.handledKey(event)) return
            if (event.key === 'Enter' && (event.metaKey || event.ctrlKey)) onSubmit()
            if (event.key === 'Escape' && onCancel) {
              // The browser's own Esc would close the question onCancel may open ("Discard changes?") at once.
              event.preventDefault()
              onCancel()
            }
          }}
        />
      )}
      {!preview && mentions.list}
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
