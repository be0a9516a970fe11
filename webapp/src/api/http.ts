import { takeEarlyResponse } from './early-responses'

export interface FieldError {
  field: string
  message: string
}

/** An RFC 9457 problem+json body; extra members (`current`, `allowed`, ...) depend on the problem. */
export interface Problem {
  status: number
  title: string
  detail?: string
  errors?: FieldError[]
  [member: string]: unknown
}

export class ApiError extends Error {
  readonly status: number
  readonly problem: Problem

  constructor(problem: Problem) {
    super(problem.detail || problem.title || `HTTP ${problem.status}`)
    this.name = 'ApiError'
    this.status = problem.status
    this.problem = problem
  }

  get fieldErrors(): FieldError[] {
    return this.problem.errors ?? []
  }

  /** Messages keyed by field; several messages for one field are joined. */
  get messagesByField(): Record<string, string> {
    const byField: Record<string, string> = {}
    for (const { field, message } of this.fieldErrors) {
      byField[field] = byField[field] ? `${byField[field]}; ${message}` : message
    }
    return byField
  }
}

/** What was wrong, in the server's words: each field's message (the field's name is the app's to show, if at all), else the detail. */
export function reasonOf(error: Error): string {
  const fields = error instanceof ApiError ? error.fieldErrors.map((field) => field.message).join('; ') : ''
  return fields || error.message
}

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE'])

function cookie(name: string): string | undefined {
  const prefix = `${name}=`
  const found = document.cookie.split('; ').find((part) => part.startsWith(prefix))
  return found ? decodeURIComponent(found.slice(prefix.length)) : undefined
}

async function csrfToken(): Promise<string | undefined> {
  // The server sets the XSRF-TOKEN cookie on any session read; fetch one if we have none yet.
  if (!cookie('XSRF-TOKEN')) await fetch('/api/v1/session', { headers: baseHeaders(), credentials: 'same-origin' })
  return cookie('XSRF-TOKEN')
}

function baseHeaders(): Record<string, string> {
  // Without it a 401 from the API makes the browser show its Basic-auth box.
  return { 'X-Requested-With': 'XMLHttpRequest', Accept: 'application/json, application/problem+json' }
}

async function toProblem(response: Response): Promise<Problem> {
  const fallback: Problem = { status: response.status, title: response.statusText || `HTTP ${response.status}` }
  const text = await response.text()
  if (!text) return fallback
  try {
    const body = JSON.parse(text) as Partial<Problem>
    return { ...fallback, ...body, status: body.status ?? response.status }
  } catch {
    return { ...fallback, detail: text.slice(0, 300) }
  }
}

/** A list value repeats its parameter (`a=1&a=2`). */
export type Query = Record<string, string | number | undefined | null | string[]>

export function withQuery(path: string, query: Query): string {
  const params = new URLSearchParams()
  for (const [name, value] of Object.entries(query)) {
    if (Array.isArray(value)) value.forEach((item) => params.append(name, item))
    else if (value !== undefined && value !== null && value !== '') params.set(name, String(value))
  }
  const search = params.toString()
  return search ? `${path}?${search}` : path
}

/** The one way the app talks to the server: JSON in, JSON out, failures as {@link ApiError}. */
export async function request<T>(method: string, path: string, body?: unknown, signal?: AbortSignal): Promise<T> {
  const headers = baseHeaders()
  if (body !== undefined) headers['Content-Type'] = 'application/json'
  let response: Response
  try {
    if (UNSAFE.has(method)) {
      const token = await csrfToken()
      if (token) headers['X-XSRF-TOKEN'] = token
    }
    const ask = () =>
      fetch(path, { method, headers, credentials: 'same-origin', body: body === undefined ? undefined : JSON.stringify(body), signal })
    const early = method === 'GET' ? takeEarlyResponse(path) : undefined
    response = await (early ? early.catch(ask) : ask())
  } catch (cause) {
    if (signal?.aborted) throw cause
    throw new ApiError({ status: 0, title: 'Network error', detail: `Could not reach the server (${String(cause)})` })
  }
  if (!response.ok) throw new ApiError(await toProblem(response))
  if (response.status === 204) return undefined as T
  const text = await response.text()
  return (text ? JSON.parse(text) : undefined) as T
}

/**
 * A POST whose answer is read as it arrives (server-sent events): the same headers and CSRF token as
 * {@link request}; a refusal before the stream starts is thrown as {@link ApiError}. Aborting `signal` ends it.
 */
export async function openStream(path: string, body: unknown, signal?: AbortSignal): Promise<Response> {
  const headers = { ...baseHeaders(), Accept: 'text/event-stream', 'Content-Type': 'application/json' }
  const token = await csrfToken()
  let response: Response
  try {
    response = await fetch(path, {
      method: 'POST',
      headers: token ? { ...headers, 'X-XSRF-TOKEN': token } : headers,
      credentials: 'same-origin',
      body: JSON.stringify(body),
      signal,
    })
  } catch (cause) {
    if (signal?.aborted) throw cause
    throw new ApiError({ status: 0, title: 'Network error', detail: `Could not reach the server (${String(cause)})` })
  }
  if (!response.ok) throw new ApiError(await toProblem(response))
  return response
}

/**
 * Sends a form (files) as {@link request} sends JSON, with the same headers, CSRF token and failures, through
 * XMLHttpRequest: fetch cannot tell how much of a request body has gone out, and an upload shows its progress.
 */
export async function upload<T>(path: string, form: FormData, onProgress?: (fraction: number) => void): Promise<T> {
  const token = await csrfToken()
  return new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest()
    xhr.open('POST', path)
    xhr.withCredentials = true
    for (const [name, value] of Object.entries(baseHeaders())) xhr.setRequestHeader(name, value)
    if (token) xhr.setRequestHeader('X-XSRF-TOKEN', token)
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress?.(event.loaded / event.total)
    }
    xhr.onerror = () => reject(new ApiError({ status: 0, title: 'Network error', detail: 'Could not reach the server, or it stopped the upload' }))
    xhr.onload = () => {
      const response = new Response(xhr.responseText || null, { status: xhr.status, statusText: xhr.statusText })
      if (xhr.status < 200 || xhr.status >= 300) void toProblem(response).then((problem) => reject(new ApiError(problem)))
      else resolve((xhr.responseText ? JSON.parse(xhr.responseText) : undefined) as T)
    }
    xhr.send(form)
  })
}

export const http = {
  get: <T>(path: string, query: Query = {}) => request<T>('GET', withQuery(path, query)),
  post: <T>(path: string, body?: unknown, signal?: AbortSignal) => request<T>('POST', path, body ?? {}, signal),
  put: <T>(path: string, body?: unknown) => request<T>('PUT', path, body ?? {}),
  patch: <T>(path: string, body: unknown) => request<T>('PATCH', path, body),
  delete: <T = void>(path: string) => request<T>('DELETE', path),
}
