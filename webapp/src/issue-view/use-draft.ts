import { useState } from 'react'

interface Edit {
  text: string
  /** The saved value the edit started from, or was last reconciled with. */
  base: string
}

/**
 * Text being edited in place, kept apart from the saved value: a live update changes `saved` but never the text.
 * `changedUnder` says someone else saved this field since the edit began; `reload` takes theirs, `keepMine` goes on.
 */
export function useDraft(saved: string) {
  const [edit, setEdit] = useState<Edit | null>(null)
  return {
    editing: edit !== null,
    text: edit?.text ?? saved,
    base: edit?.base ?? saved,
    changedUnder: edit !== null && edit.base !== saved,
    start: () => setEdit({ text: saved, base: saved }),
    change: (text: string) => setEdit((current) => current && { ...current, text }),
    stop: () => setEdit(null),
    reload: () => setEdit({ text: saved, base: saved }),
    keepMine: () => setEdit((current) => current && { ...current, base: saved }),
  }
}

export type Draft = ReturnType<typeof useDraft>
