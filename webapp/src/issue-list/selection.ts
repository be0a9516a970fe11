import { useCallback, useMemo, useState } from 'react'

export interface Selection {
  keys: Set<string>
  /** Where the last plain click was, for shift-click ranges. */
  anchor: string | undefined
}

export const NO_SELECTION: Selection = { keys: new Set(), anchor: undefined }

/**
 * A click toggles one row and becomes the anchor; a shift-click selects every row between the anchor and the
 * clicked one (in the order shown), as in a file manager or Jira's bulk change.
 */
export function clickRow(selection: Selection, rows: string[], key: string, shift: boolean): Selection {
  const from = selection.anchor === undefined ? -1 : rows.indexOf(selection.anchor)
  const to = rows.indexOf(key)
  if (shift && from >= 0 && to >= 0) {
    const [low, high] = from < to ? [from, to] : [to, from]
    return { keys: new Set([...selection.keys, ...rows.slice(low, high + 1)]), anchor: selection.anchor }
  }
  const keys = new Set(selection.keys)
  if (keys.has(key)) keys.delete(key)
  else keys.add(key)
  return { keys, anchor: key }
}

/** All rows, or none when all are already selected. */
export function toggleAll(selection: Selection, rows: string[]): Selection {
  const all = rows.length > 0 && rows.every((row) => selection.keys.has(row))
  return { keys: all ? new Set() : new Set(rows), anchor: undefined }
}

/** Keeps only the rows still shown (after a page change, a filter or a refetch). */
export function keepShown(selection: Selection, rows: string[]): Selection {
  const shown = new Set(rows)
  const keys = [...selection.keys].filter((key) => shown.has(key))
  return keys.length === selection.keys.size ? selection : { keys: new Set(keys), anchor: selection.anchor }
}

export function useSelection(rows: string[]) {
  const [selection, setSelection] = useState<Selection>(NO_SELECTION)
  const current = useMemo(() => keepShown(selection, rows), [selection, rows])
  return {
    selected: current.keys,
    allSelected: rows.length > 0 && rows.every((row) => current.keys.has(row)),
    click: useCallback((key: string, shift: boolean) => setSelection((s) => clickRow(keepShown(s, rows), rows, key, shift)), [rows]),
    toggleAll: useCallback(() => setSelection((s) => toggleAll(keepShown(s, rows), rows)), [rows]),
    set: useCallback((keys: string[]) => setSelection({ keys: new Set(keys), anchor: undefined }), []),
    /** Takes these rows out of the selection, keeping the rest (rows picked meanwhile among them). */
    remove: useCallback(
      (keys: string[]) => setSelection((s) => ({ keys: new Set([...s.keys].filter((key) => !keys.includes(key))), anchor: s.anchor })),
      [],
    ),
  }
}
