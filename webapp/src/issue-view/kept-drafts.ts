import { useState } from 'react'

const PREFIX = 'meridian.draft.'

// In the tab's session storage: a draft outlives its panel (another issue opened over it, the tab reloaded), never the tab.
function storage(): Storage | undefined {
  try {
    return window.sessionStorage
  } catch {
    return undefined
  }
}

/**
 * Text being written in an issue's panel, kept until it is saved or discarded, so that reopening the issue offers it
 * back. Named `<issue key>:<what>`, e.g. `WEB-1:description`.
 */
export const keptDrafts = {
  get<T>(name: string): T | undefined {
    const text = storage()?.getItem(PREFIX + name)
    if (!text) return undefined
    try {
      return JSON.parse(text) as T
    } catch {
      return undefined
    }
  },
  set(name: string, value: unknown) {
    try {
      if (value === undefined) storage()?.removeItem(PREFIX + name)
      else storage()?.setItem(PREFIX + name, JSON.stringify(value))
    } catch {
      // A full or refused storage only loses the copy; the text on screen stays.
    }
  },
  /** Every draft of the issue: its panel was closed on Discard. */
  forget(issueKey: string) {
    draftsOf(issueKey).forEach((what) => keptDrafts.set(`${issueKey}:${what}`, undefined))
  },
  /** Every draft of the issue, under the key it has now: it was moved to another project. */
  rename(issueKey: string, newKey: string) {
    draftsOf(issueKey).forEach((what) => {
      keptDrafts.set(`${newKey}:${what}`, keptDrafts.get(`${issueKey}:${what}`))
      keptDrafts.set(`${issueKey}:${what}`, undefined)
    })
  },
}

/** What the issue has drafts of ("comment", "description"…). */
const draftsOf = (issueKey: string) =>
  Object.keys(storage() ?? {})
    .filter((name) => name.startsWith(`${PREFIX}${issueKey}:`))
    .map((name) => name.slice(`${PREFIX}${issueKey}:`.length))

/** State kept as `name` while `worthKeeping` says so (something was typed), starting from the one kept, if any. */
export function useKeptState<T>(name: string, empty: T, worthKeeping: (value: T) => boolean): [T, (value: T) => void] {
  const [value, setValue] = useState<T>(() => keptDrafts.get<T>(name) ?? empty)
  const set = (next: T) => {
    setValue(next)
    keptDrafts.set(name, worthKeeping(next) ? next : undefined)
  }
  return [value, set]
}
