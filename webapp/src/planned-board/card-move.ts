import type { IssueChanges } from '../api/issues'
import type { BoardConfig, BoardIssues } from '../api/planning'
import { laneChange, NO_LANE } from '../board/lanes-state'
import { wipState } from './wip'

/** Where a dropped card goes: a column (its index), the status that puts it there, the swimlane (its id), if they change. */
export interface CardDrop {
  to: number
  status?: string
  lane?: string
}

/**
 * The board after card `key` was dropped: out of its cell, first in the new one (in the new lane, if it has one on
 * screen), the columns' counts and WIP states following, as the server will show it.
 */
export function moveCard(data: BoardIssues, key: string, { to, status, lane }: CardDrop): BoardIssues {
  const fromLane = data.lanes.find((candidate) => candidate.columns.some((cards) => cards.some((card) => card.key === key)))
  if (!fromLane) return data
  const from = fromLane.columns.findIndex((cards) => cards.some((card) => card.key === key))
  const toLane = lane ?? fromLane.id
  if (from === to && toLane === fromLane.id) return data
  const card = fromLane.columns[from].find((candidate) => candidate.key === key)!
  const moved = status === undefined ? card : { ...card, status }
  const lanes = data.lanes.map((candidate) => {
    if (candidate.id !== fromLane.id && candidate.id !== toLane) return candidate
    const columns = candidate.columns.map((cards, index) => {
      const without = candidate.id === fromLane.id && index === from ? cards.filter((other) => other.key !== key) : cards
      return candidate.id === toLane && index === to ? [moved, ...without] : without
    })
    return { ...candidate, columns }
  })
  const columns = data.columns.map((column, index) => {
    const change = (index === to ? 1 : 0) - (index === from ? 1 : 0)
    if (!change) return column
    const count = column.count + change
    return { ...column, count, shown: column.shown + change, state: wipState({ ...column, count }) }
  })
  return { ...data, lanes, columns }
}

/**
 * What moving a card into swimlane `laneId` changes ('' is the lane without a value, the project board's `none`);
 * nothing for a lane it cannot join.
 */
export function laneChangeOf(swimlanes: BoardConfig['swimlanes'], laneId: string): IssueChanges | undefined {
  if (swimlanes === 'assignee' || swimlanes === 'epic') return laneChange(swimlanes, laneId || NO_LANE)
  // An issue always has a priority: it can join another priority's lane, not "No priority".
  if (swimlanes === 'priority' && laneId) return { priority: laneId }
  return undefined
}
