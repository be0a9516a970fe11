import { useState } from 'react'
import { keptDrafts } from './kept-drafts'

interface Edit {
  text: string
  /** The saved value the edit started from, or was last reconciled with. */
  base: string
}

/**
 * Text being edited in place, kept apart from the saved value: a live update changes `saved` but never the text.
 * `changedUnder` says someone else saved this field since the edit began; `reload` takes theirs, `keepMine` goes on.
 * With `keptAs`, a changed text is kept (kept-drafts.ts) until saved or discarded: a panel closed without either offers
 * it back as `kept`, which `restore` edits again and `stop` forgets.
 */
export function useDraft(saved: string, keptAs?: string) {
  const [edit, setEdit] = useState<Edit | null>(null)
  const [kept, setKept] = useState(() => {
    const found = keptAs ? keptDrafts.get<Edit>(keptAs) : undefined
    return found && found.text !== saved ? found : undefined
  })
  const put = (next: Edit | null) => {
    setEdit(next)
    if (keptAs) keptDrafts.set(keptAs, next && next.text !== next.base ? next : undefined)
  }
  return {
    editing: edit !== null,
    text: edit?.text ?? saved,
    base: edit?.base ?? saved,
    /** Changed from what it started from: closing would lose it. */
    dirty: edit !== null && edit.text !== edit.base,
    changedUnder: edit !== null && edit.base !== saved,
    kept: kept?.text,
    start: () => setEdit({ text: saved, base: saved }),
    restore: () => {
      if (kept) setEdit(kept)
      setKept(undefined)
    },
    change: (text: string) => edit && put({ ...edit, text }),
    stop: () => {
      put(null)
      setKept(undefined)
    },
    reload: () => put({ text: saved, base: saved }),
    keepMine: () => edit && put({ ...edit, base: saved }),
  }
}

export type Draft = ReturnType<typeof useDraft>
