import { useState } from 'react'
import type { IssueSummary } from '../api/issues'
import { dayText, dueWords, localDay, yearNeeded } from '../app/calendar-day'
import type { UserRef } from '../api/users'
import { Avatar } from './avatar'
import { PriorityIcon, StatusDot, TypeIcon } from './issue-glyphs'

/** A field with nothing in it, told in words. */
export function NoValue({ text = 'None' }: { text?: string }) {
  return <span className="muted">{text}</span>
}

/** Issue fields shown as values the same way everywhere: a list's cells, the panel's fields to those who cannot edit them. */
export function StatusCell({ issue }: { issue: Pick<IssueSummary, 'status' | 'statusCategory'> }) {
  return (
    <span className="status-cell">
      <StatusDot category={issue.statusCategory} />
      {issue.status}
    </span>
  )
}

export function PriorityCell({ issue }: { issue: Pick<IssueSummary, 'priority'> }) {
  if (!issue.priority) return <NoValue />
  return (
    <span className="status-cell">
      <PriorityIcon priority={issue.priority} />
      {issue.priority}
    </span>
  )
}

export function TypeCell({ issue }: { issue: Pick<IssueSummary, 'type'> }) {
  return (
    <span className="status-cell">
      <TypeIcon type={issue.type} />
      {issue.type}
    </span>
  )
}

/** A person with their avatar, or in words that nobody is set. */
export function PersonCell({ user, nobody }: { user: UserRef | null; nobody: string }) {
  return (
    <span className="status-cell" title={user?.displayName}>
      <Avatar user={user} size={18} />
      {user ? <span className="cell-text">{user.displayName}</span> : <NoValue text={nobody} />}
    </span>
  )
}

export function AssigneeCell({ issue }: { issue: Pick<IssueSummary, 'assignee'> }) {
  return <PersonCell user={issue.assignee} nobody="Unassigned" />
}

/** The due day, and for an unresolved issue "Overdue" or "Due today" in words beside it. */
export function DueCell({ issue }: { issue: Pick<IssueSummary, 'dueDate' | 'resolution'> }) {
  const [today] = useState(() => localDay(Date.now()))
  if (!issue.dueDate) return null
  const words = dueWords(issue.dueDate, issue.resolution !== null, today)
  return (
    <span className="status-cell">
      <time dateTime={issue.dueDate}>{dayText(issue.dueDate, yearNeeded([issue.dueDate], today))}</time>
      {words && <span className={`pill ${words === 'Overdue' ? 'overdue' : 'due-today'}`}>{words}</span>}
    </span>
  )
}
