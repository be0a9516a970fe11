import type { Lane, LaneGrouping } from '../api/board-lanes'

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
