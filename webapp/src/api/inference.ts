import { http } from './http'

/** The most probable value of a field (`type`, `priority`, `component`, `label`, `assignee`…) and its probability. */
export interface FieldSuggestion {
  field: string
  value: string
  confidence: number
  /** For an estimate (story points): the likely range; absent or null for the other fields. */
  low?: string | null
  high?: string | null
}

/** One issue ranked by the model; `score` orders them and is not a probability. */
export interface ScoredIssue {
  key: string
  summary: string
  status: string | null
  score: number
}

/** What the project's active model suggests for an issue being written. */
export interface DraftSuggestions {
  projectKey: string
  modelVersion: string
  fields: FieldSuggestion[]
  possibleDuplicates: ScoredIssue[]
}

export const inferenceApi = {
  /** 409 when the project has no active model. */
  suggest: (projectKey: string, draft: { summary: string; description: string }, signal?: AbortSignal) =>
    http.post<DraftSuggestions>(`/api/v1/projects/${encodeURIComponent(projectKey)}/suggestions`, draft, signal),
}
