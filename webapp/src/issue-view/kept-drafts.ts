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
    const store = storage()
    if (!store) return
    const mine = Object.keys(store).filter((name) => name.startsWith(`${PREFIX}${issueKey}:`))
    mine.forEach((name) => store.removeItem(name))
  },
}

/** State kept as `name` while `worthKeeping` says so (something was typed), starting from the one kept, if any. */
export function useKeptState<T>(name: string, empty: T, worthKeeping: (value: T) => boolean): [T, (value: T) => void] {
  const [value, setValue] = useState<T>(() => keptDrafts.get<T>(name) ?? empty)
  const set = (next: T) => {
    setValue(next)
    keptDrafts.set(name, worthKeeping(next) ? next : undefined)
  }
  return [value, set]
}
