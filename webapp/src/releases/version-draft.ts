import type { Version, VersionChanges } from '../api/projects'

/** A version's form as typed: dates as YYYY-MM-DD, '' for none. */
export interface Draft {
  name: string
  startDate: string
  releaseDate: string
  description: string
}

export const draftOf = (version?: Version): Draft => ({
  name: version?.name ?? '',
  startDate: version?.startDate ?? '',
  releaseDate: version?.releaseDate ?? '',
  description: version?.description ?? '',
})

/** What the form says is wrong before anything is sent: a version needs a name, and starts before it is released. */
export function draftProblems(draft: Draft): Partial<Record<keyof Draft, string>> {
  return {
    ...(!draft.name.trim() && { name: 'Give the version a name, e.g. 2.1.' }),
    ...(draft.startDate && draft.releaseDate && draft.startDate > draft.releaseDate && { startDate: 'The start date is after the release date.' }),
  }
}

/** Only the fields changed; an emptied description or date is cleared (null). */
export function changesOf(version: Version, draft: Draft): VersionChanges {
  const before = draftOf(version)
  const changes: VersionChanges = {}
  if (draft.name.trim() !== before.name) changes.name = draft.name.trim()
  if (draft.description.trim() !== before.description) changes.description = draft.description.trim() || null
  if (draft.startDate !== before.startDate) changes.startDate = draft.startDate || null
  if (draft.releaseDate !== before.releaseDate) changes.releaseDate = draft.releaseDate || null
  return changes
}
