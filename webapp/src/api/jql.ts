import { ApiError, http } from './http'

/** A JQL problem and where it is: `line` and `character` are 1-based. */
export interface JqlError {
  message: string
  line?: number
  character?: number
}

export interface Validation {
  valid: boolean
  errors?: JqlError[]
}

export type SuggestionKind = 'field' | 'operator' | 'value' | 'function' | 'keyword'

export interface Suggestion {
  value: string
  display: string
  kind: SuggestionKind
}

/** Replace `jql[replaceFrom, replaceTo)` by a suggestion's value to accept it. */
export interface Suggestions {
  replaceFrom: number
  replaceTo: number
  suggestions: Suggestion[]
}

export interface JqlReference {
  fields: { name: string; aliases: string[]; type: string; operators: string[]; sortable: boolean; history?: boolean; description?: string }[]
  functions: { name: string; arguments: string; description: string }[]
  reservedWords: string[]
}

/** What a question in plain words means as JQL; `jql` is null when nothing in it was understood. */
export interface NaturalReading {
  jql: string | null
  interpretation: { phrase: string; clause: string }[]
  unmatched: string[]
}

export const jqlApi = {
  fromWords: (text: string, project?: string) => http.post<NaturalReading>('/api/v1/assistant/jql', { text, project }),
  validate: (jql: string) => http.get<Validation>('/api/v1/jql/validate', { jql }),
  autocomplete: (jql: string, cursor: number) => http.get<Suggestions>('/api/v1/jql/autocomplete', { jql, cursor }),
  reference: () => http.get<JqlReference>('/api/v1/jql/reference'),
}

/** The JQL problem behind a refused search or filter save (400 "Invalid JQL"), with its position. */
export function jqlError(error: unknown): JqlError | undefined {
  if (!(error instanceof ApiError) || error.status !== 400) return undefined
  const { title, line, character, errorMessages } = error.problem
  if (title !== 'Invalid JQL' && typeof line !== 'number') return undefined
  const message = Array.isArray(errorMessages) && errorMessages.length ? String(errorMessages[0]) : error.message
  return {
    message,
    line: typeof line === 'number' ? line : undefined,
    character: typeof character === 'number' ? character : undefined,
  }
}
