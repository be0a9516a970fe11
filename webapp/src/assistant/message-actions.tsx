import { useState } from 'react'
import type { ChatMessage } from '../api/assistant'
import { useToast } from '../app/use-toast'
import { copyText } from '../ui/copy-text'

interface Props {
  message: ChatMessage
  onRetry: () => void
  onRate: (rating: 'up' | 'down', comment?: string) => Promise<void>
}

/** Under an answer: copy, retry, thumbs up/down, and an optional comment on the rating. */
export function MessageActions({ message, onRetry, onRate }: Props) {
  const toast = useToast()
  const [commenting, setCommenting] = useState(false)
  const [comment, setComment] = useState('')
  const [chosen, setChosen] = useState(message.feedback?.rating)
  const rating = chosen ?? message.feedback?.rating

  const rate = async (value: 'up' | 'down', text?: string) => {
    setChosen(value)
    try {
      await onRate(value, text)
      if (text) toast.info('Thanks, your comment is saved')
    } catch (cause) {
      toast.error(cause instanceof Error ? cause.message : String(cause))
    }
  }

  return (
    <div className="chat-actions">
      <button
        type="button"
        className="button button-ghost"
        onClick={() =>
          copyText(message.text).then(
            () => toast.info('Answer copied'),
            () => toast.error('Could not copy the answer; select it and copy it by hand.'),
          )
        }
      >
        Copy
      </button>
      <button type="button" className="button button-ghost" onClick={onRetry}>
        Retry
      </button>
      <Thumb label="Good answer" glyph="▲" pressed={rating === 'up'} onClick={() => void rate('up')} />
      <Thumb
        label="Bad answer"
        glyph="▼"
        pressed={rating === 'down'}
        onClick={() => {
          setCommenting(true)
          void rate('down')
        }}
      />
      {rating && !commenting && (
        <button type="button" className="button button-ghost" onClick={() => setCommenting(true)}>
          {message.feedback?.comment ? 'Edit comment' : 'Add a comment'}
        </button>
      )}
      {commenting && rating && (
        <form
          className="chat-feedback"
          onSubmit={(event) => {
            event.preventDefault()
            void rate(rating, comment).then(() => setCommenting(false))
          }}
        >
          <input
            className="input"
            aria-label="What about this answer? (optional)"
            placeholder="What about this answer? (optional)"
            value={comment}
            onChange={(event) => setComment(event.target.value)}
          />
          <button type="submit" className="button">
            Send comment
          </button>
        </form>
      )}
    </div>
  )
}

function Thumb({ label, glyph, pressed, onClick }: { label: string; glyph: string; pressed: boolean; onClick: () => void }) {
  return (
    <button
      type="button"
      className={`icon-button ${pressed ? 'on' : ''}`}
      aria-pressed={pressed}
      aria-label={label}
      title={label}
      onClick={onClick}
    >
      {glyph}
    </button>
  )
}
