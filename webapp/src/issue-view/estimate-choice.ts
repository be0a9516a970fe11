import type { AdjustEstimate } from '../api/worklogs'
import { durationProblem, formatDuration, parseDuration } from './work-duration'

/** Work logged (`log`), changed (`edit`) or deleted (`delete`): each offers Jira's own choices for the estimate. */
export type WorkChange = 'log' | 'edit' | 'delete'

export interface EstimateChoice {
  adjust: NonNullable<AdjustEstimate['adjustEstimate']>
  /** "Set to", as typed. */
  newEstimate: string
  /** "Reduce by" when logging, "Increase by" when deleting, as typed. */
  by: string
}

export const ADJUST_AUTOMATICALLY: EstimateChoice = { adjust: 'auto', newEstimate: '', by: '' }

/** What "Adjust automatically" does, in words. */
export const AUTO_WORDS: Record<WorkChange, string> = {
  log: 'The remaining estimate goes down by the time spent, never below 0.',
  edit: 'The remaining estimate moves by the change in time spent.',
  delete: 'The remaining estimate goes back up by the time deleted.',
}

/** What is wrong with the durations the choice needs, in words, by the query parameter they go in. */
export function estimateProblems(choice: EstimateChoice, change: WorkChange): Partial<Record<'newEstimate' | 'reduceBy' | 'increaseBy', string>> {
  if (choice.adjust === 'new') {
    const problem = durationProblem(choice.newEstimate, 'Say what the remaining estimate becomes.')
    return problem ? { newEstimate: problem } : {}
  }
  if (choice.adjust === 'manual') {
    const problem = durationProblem(choice.by, change === 'delete' ? 'Say how much to add to the estimate.' : 'Say how much to take from the estimate.')
    return problem ? { [change === 'delete' ? 'increaseBy' : 'reduceBy']: problem } : {}
  }
  return {}
}

/** Whether the server would take the choice as typed. */
export function estimateReady(choice: EstimateChoice, change: WorkChange): boolean {
  return !Object.keys(estimateProblems(choice, change)).length
}

/** The choice as Jira's query parameters, durations as Jira writes them; nothing for "Adjust automatically". */
export function adjustEstimate(choice: EstimateChoice, change: WorkChange): AdjustEstimate {
  const jira = (text: string) => formatDuration(parseDuration(text) ?? 0)
  switch (choice.adjust) {
    case 'auto':
      return {}
    case 'new':
      return { adjustEstimate: 'new', newEstimate: jira(choice.newEstimate) }
    case 'manual':
      return { adjustEstimate: 'manual', [change === 'delete' ? 'increaseBy' : 'reduceBy']: jira(choice.by) }
    default:
      return { adjustEstimate: choice.adjust }
  }
}
