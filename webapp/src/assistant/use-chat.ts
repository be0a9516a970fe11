import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useCallback, useEffect, useRef, useState } from 'react'
import { ApiError } from '../api/http'
import { assistantApi, type ChatMessage, type Conversation, type Thread } from '../api/assistant'
import { readerZone } from '../app/calendar-day'

export const chatKeys = {
  conversations: ['assistant', 'conversations'] as const,
  thread: (id: number) => ['assistant', 'thread', id] as const,
}

/** The answer being streamed: its question, the text so far, and a note when the provider fell back. */
export interface PendingAnswer {
  question: string
  text: string
  note: string | null
}

/** The thread with `messages` put in by id (a stored question or answer the stream announced), in order. */
export function withMessages(thread: Thread | undefined, conversation: Conversation | undefined, messages: ChatMessage[]): Thread | undefined {
  const base = thread ?? (conversation && { conversation, messages: [] })
  if (!base) return undefined
  const byId = new Map(base.messages.map((m) => [m.id, m]))
  for (const m of messages) byId.set(m.id, m)
  return { ...base, messages: [...byId.values()].sort((a, b) => a.id - b.id) }
}

/**
 * The chat's state: the caller's conversations, the one open, and the answer on its way. `send` creates a
 * conversation (about `projectKey`) when none is open; `stop` ends the stream (the server keeps what was shown).
 */
export function useChat(projectKey: string | null | undefined) {
  const client = useQueryClient()
  const [activeId, setActiveId] = useState<number | null>(null)
  const [pending, setPending] = useState<PendingAnswer | null>(null)
  const [error, setError] = useState<string | null>(null)
  const abort = useRef<AbortController | null>(null)
  useEffect(() => () => abort.current?.abort(), [])

  const conversations = useQuery({ queryKey: chatKeys.conversations, queryFn: assistantApi.list })
  const thread = useQuery({
    queryKey: chatKeys.thread(activeId ?? 0),
    queryFn: () => assistantApi.get(activeId as number),
    enabled: activeId !== null,
  })

  const refresh = useCallback(
    async (id: number) => {
      await Promise.all([
        client.invalidateQueries({ queryKey: chatKeys.thread(id) }),
        client.invalidateQueries({ queryKey: chatKeys.conversations }),
      ])
    },
    [client],
  )

  const send = useCallback(
    async (text: string) => {
      const question = text.trim()
      if (!question || pending) return
      setError(null)
      let id = activeId
      let created: Conversation | undefined
      // What the stream announced goes into the thread as it comes, after any read of the thread still under way is
      // cancelled: that read may have left before the answer was stored, and a refresh would only join it.
      let shown: Promise<void> = Promise.resolve()
      const show = (conversationId: number, message: ChatMessage, done: boolean) => {
        shown = shown.then(async () => {
          await client.cancelQueries({ queryKey: chatKeys.thread(conversationId) })
          client.setQueryData<Thread>(chatKeys.thread(conversationId), (thread) => withMessages(thread, created, [message]))
          if (done) setPending(null)
        })
      }
      try {
        if (id === null) {
          created = await assistantApi.create(projectKey)
          id = created.id
          setActiveId(id)
        }
        const conversationId = id
        const controller = new AbortController()
        abort.current = controller
        setPending({ question, text: '', note: null })
        await assistantApi.ask(
          conversationId,
          question,
          readerZone(),
          (event) => {
            if (event.type === 'token') setPending((p) => p && { ...p, text: p.text + event.text })
            else if (event.type === 'restart') setPending((p) => p && { ...p, text: '', note: event.note })
            else if (event.type === 'question') show(conversationId, event.message, false)
            else if (event.type === 'done') show(conversationId, event.message, true)
            else if (event.type === 'error') setError(event.detail)
          },
          controller.signal,
        )
      } catch (cause) {
        setError(cause instanceof ApiError ? cause.message : String(cause))
      } finally {
        abort.current = null
        await shown
        if (id !== null) {
          await client.cancelQueries({ queryKey: chatKeys.thread(id) })
          await refresh(id)
        }
        setPending(null)
      }
    },
    [activeId, client, pending, projectKey, refresh],
  )

  const stop = useCallback(() => abort.current?.abort(), [])

  const newChat = useCallback(() => {
    abort.current?.abort()
    setActiveId(null)
    setError(null)
  }, [])

  const rename = useCallback(
    async (id: number, title: string) => {
      await assistantApi.rename(id, title)
      await refresh(id)
    },
    [refresh],
  )

  const remove = useCallback(
    async (id: number) => {
      await assistantApi.remove(id)
      if (id === activeId) setActiveId(null)
      await client.invalidateQueries({ queryKey: chatKeys.conversations })
    },
    [activeId, client],
  )

  const rate = useCallback(
    async (message: ChatMessage, rating: 'up' | 'down', comment?: string) => {
      await assistantApi.rate(message.id, rating, comment)
      await client.invalidateQueries({ queryKey: chatKeys.thread(message.conversationId) })
    },
    [client],
  )

  return {
    conversations: conversations.data?.items ?? [],
    activeId,
    select: setActiveId,
    messages: activeId === null ? [] : (thread.data?.messages ?? []),
    pending,
    error,
    send,
    stop,
    newChat,
    rename,
    remove,
    rate,
  }
}

export type Chat = ReturnType<typeof useChat>
