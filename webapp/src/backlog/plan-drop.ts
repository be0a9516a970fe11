/** A list on the backlog page: a sprint (by id) or the backlog itself (`null`), with its issue keys in rank order. */
export interface Section {
  sprintId: number | null
  keys: string[]
}

export type Place = { before: string } | { after: string }

/** What one drop asks of the server: a new rank, a move into or out of a sprint, or both. */
export interface DropPlan {
  key: string
  place?: Place
  /** `add` to a sprint, or `remove` from one (back to the backlog). */
  sprint?: { add: number } | { remove: number }
}

/**
 * A card dropped over another card goes before it (or after it, when dropped on its lower half); dropped on a
 * list's empty space it goes to the end of that list. Crossing lists plans the sprint change too.
 */
export function planDrop(sections: Section[], key: string, target: { sprintId: number | null; overKey?: string; below?: boolean }): DropPlan | null {
  const from = sections.find((s) => s.keys.includes(key))
  const to = sections.find((s) => s.sprintId === target.sprintId)
  if (!from || !to) return null
  const others = to.keys.filter((k) => k !== key)
  let place: Place | undefined
  if (target.overKey && target.overKey !== key && others.includes(target.overKey)) {
    place = target.below ? { after: target.overKey } : { before: target.overKey }
  } else if (!target.overKey && others.length > 0 && from !== to) {
    place = { after: others[others.length - 1] }
  }
  if (place && from === to && samePosition(from.keys, key, place)) place = undefined
  let sprint: DropPlan['sprint']
  if (from !== to) sprint = to.sprintId !== null ? { add: to.sprintId } : from.sprintId !== null ? { remove: from.sprintId } : undefined
  if (!place && !sprint) return null
  return { key, place, sprint }
}

/** Whether `place` is where `key` already is in `keys`. */
export function samePosition(keys: string[], key: string, place: Place): boolean {
  const index = keys.indexOf(key)
  return 'before' in place ? keys[index + 1] === place.before : keys[index - 1] === place.after
}

/** The lists as they will be once the plan is done, for showing the move before the server answers. */
export function applyDrop(sections: Section[], plan: DropPlan, targetSprintId: number | null): Section[] {
  const without = sections.map((s) => ({ ...s, keys: s.keys.filter((k) => k !== plan.key) }))
  return without.map((s) => {
    if (s.sprintId !== targetSprintId) return s
    const keys = [...s.keys]
    if (!plan.place) keys.push(plan.key)
    else if ('before' in plan.place) keys.splice(Math.max(0, keys.indexOf(plan.place.before)), 0, plan.key)
    else keys.splice(keys.indexOf(plan.place.after) + 1, 0, plan.key)
    return { ...s, keys }
  })
}
