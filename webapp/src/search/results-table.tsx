import type { MouseEvent } from 'react'
import { Link, useLocation, useNavigate } from 'react-router'
import type { IssueSummary } from '../api/issues'
import type { JqlReference } from '../api/jql'
import { useListNavigation } from '../app/use-list-navigation'
import { AssigneeCell, PriorityCell, StatusCell } from '../ui/issue-cells'
import { TypeIcon } from '../ui/issue-glyphs'
import { Time } from '../ui/time'
import { primarySort, type Aliases, type Direction } from './order-by'
import { COLUMNS } from './result-columns'
import { SortHeader } from './sort-header'


interface Props {
  issues: IssueSummary[]
  jql: string
  reference: JqlReference | undefined
  aliases: Aliases
  stale: boolean
  onSort: (field: string, first: Direction) => void
  /** Rows can be selected (click, shift-click for a range) for a bulk change when given. */
  selection?: RowSelection
}

export interface RowSelection {
  selected: Set<string>
  allSelected: boolean
  click: (key: string, shift: boolean) => void
  toggleAll: () => void
}

/** Results as Jira lists them; a header click sorts by rewriting the query's ORDER BY, a row (or `j`/`k` and Enter) opens the issue panel. */
export function ResultsTable({ issues, jql, reference, aliases, stale, onSort, selection }: Props) {
  const location = useLocation()
  const navigate = useNavigate()
  const sort = primarySort(jql, aliases)
  const sortable = (field: string) => reference?.fields.find((known) => known.name.toLowerCase() === field)?.sortable ?? true
  const background = { background: location }
  const open = (event: MouseEvent, key: string) => {
    if ((event.target as HTMLElement).closest('a, input') || window.getSelection()?.toString()) return
    navigate(`/issues/${key}`, { state: background })
  }
  const selected = useListNavigation(
    issues.map((issue) => issue.key),
    (key) => navigate(`/issues/${key}`, { state: background }),
  )

  return (
    <table className={`issue-table results-table${stale ? ' stale' : ''}`}>
      <thead>
        <tr>
          {selection && (
            <th className="col-check">
              <input type="checkbox" aria-label="Select all" checked={selection.allSelected} onChange={selection.toggleAll} />
            </th>
          )}
          {COLUMNS.map((column) => (
            <SortHeader
              key={column.field}
              label={column.label}
              className={column.className}
              sorted={sort?.field === column.field ? sort.direction : undefined}
              onSort={sortable(column.field) ? () => onSort(column.field, column.first) : undefined}
            />
          ))}
        </tr>
      </thead>
      <tbody>
        {issues.map((issue) => (
          <tr
            key={issue.key}
            data-nav-key={issue.key}
            tabIndex={-1}
            className={issue.key === selected ? 'selected' : undefined}
            onClick={(event) => open(event, issue.key)}
          >
            {selection && (
              <td className="col-check">
                <input
                  type="checkbox"
                  aria-label={`Select ${issue.key}`}
                  checked={selection.selected.has(issue.key)}
                  onClick={(event: MouseEvent<HTMLInputElement>) => selection.click(issue.key, event.shiftKey)}
                  onChange={() => undefined}
                />
              </td>
            )}
            <td className="mono muted">{issue.key}</td>
            <td>
              <span className="status-cell">
                <TypeIcon type={issue.type} />
                {issue.type}
              </span>
            </td>
            <td>
              <Link to={`/issues/${issue.key}`} state={background} className="row-link">
                <span>{issue.summary}</span>
              </Link>
            </td>
            <td>
              <StatusCell issue={issue} />
            </td>
            <td>
              <PriorityCell issue={issue} />
            </td>
            <td>
              <AssigneeCell issue={issue} />
            </td>
            <td className="muted">
              <Time iso={issue.updatedAt} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
