import { capitalized } from '../app/words'

/**
 * The history's field names as a person reads them. The server keeps the API's names ("status", "fixVersions") for
 * searches (`status CHANGED`); the ones Jira's changelog capitalises ("Attachment", "Sprint") read the same here.
 */
const LABELS: Record<string, string> = {
  type: 'Type',
  summary: 'Summary',
  description: 'Description',
  status: 'Status',
  priority: 'Priority',
  resolution: 'Resolution',
  assignee: 'Assignee',
  reporter: 'Reporter',
  labels: 'Labels',
  components: 'Components',
  fixVersions: 'Fix versions',
  affectsVersions: 'Affects versions',
  storyPoints: 'Story points',
  dueDate: 'Due date',
  parent: 'Parent',
  originalEstimate: 'Original estimate',
  remainingEstimate: 'Remaining estimate',
  timeSpent: 'Time spent',
  Attachment: 'Attachment',
  Sprint: 'Sprint',
}

/** "Story points" for `storyPoints`; a field not listed reads as its words, the first capitalised ("Epic link"). */
export function historyLabel(field: string): string {
  if (Object.hasOwn(LABELS, field)) return LABELS[field]
  const words = field.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/[_-]+/g, ' ').trim().toLowerCase()
  return capitalized(words)
}
