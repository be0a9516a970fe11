import type { Version } from '../api/projects'
import type { VersionProgress } from '../api/releases'
import { plural } from '../app/words'
import { quote } from '../issue-list/list-query'

export type ReleaseStatus = 'unreleased' | 'released' | 'archived'

export const RELEASE_STATUSES: { status: ReleaseStatus; label: string }[] = [
  { status: 'unreleased', label: 'Unreleased' },
  { status: 'released', label: 'Released' },
  { status: 'archived', label: 'Archived' },
]

/** What the page lists at first, as Jira's: archived versions are done with. */
export const SHOWN_AT_FIRST: ReleaseStatus[] = ['unreleased', 'released']

/** An archived version is archived whether released or not. */
export function statusOf(version: Version): ReleaseStatus {
  if (version.archived) return 'archived'
  return version.released ? 'released' : 'unreleased'
}

export const statusLabel = (version: Version) => RELEASE_STATUSES.find(({ status }) => status === statusOf(version))!.label

/** Unreleased and its release day (YYYY-MM-DD) gone by `today`, the reader's day. */
export function isOverdue(version: Version, today: string): boolean {
  return statusOf(version) === 'unreleased' && !!version.releaseDate && version.releaseDate < today
}

export function shownVersions(all: VersionProgress[], shown: ReleaseStatus[]): VersionProgress[] {
  return all.filter((row) => shown.includes(statusOf(row.version)))
}

/** The versions issues can move to: unreleased ones other than `except`. */
export function moveTargets(all: Version[], except: Version): Version[] {
  return all.filter((version) => version.id !== except.id && statusOf(version) === 'unreleased')
}

/** The versions a deleted version's issues can go to: any other not archived (an archived one takes no new issues). */
export function replacements(all: Version[], except: Version): Version[] {
  return all.filter((version) => version.id !== except.id && !version.archived)
}

export interface ProgressParts {
  total: number
  /** Percentages of the bar, done first, rounded so that they add up to 100 (0 each with no issues). */
  done: number
  inProgress: number
  toDo: number
  /** The counts in words, for hover and screen readers. */
  text: string
}

export function progressParts({ toDo, inProgress, done }: Pick<VersionProgress, 'toDo' | 'inProgress' | 'done'>): ProgressParts {
  const total = toDo + inProgress + done
  if (!total) return { total, done: 0, inProgress: 0, toDo: 0, text: 'No issues' }
  const donePart = Math.round((done / total) * 100)
  const inProgressPart = Math.min(100 - donePart, Math.round((inProgress / total) * 100))
  return {
    total,
    done: donePart,
    inProgress: inProgressPart,
    toDo: 100 - donePart - inProgressPart,
    text: `${plural(total, 'issue')}: ${done} done, ${inProgress} in progress, ${toDo} to do`,
  }
}

/** The JQL of a version's issues (its fix version), as Jira's version page runs it. */
export const versionJql = (projectKey: string, versionName: string) =>
  `project = ${quote(projectKey)} AND fixVersion = ${quote(versionName)} ORDER BY issuetype ASC, key ASC`
