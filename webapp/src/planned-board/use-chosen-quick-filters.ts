import { useMemo } from 'react'
import type { BoardConfig } from '../api/planning'
import { usePageSearchParams } from '../app/page-location'

const PARAM = 'quickFilter'

/**
 * The board's quick filters turned on, kept in the URL (`?quickFilter=<id>`, once for each), so a filtered board can be
 * linked and comes back as it was. `chosen`: their ids in the board's order; an id the board no longer has (a
 * quick filter deleted since the link was made) is left out.
 */
export function useChosenQuickFilters(board: BoardConfig | undefined) {
  const [params, setParams] = usePageSearchParams()
  const inUrl = params.getAll(PARAM).join(',')
  const chosen = useMemo(() => {
    const wanted = new Set(inUrl.split(','))
    return (board?.quickFilters ?? []).filter((f) => wanted.has(String(f.id))).map((f) => f.id)
  }, [board, inUrl])
  const toggle = (id: number) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current)
        const on = next.getAll(PARAM)
        next.delete(PARAM)
        for (const value of on.includes(String(id)) ? on.filter((v) => v !== String(id)) : [...on, String(id)]) next.append(PARAM, value)
        return next
      },
      { replace: true },
    )
  return { chosen, toggle }
}
