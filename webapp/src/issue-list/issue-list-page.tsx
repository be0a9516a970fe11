import { Fragment, useEffect, useMemo, useState, type MouseEvent } from 'react'
import { Link, useLocation, useNavigate, useParams } from 'react-router'
import { useListNavigation } from '../app/use-list-navigation'
import { totalText } from '../api/search'
import { useMembers, useScheme } from '../projects/use-projects'
import type { Direction } from '../search/order-by'
import { COLUMNS as RESULT_COLUMNS } from '../search/result-columns'
import { SortHeader } from '../search/sort-header'
import { AssigneeCell, PriorityCell, StatusCell } from '../ui/issue-cells'
import { TypeIcon } from '../ui/issue-glyphs'
import { Time } from '../ui/time'
import { BulkBar } from './bulk-bar'
import { MatchingBanner, useMatchingSelection } from './select-matching'
import { useSelection } from './selection'
import { Chips } from '../issue-view/field-editors'
import { AssigneeEdit, LabelsEdit, PriorityEdit, StatusEdit } from './inline-cells'
import { useRowEdit } from './inline-edit'
import { listJql } from './list-query'
import { issueListRequest, useIssueList } from './use-issue-list'
import { queryKeys } from '../app/query-keys'
import { usePageSearchParams } from '../app/page-location'
import { usePointAtIssue } from '../issue-view/issue-cache'

const PAGE_SIZE = 50

/** The search results' columns; the type shows as the summary's icon here. */
const COLUMNS = RESULT_COLUMNS.filter((column) => column.field !== 'issuetype')

/** Filters and sort live in the URL, so a list can be linked and survives a reload; rows can be selected for a bulk change. */
export function IssueListPage() {
  const { projectKey = '' } = useParams()
  const location = useLocation()
  const [params, setParams] = usePageSearchParams()
  const scheme = useScheme(projectKey)
  const members = useMembers(projectKey)
  const value = (name: string) => params.get(name) ?? ''
  const [status, assignee, type, priority, text, sort] = ['status', 'assignee', 'type', 'priority', 'text', 'sort'].map(value)
  const direction: Direction = value('dir') === 'DESC' ? 'DESC' : 'ASC'
  const page = Number(params.get('page') ?? 0)
  const [draft, setDraft] = useState(text)

  const update = (changes: Record<string, string>) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current)
        for (const [name, value] of Object.entries(changes)) {
          if (value) next.set(name, value)
          else next.delete(name)
        }
        if (!('page' in changes)) next.delete('page')
        return next
      },
      { replace: true },
    )

  useEffect(() => {
    if (draft === text) return
    const timer = setTimeout(() => update({ text: draft }), 250)
    return () => clearTimeout(timer)
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only the typed text should restart the pause
  }, [draft])

  const filters = { project: projectKey, status, assignee, type, priority, text, sort, direction }
  const list = useIssueList(filters, page, PAGE_SIZE)
  // Status, priority, assignee and labels are edited in the row itself (not by viewers); the row changes before the server answers.
  const edit = useRowEdit(queryKeys.search(issueListRequest(filters, page, PAGE_SIZE)), scheme.data, members.data)
  const editable = scheme.data && scheme.data.project.callerRole !== 'viewer' ? scheme.data : undefined
  // A viewer changes nothing: no row edits, no selection for bulk changes.
  const viewer = scheme.data?.project.callerRole === 'viewer'
  const change = edit.mutate
  const onChange: Parameters<typeof StatusEdit>[0]['onChange'] = (issue, rowChange) => change({ issue, change: rowChange })
  const navigate = useNavigate()
  const pointAt = usePointAtIssue()
  const issues = useMemo(() => list.data?.issues ?? [], [list.data])
  const rowKeys = useMemo(() => issues.map((issue) => issue.key), [issues])
  const selection = useSelection(rowKeys)
  const matching = useMatchingSelection(listJql(filters))
  const selected = useListNavigation(rowKeys, (key) => navigate(`/issues/${key}`, { state: { background: location } }))
  const total = list.data?.total ?? 0
  // Beyond the server's count cap the total is a lower bound: there is always a next page to try.
  const exact = list.data?.totalExact !== false
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE))
  const filtered = status || assignee || type || priority || text
  const sortBy = (field: string, first: Direction) =>
    update({ sort: field, dir: sort === field ? (direction === 'ASC' ? 'DESC' : 'ASC') : first })
  // A click on a row, or on "select all", goes back from every matching issue to the rows of the page.
  const check = (event: MouseEvent<HTMLInputElement>, key: string) => {
    matching.clear()
    selection.click(key, event.shiftKey)
  }
  const chosen = matching.keys ?? [...selection.selected]
  const clearAll = () => {
    matching.clear()
    selection.set([])
  }

  return (
    <div className="page">
      <header className="page-header">
        <h1>
          {scheme.data?.project.name ?? projectKey} <span className="muted">Issues</span>
        </h1>
        <div className="toolbar" role="search">
          <input
            type="search"
            className="filter-input"
            placeholder="Filter by text…"
            aria-label="Search text"
            value={draft}
            onChange={(event) => setDraft(event.target.value)}
          />
          <select aria-label="Status" value={status} onChange={(event) => update({ status: event.target.value })}>
            <option value="">Any status</option>
            {scheme.data?.workflow.statuses.map((option) => (
              <option key={option.id}>{option.name}</option>
            ))}
          </select>
          <select aria-label="Type" value={type} onChange={(event) => update({ type: event.target.value })}>
            <option value="">Any type</option>
            {scheme.data?.types.map((option) => (
              <option key={option.id}>{option.name}</option>
            ))}
          </select>
          <select aria-label="Priority" value={priority} onChange={(event) => update({ priority: event.target.value })}>
            <option value="">Any priority</option>
            {scheme.data?.priorities.map((option) => (
              <option key={option.id}>{option.name}</option>
            ))}
          </select>
          <select aria-label="Assignee" value={assignee} onChange={(event) => update({ assignee: event.target.value })}>
            <option value="">Anyone</option>
            <option value="me">Me</option>
            <option value="unassigned">Unassigned</option>
            {members.data?.map((member) => (
              <option key={member.user.id} value={member.user.email}>
                {member.user.displayName}
              </option>
            ))}
          </select>
        </div>
      </header>
      <div className="page-body">
        <MatchingBanner matching={matching} pageSelected={selection.allSelected} rowsShown={issues.length} total={total} onClear={clearAll} />
        {chosen.length > 0 && (
          <BulkBar projectKey={projectKey} selected={chosen} onDone={(changed) => (matching.keys ? matching.drop(changed) : selection.remove(changed))} />
        )}
        {list.error && <p className="error-text">{list.error.message}</p>}
        <table className={`issue-table summary-wide${list.isPlaceholderData ? ' stale' : ''}`}>
          <thead>
            <tr>
              {!viewer && (
                <th className="col-check">
                  <input type="checkbox" aria-label="Select all" checked={!!matching.keys || selection.allSelected}
                    onChange={matching.keys ? clearAll : selection.toggleAll} />
                </th>
              )}
              {COLUMNS.map((column) => (
                <Fragment key={column.field}>
                  <SortHeader
                    label={column.label}
                    className={column.className}
                    sorted={sort === column.field ? direction : undefined}
                    onSort={() => sortBy(column.field, column.first)}
                  />
                  {/* Labels do not sort, in JQL as in Jira. */}
                  {column.field === 'assignee' && <th className="col-labels">Labels</th>}
                </Fragment>
              ))}
            </tr>
          </thead>
          <tbody>
            {issues.map((issue) => (
              <tr key={issue.key} data-nav-key={issue.key} tabIndex={-1} className={issue.key === selected ? 'selected' : undefined}>
                {!viewer && (
                  <td className="col-check">
                    <input
                      type="checkbox"
                      aria-label={`Select ${issue.key}`}
                      checked={matching.keys ? matching.keys.includes(issue.key) : selection.selected.has(issue.key)}
                      onClick={(event) => check(event, issue.key)}
                      onChange={() => undefined}
                    />
                  </td>
                )}
                <td className="mono muted">{issue.key}</td>
                <td className="col-summary">
                  <Link to={`/issues/${issue.key}`} state={{ background: location }} className="row-link" {...pointAt(issue.key)}>
                    <TypeIcon type={issue.type} />
                    <span>{issue.summary}</span>
                  </Link>
                </td>
                <td>
                  {editable ? <StatusEdit issue={issue} scheme={editable} members={members.data} onChange={onChange} /> : <StatusCell issue={issue} />}
                </td>
                <td>
                  {editable ? <PriorityEdit issue={issue} scheme={editable} members={members.data} onChange={onChange} /> : <PriorityCell issue={issue} />}
                </td>
                <td>
                  {editable ? <AssigneeEdit issue={issue} scheme={editable} members={members.data} onChange={onChange} /> : <AssigneeCell issue={issue} />}
                </td>
                <td className="col-labels">
                  {editable ? <LabelsEdit issue={issue} onChange={onChange} /> : <Chips what="label" names={issue.labels} canEdit={false} onChange={() => undefined} />}
                </td>
                <td className="muted">
                  <Time iso={issue.updatedAt} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {list.data && total === 0 && <p className="empty">{filtered ? 'No issue matches these filters.' : 'No issues yet. Press C to create one.'}</p>}
        <nav className="pager" aria-label="Pages">
          <span className="muted">
            {total === 0 ? '0 issues' : `${page * PAGE_SIZE + 1}–${Math.min(total, (page + 1) * PAGE_SIZE)} of ${totalText(total, exact)}`}
          </span>
          <button type="button" className="button" disabled={page <= 0} onClick={() => update({ page: String(page - 1) })}>
            Previous
          </button>
          <button type="button" className="button" disabled={exact && page + 1 >= pages} onClick={() => update({ page: String(page + 1) })}>
            Next
          </button>
        </nav>
      </div>
    </div>
  )
}
