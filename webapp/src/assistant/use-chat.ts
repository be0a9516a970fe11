import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useCallback, useEffect, useRef, useState } from 'react'
import { ApiError } from '../api/http'
import { assistantApi, type ChatMessage } from '../api/assistant'

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
      try {
        if (id === null) {
          id = (await assistantApi.create(projectKey)).id
          setActiveId(id)
        }
        const controller = new AbortController()
        abort.current = controller
        setPending({ question, text: '', note: null })
        await assistantApi.ask(
          id,
          question,
          (event) => {
            if (event.type === 'token') setPending((p) => p && { ...p, text: p.text + event.text })
            else if (event.type === 'restart') setPending((p) => p && { ...p, text: '', note: event.note })
            else if (event.type === 'error') setError(event.detail)
          },
          controller.signal,
        )
      } catch (cause) {
        setError(cause instanceof ApiError ? cause.message : String(cause))
      } finally {
        abort.current = null
        if (id !== null) await refresh(id)
        setPending(null)
      }
    },
    [activeId, pending, projectKey, refresh],
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
