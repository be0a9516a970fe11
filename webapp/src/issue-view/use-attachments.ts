import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { attachmentsApi, fileSize } from '../api/attachments'
import { reasonOf } from '../api/http'
import { queryKeys } from '../app/query-keys'
import { useToast } from '../app/use-toast'

/** A file on its way: how much of it has gone out, or why it was refused (its row names the file; the reason need not). */
export interface PendingUpload {
  id: number
  name: string
  progress: number
  error?: string
}

let nextUpload = 1

/** A file added or removed is a change of the issue (which lists its files): its history and updated time move too. */
function fileChanged(client: QueryClient, issueKey: string) {
  return Promise.all([queryKeys.history(issueKey), queryKeys.issue(issueKey)].map((queryKey) =>
    client.invalidateQueries({ queryKey }),
  ))
}

/**
 * Uploads files one request each, in parallel, each with its own progress and refusal. A file over the server's
 * limit is refused before it is sent, in the server's words: the server would stop reading it partway, and a browser
 * then reports a broken connection instead of the reason.
 */
export function useUploads(issueKey: string) {
  const client = useQueryClient()
  const [pending, setPending] = useState<PendingUpload[]>([])
  const update = (id: number, change: Partial<PendingUpload>) =>
    setPending((all) => all.map((upload) => (upload.id === id ? { ...upload, ...change } : upload)))

  const send = async (id: number, file: File, limit: number) => {
    if (file.size > limit) {
      update(id, { error: `${file.name} is ${fileSize(file.size)}; the limit is ${fileSize(limit)}` })
      return
    }
    try {
      await attachmentsApi.add(issueKey, file, (progress) => update(id, { progress }))
      await fileChanged(client, issueKey)
      setPending((all) => all.filter((upload) => upload.id !== id))
    } catch (error) {
      update(id, { error: reasonOf(error as Error) })
    }
  }

  const upload = async (files: File[]) => {
    if (files.length === 0) return
    const started = files.map((file) => ({ file, id: nextUpload++ }))
    setPending((all) => [...all, ...started.map(({ file, id }) => ({ id, name: file.name, progress: 0 }))])
    let limit = Number.POSITIVE_INFINITY
    try {
      limit = (await client.fetchQuery({ queryKey: queryKeys.attachmentMeta, queryFn: attachmentsApi.meta, staleTime: Infinity })).uploadLimit
    } catch {
      // The server checks the size anyway; without its limit here, a file over it fails with whatever the browser says.
    }
    await Promise.all(started.map(({ file, id }) => send(id, file, limit)))
  }
  const dismiss = (id: number) => setPending((all) => all.filter((upload) => upload.id !== id))
  return { pending, upload, dismiss }
}

export function useDeleteAttachment(issueKey: string) {
  const client = useQueryClient()
  const toast = useToast()
  return useMutation({
    mutationFn: ({ id }: { id: number; fileName: string }) => attachmentsApi.remove(id),
    onSuccess: () => fileChanged(client, issueKey),
    onError: (error, { fileName }) => toast.error(`Could not delete ${fileName}: ${error.message}`),
  })
}
