import type { BoardIssues } from '../api/planning'
import { wipState } from './wip'

/**
 * The board after card `key` moved to column `to` (an index) at `status`, in its own lane: out of its cell, first in
 * the new one, the columns' counts and WIP states following, as the server will show it.
 */
export function moveCard(data: BoardIssues, key: string, to: number, status: string): BoardIssues {
  let from = -1
  const lanes = data.lanes.map((lane) => {
    const at = lane.columns.findIndex((cards) => cards.some((card) => card.key === key))
    if (at < 0 || at === to) return lane
    from = at
    const card = lane.columns[at].find((candidate) => candidate.key === key)!
    const columns = lane.columns.map((cards, index) => {
      if (index === at) return cards.filter((candidate) => candidate.key !== key)
      if (index === to) return [{ ...card, status }, ...cards]
      return cards
    })
    return { ...lane, columns }
  })
  if (from < 0) return data
  const columns = data.columns.map((column, index) => {
    const count = column.count + (index === to ? 1 : index === from ? -1 : 0)
    return count === column.count ? column : { ...column, count, state: wipState({ ...column, count }) }
  })
  return { ...data, lanes, columns }
}
