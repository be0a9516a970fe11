import { ApiError } from '../api/http'
import type { Issue } from '../api/issues'

export interface LinkDraft {
  /** A link description read from this issue's side, e.g. "is blocked by". */
  type: string
  otherKey: string
}

export interface LinkProblems {
  type?: string
  otherKey?: string
  general?: string
}

export const ISSUE_KEY = /^[A-Z][A-Z0-9_]*-[1-9][0-9]*$/

export const normalKey = (text: string) => text.trim().toUpperCase()

/** What can be told before asking the server: a well-formed key, not this issue, not a link it already has. */
export function validateLink(draft: LinkDraft, issue: Issue): LinkProblems {
  const key = normalKey(draft.otherKey)
  if (!key) return { otherKey: 'Enter the key of the issue to link, like WEB-12' }
  if (!ISSUE_KEY.test(key)) return { otherKey: `“${draft.otherKey.trim()}” is not an issue key, like WEB-12` }
  if (key === issue.key) return { otherKey: 'An issue cannot be linked to itself' }
  if (issue.links.some((link) => link.key === key && link.description === draft.type)) {
    return { otherKey: `${issue.key} already ${draft.type} ${key}` }
  }
  return {}
}

/** The server's refusal under the field it concerns: an unknown or unseen issue under the key, a bad type under the type. */
export function linkProblems(error: unknown): LinkProblems {
  if (!error) return {}
  if (!(error instanceof ApiError)) return { general: String((error as Error).message ?? error) }
  if (error.status === 404) return { otherKey: error.message }
  const byField = error.messagesByField
  if (byField.issue || byField.type) return { otherKey: byField.issue, type: byField.type }
  return { general: error.message }
}
