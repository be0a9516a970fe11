import { useState } from 'react'
import type { Conversation } from '../api/assistant'
import { useConfirm } from '../app/use-confirm'
import type { Chat } from './use-chat'

export function ConversationList({ chat }: { chat: Chat }) {
  return (
    <nav className="chat-conversations" aria-label="Conversations">
      <button type="button" className="button chat-new" onClick={chat.newChat}>
        New chat
      </button>
      <ul>
        {chat.conversations.map((c) => (
          <ConversationItem key={c.id} conversation={c} chat={chat} />
        ))}
      </ul>
    </nav>
  )
}

function ConversationItem({ conversation, chat }: { conversation: Conversation; chat: Chat }) {
  const [editing, setEditing] = useState(false)
  const [title, setTitle] = useState(conversation.title)
  const active = chat.activeId === conversation.id
  const confirm = useConfirm()

  if (editing) {
    return (
      <li className="chat-conversation">
        <form
          onSubmit={(event) => {
            event.preventDefault()
            if (title.trim()) void chat.rename(conversation.id, title.trim()).then(() => setEditing(false))
          }}
        >
          <input
            className="input"
            aria-label="Conversation title"
            value={title}
            autoFocus
            onChange={(event) => setTitle(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Escape') setEditing(false)
            }}
          />
        </form>
      </li>
    )
  }
  return (
    <li className={`chat-conversation ${active ? 'active' : ''}`}>
      <button
        type="button"
        className="chat-conversation-title"
        aria-current={active ? 'true' : undefined}
        onClick={() => chat.select(conversation.id)}
        title={conversation.title}
      >
        {conversation.title}
      </button>
      <button
        type="button"
        className="icon-button"
        aria-label={`Rename ${conversation.title}`}
        onClick={() => {
          setTitle(conversation.title)
          setEditing(true)
        }}
      >
        ✎
      </button>
      <button
        type="button"
        className="icon-button"
        aria-label={`Delete ${conversation.title}`}
        onClick={() =>
          void confirm({ title: `Delete “${conversation.title}”?`, detail: 'Its questions and answers are deleted with it.', confirmLabel: 'Delete', danger: true }).then(
            (ok) => (ok ? chat.remove(conversation.id) : undefined),
          )
        }
      >
        ×
      </button>
    </li>
  )
}
