import { Link } from 'react-router'
import { ChatView } from './chat-view'
import { useChat } from './use-chat'

/** The assistant beside any page; questions are about `projectKey` (the page's project) when they name none. */
export function ChatPanel({ projectKey, onClose }: { projectKey: string | null | undefined; onClose: () => void }) {
  const chat = useChat(projectKey)
  return (
    <aside className="chat-panel" aria-label="Assistant">
      <header className="chat-panel-header">
        <h2>Assistant</h2>
        <Link to="/assistant" className="button button-ghost" onClick={onClose}>
          Full page
        </Link>
        <button type="button" className="icon-button" aria-label="Close the assistant" onClick={onClose}>
          ×
        </button>
      </header>
      <ChatView chat={chat} compact />
    </aside>
  )
}
