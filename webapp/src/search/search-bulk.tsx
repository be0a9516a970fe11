import type { IssueSummary } from '../api/issues'
import { BulkBar } from '../issue-list/bulk-bar'

interface Props {
  issues: IssueSummary[]
  selected: Set<string>
  onDone: (changed: string[]) => void
}

/** The project all the selected results belong to, or undefined when they come from several. */
function oneProject(issues: IssueSummary[], selected: Set<string>): string | undefined {
  const projects = new Set(issues.filter((issue) => selected.has(issue.key)).map((issue) => issue.projectKey))
  return projects.size === 1 ? [...projects][0] : undefined
}

/**
 * The issue list's bulk bar over search results. Statuses, priorities and people belong to a project, so one change
 * applies to results of one project at a time.
 */
export function SearchBulkBar({ issues, selected, onDone }: Props) {
  if (selected.size === 0) return null
  const project = oneProject(issues, selected)
  if (project) return <BulkBar projectKey={project} selected={[...selected]} onDone={onDone} />
  return (
    <div className="bulk-bar" role="region" aria-label="Change selected issues">
      <strong>{selected.size} selected</strong>
      <span className="muted">from several projects: select issues of one project to change them together.</span>
    </div>
  )
}
