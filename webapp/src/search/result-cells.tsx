import type { ReactNode } from 'react'
import type { IssueSummary } from '../api/issues'
import { AssigneeCell, DueCell, NoValue, PersonCell, PriorityCell, StatusCell, TypeCell } from '../ui/issue-cells'
import { Time } from '../ui/time'
import { formatDuration } from '../issue-view/work-duration'
import { COLUMNS, type Column } from './result-columns'

export interface ResultColumn extends Column {
  cell: (issue: IssueSummary) => ReactNode
  /** Key and summary are always shown. */
  fixed?: boolean
  /** Shown until the user chooses otherwise. */
  byDefault: boolean
}

/** A duration of the issue's time tracking as Jira writes it; empty when not set. */
const duration = (seconds: number | null | undefined) => (seconds == null ? '' : formatDuration(seconds))

const cells: Record<string, (issue: IssueSummary) => ReactNode> = {
  key: (issue) => issue.key,
  issuetype: (issue) => <TypeCell issue={issue} />,
  summary: (issue) => issue.summary,
  status: (issue) => <StatusCell issue={issue} />,
  priority: (issue) => <PriorityCell issue={issue} />,
  assignee: (issue) => <AssigneeCell issue={issue} />,
  updated: (issue) => <Time iso={issue.updatedAt} />,
}

/** Every column a search result can show, in the order shown: the default ones first, then those one may add. */
export const RESULT_COLUMNS: ResultColumn[] = [
  ...COLUMNS.map((column) => ({ ...column, cell: cells[column.field], fixed: column.field === 'key' || column.field === 'summary', byDefault: true })),
  { label: 'Created', field: 'created', first: 'DESC', className: 'col-updated', byDefault: false, cell: (issue) => <Time iso={issue.createdAt} /> },
  {
    label: 'Reporter', field: 'reporter', first: 'ASC', className: 'col-assignee', byDefault: false,
    cell: (issue) => <PersonCell user={issue.reporter} nobody="Nobody" />,
  },
  { label: 'Resolution', field: 'resolution', first: 'ASC', className: 'col-priority', byDefault: false, cell: (issue) => issue.resolution ?? <NoValue text="Unresolved" /> },
  { label: 'Due', field: 'duedate', first: 'ASC', className: 'col-due', byDefault: false, cell: (issue) => <DueCell issue={issue} /> },
  { label: 'Labels', field: 'labels', first: 'ASC', className: 'col-labels', byDefault: false, cell: (issue) => issue.labels.join(', ') },
  {
    label: 'Original estimate', field: 'originalestimate', first: 'DESC', className: 'col-time', byDefault: false,
    cell: (issue) => duration(issue.timeTracking?.originalEstimateSeconds),
  },
  {
    label: 'Remaining estimate', field: 'remainingestimate', first: 'DESC', className: 'col-time', byDefault: false,
    cell: (issue) => duration(issue.timeTracking?.remainingEstimateSeconds),
  },
  { label: 'Time spent', field: 'timespent', first: 'DESC', className: 'col-time', byDefault: false, cell: (issue) => duration(issue.timeTracking?.timeSpentSeconds) },
  { label: 'Project', field: 'project', first: 'ASC', className: 'col-priority', byDefault: false, cell: (issue) => issue.projectKey },
]

const STORAGE_KEY = 'meridian.search.columns'

/** The columns chosen before (kept in this browser), or the default ones. */
export function savedColumns(): string[] {
  try {
    const saved = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null') as unknown
    if (Array.isArray(saved) && saved.every((field) => typeof field === 'string')) {
      return RESULT_COLUMNS.filter((column) => column.fixed || saved.includes(column.field)).map((column) => column.field)
    }
  } catch {
    // A value another version wrote: the default columns.
  }
  return RESULT_COLUMNS.filter((column) => column.byDefault).map((column) => column.field)
}

export function saveColumns(fields: string[]) {
  localStorage.setItem(STORAGE_KEY, JSON.stringify(fields))
}

/** A column added or removed, the others kept in their order. */
export function toggleColumn(fields: string[], field: string): string[] {
  const next = fields.includes(field) ? fields.filter((other) => other !== field) : [...fields, field]
  return RESULT_COLUMNS.filter((column) => column.fixed || next.includes(column.field)).map((column) => column.field)
}
