import { Fragment, type MouseEvent } from 'react'
import { Link, useLocation, useNavigate } from 'react-router'
import type { IssueSummary } from '../api/issues'
import type { JqlReference } from '../api/jql'
import { useListNavigation } from '../app/use-list-navigation'
import { primarySort, type Aliases, type Direction } from './order-by'
import { RESULT_COLUMNS, type ResultColumn } from './result-cells'
import { SortHeader } from './sort-header'
import { SideScroll } from '../ui/side-scroll'
import { usePointAtIssue } from '../issue-view/issue-cache'

interface Props {
  issues: IssueSummary[]
  stale: boolean
  /** Headers sort the results when given; a list of fixed order (My work's) has plain headers. */
  sorting?: Sorting
  /** Rows can be selected (click, shift-click for a range) for a bulk change when given. */
  selection?: RowSelection
  /** The fields of the columns shown, in `RESULT_COLUMNS` order. */
  columns: string[]
  /** The page's own columns, after those. */
  more?: ResultColumn[]
  /** Rows come in groups, already in their order, each under a row naming it with its count. */
  groupOf?: (issue: IssueSummary) => string
}

/** A header click sorts by rewriting the query's ORDER BY. */
export interface Sorting {
  jql: string
  reference: JqlReference | undefined
  aliases: Aliases
  onSort: (field: string, first: Direction) => void
}

export interface RowSelection {
  selected: Set<string>
  allSelected: boolean
  click: (key: string, shift: boolean) => void
  toggleAll: () => void
}

/** Results as Jira lists them; a header click sorts (given `sorting`), a row (or `j`/`k` and Enter) opens the issue panel. */
export function ResultsTable({ issues, stale, sorting, selection, columns, more = [], groupOf }: Props) {
  const location = useLocation()
  const navigate = useNavigate()
  const pointAt = usePointAtIssue()
  const sort = sorting && primarySort(sorting.jql, sorting.aliases)
  const sortable = (field: string) => sorting?.reference?.fields.find((known) => known.name.toLowerCase() === field)?.sortable ?? field !== 'labels'
  const shown = [...RESULT_COLUMNS.filter((column) => columns.includes(column.field)), ...more]
  const groupCounts = new Map<string, number>()
  if (groupOf) for (const issue of issues) groupCounts.set(groupOf(issue), (groupCounts.get(groupOf(issue)) ?? 0) + 1)
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
    // Wider than the window (many columns, a narrow window), it scrolls sideways within its box, a shade saying so.
    <SideScroll className="results-scroll">
      <table className={`issue-table results-table summary-wide${stale ? ' stale' : ''}`}>
        <thead>
          <tr>
            {selection && (
              <th className="col-check">
                <input type="checkbox" aria-label="Select all" checked={selection.allSelected} onChange={selection.toggleAll} />
              </th>
            )}
            {shown.map((column) => (
              <SortHeader
                key={column.field}
                label={column.label}
                className={column.className}
                sorted={sort?.field === column.field ? sort.direction : undefined}
                onSort={sorting && sortable(column.field) ? () => sorting.onSort(column.field, column.first) : undefined}
              />
            ))}
          </tr>
        </thead>
        <tbody>
          {issues.map((issue, index) => (
            <Fragment key={issue.key}>
              {groupOf && (index === 0 || groupOf(issues[index - 1]) !== groupOf(issue)) && (
                <tr className="group-row">
                  <th colSpan={shown.length + (selection ? 1 : 0)} scope="colgroup">
                    {groupOf(issue)} <span className="muted">{groupCounts.get(groupOf(issue))}</span>
                  </th>
                </tr>
              )}
              <tr
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
                {shown.map((column) =>
                  column.field === 'summary' ? (
                    <td key={column.field} className="col-summary">
                      <Link to={`/issues/${issue.key}`} state={background} className="row-link" {...pointAt(issue.key)}>
                        <span>{issue.summary}</span>
                      </Link>
                    </td>
                  ) : (
                    <td key={column.field} className={`${column.className ?? ''}${column.field === 'key' ? ' mono muted' : column.field === 'updated' || column.field === 'created' ? ' muted' : ''}`}>
                      {column.cell(issue)}
                    </td>
                  ),
                )}
              </tr>
            </Fragment>
          ))}
        </tbody>
      </table>
    </SideScroll>
  )
}
