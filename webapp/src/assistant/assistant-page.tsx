import { lastProject } from '../projects/use-projects'
import { ChatView } from './chat-view'
import { useChat } from './use-chat'

export function AssistantPage() {
  const chat = useChat(lastProject.get())
  return (
    <div className="page">
      <header className="page-header">
        <h1>Assistant</h1>
      </header>
      <div className="page-body chat-page">
        <ChatView chat={chat} />
      </div>
    </div>
  )
}
