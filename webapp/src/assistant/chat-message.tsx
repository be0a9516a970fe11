import { Link, useLocation } from 'react-router'
import type { ChatMessage } from '../api/assistant'
import { AnswerText } from './answer-text'
import { modelWords } from './model-words'
import { MessageActions } from './message-actions'

interface Props {
  message: ChatMessage
  onRetry: () => void
  onRate: (rating: 'up' | 'down', comment?: string) => Promise<void>
}

export function ChatMessageView({ message, onRetry, onRate }: Props) {
  if (message.role === 'user') {
    return (
      <li className="chat-message chat-question">
        <p>{message.text}</p>
      </li>
    )
  }
  return (
    <li className="chat-message chat-reply">
      {message.note && <p className="chat-note">{message.note}</p>}
      <AnswerText source={message.text} />
      <UsedIssues keys={message.citations} />
      {message.model && (
        <p className="chat-model" title={`${message.model}${message.intent ? ` · understood as: ${message.intent}` : ''}`}>
          {modelWords(message.model)}
        </p>
      )}
      <MessageActions message={message} onRetry={onRetry} onRate={onRate} />
    </li>
  )
}

/** The issues an answer used, each opening the issue panel. */
export function UsedIssues({ keys }: { keys: string[] }) {
  const location = useLocation()
  if (keys.length === 0) return null
  return (
    <p className="chat-used">
      <span className="chat-used-label">Issues used:</span>
      {keys.map((key) => (
        <Link key={key} to={`/issues/${key}`} state={{ background: location }} className="issue-key-link mono chat-used-key">
          {key}
        </Link>
      ))}
    </p>
  )
}
