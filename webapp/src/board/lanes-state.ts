import type { Lane, LaneGrouping } from '../api/board-lanes'
import type { IssueChanges, IssueSummary } from '../api/issues'
import { withCard, withoutCard } from './board-state'

const GROUPINGS: LaneGrouping[] = ['none', 'assignee', 'epic']

const storageKey = (projectKey: string) => `meridian.board.lanes.${projectKey}`

function parseGrouping(value: string | null): LaneGrouping | undefined {
  return GROUPINGS.find((grouping) => grouping === value)
}

/** The board's grouping: the URL's `?lanes=` if it names one, else the one last chosen for the project, else none. */
export function chosenGrouping(search: URLSearchParams, projectKey: string, storage: Pick<Storage, 'getItem'>): LaneGrouping {
  return parseGrouping(search.get('lanes')) ?? parseGrouping(storage.getItem(storageKey(projectKey))) ?? 'none'
}

/** Remembers the grouping for the project and returns the URL's query with it (none leaves `lanes` out). */
export function rememberGrouping(search: URLSearchParams, projectKey: string, grouping: LaneGrouping, storage: Pick<Storage, 'setItem'>): URLSearchParams {
  storage.setItem(storageKey(projectKey), grouping)
  const next = new URLSearchParams(search)
  if (grouping === 'none') next.delete('lanes')
  else next.set('lanes', grouping)
  return next
}

/** A cell's name in requests for more of its cards: `lane id/status`. */
export const cellKey = (laneId: string, status: string) => `${laneId}/${status}`

/** The cards `j`/`k` walk through: lane by lane, and in a lane column by column, top to bottom; collapsed lanes skipped. */
export function laneCardKeys(lanes: Lane[], collapsed: ReadonlySet<string>): string[] {
  return lanes.flatMap((lane) => (collapsed.has(lane.id) ? [] : lane.cells.flatMap((cell) => cell.items.map((issue) => issue.key))))
}

/** The lane of the issues without an assignee, or without an epic. */
export const NO_LANE = 'none'

export type Grouped = Exclude<LaneGrouping, 'none'>

/** What moving a card into lane `laneId` changes: its assignee (the lane's email) or its epic (the lane's key). */
export function laneChange(by: Grouped, laneId: string): IssueChanges {
  const value = laneId === NO_LANE ? null : laneId
  return by === 'assignee' ? { assignee: value } : { parent: value }
}

/**
 * The card as lane `laneId` shows it: with that lane's epic, or its assignee (as the lane's other cards name them; until
 * the server answers, the old one when the lane shows no card).
 */
export function inLane(issue: IssueSummary, by: Grouped, laneId: string, lanes: Lane[]): IssueSummary {
  if (by === 'epic') return { ...issue, parentKey: laneId === NO_LANE ? null : laneId }
  if (laneId === NO_LANE) return { ...issue, assignee: null }
  const lane = lanes.find((candidate) => candidate.id === laneId)
  const assignee = lane?.cells.flatMap((cell) => cell.items).find((item) => item.assignee?.email === laneId)?.assignee
  return assignee ? { ...issue, assignee } : issue
}

/** The lanes after `issue` moved into lane `laneId` as `moved` (its status there included): out of its cell, into the new one. */
export function applyLaneMove(lanes: Lane[], issue: IssueSummary, moved: IssueSummary, laneId: string): Lane[] {
  return lanes.map((lane) => {
    const holds = lane.cells.some((cell) => cell.items.some((item) => item.key === issue.key))
    const takes = lane.id === laneId
    if (!holds && !takes) return lane
    const cells = lane.cells.map((cell) => {
      const without = holds ? withoutCard(cell, issue.key) : cell
      return takes && cell.status === moved.status ? withCard(without, moved) : without
    })
    return { ...lane, cells, total: lane.total - (holds ? 1 : 0) + (takes ? 1 : 0) }
  })
}
