import { ApiError, http, openStream } from './http'

export interface Page<T> {
  page: number
  size: number
  total: number
  items: T[]
}

export interface Conversation {
  id: number
  title: string
  project: string | null
  createdAt: string
  updatedAt: string
}

export interface ToolCall {
  tool: string
  input: string
  outcome: string
}

export interface ChatMessage {
  id: number
  conversationId: number
  role: 'user' | 'assistant'
  text: string
  citations: string[]
  /** provider/name@version, e.g. local/meridian-lexicon@1; null on questions. */
  model: string | null
  provider: string | null
  modelVersion: string | null
  intent: string | null
  tools: ToolCall[]
  project: string | null
  note: string | null
  feedback: { rating: 'up' | 'down'; comment: string | null; at: string } | null
  createdAt: string
}

export interface Thread {
  conversation: Conversation
  messages: ChatMessage[]
}

/** What the answer stream says, in order: the stored question, chunks of text, maybe a restart, then done or error. */
export type AnswerEvent =
  | { type: 'question'; message: ChatMessage }
  | { type: 'token'; text: string }
  | { type: 'restart'; note: string }
  | { type: 'done'; message: ChatMessage }
  | { type: 'error'; status: number; detail: string }

/** A short summary of an issue's description and comment thread, and the model (provider/name@version) that wrote it. */
export interface IssueSummaryText {
  text: string
  citations: string[]
  model: string
}

const base = '/api/v1/assistant'

export const assistantApi = {
  list: () => http.get<Page<Conversation>>(`${base}/conversations`, { size: 100 }),
  get: (id: number) => http.get<Thread>(`${base}/conversations/${id}`),
  create: (project?: string | null) => http.post<Conversation>(`${base}/conversations`, project ? { project } : {}),
  rename: (id: number, title: string) => http.patch<Conversation>(`${base}/conversations/${id}`, { title }),
  remove: (id: number) => http.delete(`${base}/conversations/${id}`),
  /** `zone`: the reader's time zone (an IANA name), in which the summary writes times. */
  summarize: (issueKey: string, zone: string) =>
    http.post<IssueSummaryText>(`/api/v1/issues/${encodeURIComponent(issueKey)}/summary?${new URLSearchParams({ zone })}`),
  rate: (messageId: number, rating: 'up' | 'down', comment?: string) =>
    http.put<ChatMessage>(`${base}/messages/${messageId}/feedback`, { rating, comment: comment || null }),

  /**
   * Asks, calling `onEvent` for each event as it arrives; resolves when the stream ends or `signal` aborts it. `zone`:
   * the reader's time zone (an IANA name), in which the answer writes times.
   */
  async ask(id: number, text: string, zone: string, onEvent: (event: AnswerEvent) => void, signal?: AbortSignal): Promise<void> {
    const response = await openStream(`${base}/conversations/${id}/messages`, { text, zone }, signal)
    if (!response.body) throw new ApiError({ status: 0, title: 'No answer', detail: 'The server sent no answer stream' })
    const reader = response.body.getReader()
    const decoder = new TextDecoder()
    let buffer = ''
    try {
      for (;;) {
        const { value, done } = await reader.read()
        if (done) break
        buffer += decoder.decode(value, { stream: true }).replace(/\r\n/g, '\n')
        let end = buffer.indexOf('\n\n')
        while (end >= 0) {
          const event = parseEvent(buffer.slice(0, end))
          buffer = buffer.slice(end + 2)
          if (event) onEvent(event)
          end = buffer.indexOf('\n\n')
        }
      }
    } catch (cause) {
      if (signal?.aborted) return
      throw cause
    }
  },
}

/** One server-sent event block (`event:` and `data:` lines) as an {@link AnswerEvent}; null for comments and unknowns. */
export function parseEvent(block: string): AnswerEvent | null {
  let name = ''
  const data: string[] = []
  for (const line of block.split('\n')) {
    if (line.startsWith('event:')) name = line.slice(6).trim()
    else if (line.startsWith('data:')) data.push(line.slice(5).replace(/^ /, ''))
  }
  if (!name || data.length === 0) return null
  const payload = JSON.parse(data.join('\n'))
  switch (name) {
    case 'question':
      return { type: 'question', message: payload }
    case 'token':
      return { type: 'token', text: payload.text }
    case 'restart':
      return { type: 'restart', note: payload.note }
    case 'done':
      return { type: 'done', message: payload }
    case 'error':
      return { type: 'error', status: payload.status, detail: payload.detail }
    default:
      return null
  }
}
