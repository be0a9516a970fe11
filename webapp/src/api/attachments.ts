import { http, upload } from './http'
import type { UserRef } from './users'

export interface Attachment {
  id: number
  issueKey: string
  fileName: string
  mediaType: string
  size: number
  author: UserRef | null
  createdAt: string
}

/** As Jira's attachment meta: whether files can be attached, and the largest one in bytes. */
export interface AttachmentMeta {
  enabled: boolean
  uploadLimit: number
}

const path = (issueKey: string) => `/api/v1/issues/${encodeURIComponent(issueKey)}/attachments`

export const attachmentsApi = {
  meta: () => http.get<AttachmentMeta>('/api/v1/attachments/meta'),
  /** One file per request, so that each shows its own progress and its own refusal. */
  add: (issueKey: string, file: File, onProgress?: (fraction: number) => void) => {
    const form = new FormData()
    form.append('file', file, file.name)
    return upload<Attachment[]>(path(issueKey), form, onProgress)
  },
  remove: (id: number) => http.delete(`/api/v1/attachments/${id}`),
  /** Where the browser reads the file: safe images are shown inline, every other file is downloaded. */
  contentUrl: (id: number) => `/api/v1/attachments/${id}`,
  /**
   * Where the viewer frames a PDF: sent inline (still sandboxed) to Meridian's own pages only. The path ends with the
   * file's name, which a browser's PDF viewer shows as its title (Chromium's takes the URL's last segment).
   */
  inlineUrl: (file: Pick<Attachment, 'id' | 'fileName'>) => `/api/v1/attachments/${file.id}/${nameSegment(file.fileName)}?inline=true`,
}

/**
 * A file name as a URL's last segment. The server finds the file by its id alone; the characters its firewall refuses
 * in a path (%, ;, slashes) would have the request refused, so they become "_", and a name of dots is "file".
 */
function nameSegment(fileName: string): string {
  const safe = fileName.replace(/[%;/\\]/g, '_')
  return /^\.*$/.test(safe) ? 'file' : encodeURIComponent(safe)
}

/** Shown as thumbnails; the server sends these inline and nothing else. */
export const isImage = (attachment: Pick<Attachment, 'mediaType'>) =>
  ['image/png', 'image/jpeg', 'image/gif', 'image/webp'].includes(attachment.mediaType)

/** Shown in the viewer's frame, as the server sends it inline when asked for {@link attachmentsApi.inlineUrl}. */
export const isPdf = (attachment: Pick<Attachment, 'mediaType'>) => attachment.mediaType === 'application/pdf'

/** "PDF", "PNG": what a file without a thumbnail shows. */
export function fileExtension(name: string): string {
  const dot = name.lastIndexOf('.')
  return dot > 0 && name.length - dot <= 5 ? name.slice(dot + 1).toUpperCase() : 'FILE'
}

/** "512 B", "2.5 KB", "31 MB": rounded up to a tenth, as the server words its limit. */
export function fileSize(bytes: number): string {
  const units = ['B', 'KB', 'MB', 'GB']
  let value = bytes
  let unit = 0
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024
    unit++
  }
  const shown = unit === 0 ? value : Math.ceil(value * 10) / 10
  return `${shown} ${units[unit]}`
}
