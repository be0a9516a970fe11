import { reasonOf } from '../api/http'
import { allowedStatuses, staleCurrent } from '../api/issues'

/** What a board says when the server refuses to move a card: where the workflow lets it go, or the server's reason. */
export function moveRefusal(key: string, from: string, to: string | undefined, error: Error): string {
  const allowed = allowedStatuses(error)
  if (allowed && to !== undefined) {
    const options = allowed.length ? `It can move to: ${allowed.join(', ')}.` : 'It cannot move anywhere from there.'
    return `${key} cannot move from ${from} to ${to}. ${options}`
  }
  if (staleCurrent(error)) return `${key} was changed by someone else; the board now shows its current state.`
  return `Could not move ${key}: ${reasonOf(error)}`
}
