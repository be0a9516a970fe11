import { useEffect, useRef, useState, type KeyboardEvent } from 'react'
import { AnswerText } from './answer-text'
import { ChatMessageView } from './chat-message'
import { ConversationList } from './conversation-list'
import type { Chat } from './use-chat'

/** The chat: conversations on the side, the open one with its answers, and the question box. */
export function ChatView({ chat, compact = false }: { chat: Chat; compact?: boolean }) {
  const [draft, setDraft] = useState('')
  const list = useRef<HTMLOListElement>(null)
  const questions = chat.messages.filter((m) => m.role === 'user')

  // The thread scrolls itself (not the page) to its latest message: a new question, the answer as it streams in, or
  // the end of a conversation opened.
  useEffect(() => {
    if (list.current) list.current.scrollTop = list.current.scrollHeight
  }, [chat.messages.length, chat.pending?.text])

  const send = (text: string) => {
    if (!text.trim() || chat.pending) return
    setDraft('')
    void chat.send(text)
  }
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault()
      send(draft)
    }
  }
  const questionBefore = (index: number) => {
    for (let i = index - 1; i >= 0; i--) if (chat.messages[i].role === 'user') return chat.messages[i].text
    return questions[questions.length - 1]?.text ?? ''
  }

  return (
    <div className={`chat ${compact ? 'chat-compact' : ''}`}>
      <ConversationList chat={chat} />
      <section className="chat-thread" aria-label="Conversation">
        <ol className="chat-messages" ref={list}>
          {chat.messages.length === 0 && !chat.pending && (
            <li className="chat-empty">
              Ask about your projects: “how many open bugs are there?”, “what is the status of KEY-12?”, “what changed
              since yesterday?”, “issues similar to KEY-7”.
            </li>
          )}
          {chat.messages.map((message, index) => (
            <ChatMessageView
              key={message.id}
              message={message}
              onRetry={() => send(questionBefore(index))}
              onRate={(rating, comment) => chat.rate(message, rating, comment)}
            />
          ))}
          {chat.pending && (
            <>
              <li className="chat-message chat-question">
                <p>{chat.pending.question}</p>
              </li>
              <li className="chat-message chat-reply" aria-busy="true">
                {chat.pending.note && <p className="chat-note">{chat.pending.note}</p>}
                {chat.pending.text ? <AnswerText source={chat.pending.text} /> : <p className="chat-thinking">Thinking…</p>}
              </li>
            </>
          )}
        </ol>
        {chat.error && (
          <p className="chat-error" role="alert">
            {chat.error}
          </p>
        )}
        <form
          className="chat-composer"
          onSubmit={(event) => {
            event.preventDefault()
            send(draft)
          }}
        >
          <textarea
            className="input chat-input"
            aria-label="Ask the assistant"
            placeholder="Ask about issues… (Enter sends, Shift+Enter for a new line)"
            rows={2}
            value={draft}
            onChange={(event) => setDraft(event.target.value)}
            onKeyDown={onKeyDown}
          />
          {chat.pending ? (
            <button type="button" className="button" onClick={chat.stop}>
              Stop
            </button>
          ) : (
            <button type="submit" className="button button-primary" disabled={!draft.trim()}>
              Send
            </button>
          )}
        </form>
      </section>
    </div>
  )
}
