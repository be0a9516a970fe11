import type { IssueSummary } from '../api/issues'
import { STATUS_CATEGORIES, type StatusCategory } from '../api/projects'
import type { WorkedOn } from '../api/worked-on'
import { historyLabel } from '../issue-view/history-labels'
import { projectKeyOf } from '../projects/use-projects'

export type TabId = 'assigned' | 'worked-on' | 'watching' | 'reported'

export interface Tab {
  id: TabId
  label: string
  /** The search that lists the tab's issues; Worked on has its own endpoint instead. */
  jql?: string
  /** The search result columns shown, by field. */
  columns: string[]
  /** What an empty tab says: what would show here, and how. */
  empty: string
  /** Said after `empty` to someone who may create issues in some project (as the New issue button is shown). */
  emptyIfCreating?: string
}

/** How far back Worked on looks, in days. */
export const WORKED_ON_DAYS = 30

export const TABS: Tab[] = [
  {
    id: 'assigned',
    label: 'Assigned to me',
    jql: 'assignee = currentUser() AND resolution = Unresolved ORDER BY priority DESC, updated DESC',
    columns: ['key', 'issuetype', 'summary', 'status', 'priority', 'duedate', 'project'],
    empty: 'Nothing assigned to you. Issues assigned to you in any project show here.',
  },
  {
    id: 'worked-on',
    label: 'Worked on',
    columns: ['key', 'issuetype', 'summary', 'status', 'project'],
    empty: `Nothing you worked on in the last ${WORKED_ON_DAYS} days. Issues you create, edit, comment on or log work on show here.`,
  },
  {
    id: 'watching',
    label: 'Watching',
    jql: 'watcher = currentUser() ORDER BY updated DESC',
    columns: ['key', 'issuetype', 'summary', 'status', 'assignee', 'updated', 'project'],
    empty: 'You watch no issues. Press Watch on an issue to follow its changes here.',
  },
  {
    id: 'reported',
    label: 'Reported by me',
    jql: 'reporter = currentUser() ORDER BY created DESC',
    columns: ['key', 'issuetype', 'summary', 'status', 'assignee', 'created', 'project'],
    empty: 'You reported no issues. Issues you create are reported by you.',
    emptyIfCreating: 'Press C to create one.',
  },
]

/** The tab `?tab=` names, Assigned to me when it names none. */
export const tabOf = (id: string | null): Tab => TABS.find((tab) => tab.id === id) ?? TABS[0]

/** Work under way first, then work to start; an unresolved issue in a done status last. */
const GROUP_ORDER: StatusCategory[] = ['indeterminate', 'new', 'done']

/** The issues in groups by status category, in {@link GROUP_ORDER}, each group in the order given. */
export function byStatusCategory(issues: IssueSummary[]): IssueSummary[] {
  return GROUP_ORDER.flatMap((category) => issues.filter((issue) => issue.statusCategory === category))
}

export const categoryName = (issue: IssueSummary) =>
  STATUS_CATEGORIES.find((category) => category.value === issue.statusCategory)?.label ?? issue.statusCategory

/** What the person last did to the issue, in words: "Commented", "Changed status", "Moved from WEB". */
export function didWords({ did, field }: Pick<WorkedOn, 'did' | 'field'>): string {
  if (did === 'created') return 'Created'
  if (did === 'commented') return 'Commented'
  if (did === 'loggedWork') return 'Logged work'
  if (did === 'moved') return field ? `Moved from ${projectKeyOf(field)}` : 'Moved'
  if (field === 'Attachment') return 'Changed the files'
  return field ? `Changed ${historyLabel(field).toLowerCase()}` : 'Edited'
}
