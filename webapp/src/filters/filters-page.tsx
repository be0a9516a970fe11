import { useState } from 'react'
import { Link } from 'react-router'
import type { Filter } from '../api/filters'
import { useCurrentUser } from '../app/current-user'
import { useConfirm } from '../app/use-confirm'
import { useToast } from '../app/use-toast'
import { Time } from '../ui/time'
import { FilterDialog } from './filter-dialog'
import { useDeleteFilter, useFilters } from './use-filters'

/** The caller's saved filters and those shared with their projects. */
export function FiltersPage() {
  const filters = useFilters()
  const user = useCurrentUser()
  const mine = filters.data?.filter((filter) => filter.owner.id === user.id) ?? []
  const shared = filters.data?.filter((filter) => filter.owner.id !== user.id) ?? []
  return (
    <div className="page">
      <header className="page-header">
        <h1>Filters</h1>
        <div className="toolbar">
          <Link to="/search" className="button">
            New search
          </Link>
        </div>
      </header>
      <div className="page-body">
        {filters.isPending && <p className="muted">Loading filters…</p>}
        {filters.error && <p className="error-text">{filters.error.message}</p>}
        {filters.data && (
          <>
            <h2 className="section-title">My filters</h2>
            {mine.length ? (
              <FilterTable filters={mine} />
            ) : (
              <p className="empty">
                No saved filters yet. <Link to="/search" className="link-button">Run a search</Link> and choose “Save as filter”.
              </p>
            )}
            <h2 className="section-title filters-shared">Shared with me</h2>
            {shared.length ? <FilterTable filters={shared} /> : <p className="empty">Filters others share with your projects show here.</p>}
          </>
        )}
      </div>
    </div>
  )
}

function FilterTable({ filters }: { filters: Filter[] }) {
  const remove = useDeleteFilter()
  const toast = useToast()
  const confirm = useConfirm()
  const [editing, setEditing] = useState<Filter | null>(null)
  const confirmDelete = async (filter: Filter) => {
    const detail = filter.projectKey ? `It is shared with ${filter.projectKey}: everyone there loses it too.` : undefined
    if (!(await confirm({ title: `Delete the filter “${filter.name}”?`, detail, confirmLabel: 'Delete', danger: true }))) return
    remove.mutate(filter.id, { onSuccess: () => toast.info(`Deleted filter “${filter.name}”`) })
  }
  return (
    <>
      <table className="issue-table filters-table">
        <thead>
          <tr>
            <th className="col-filter-name">Name</th>
            <th>JQL</th>
            <th className="col-assignee">Owner</th>
            <th className="col-shared">Shared with</th>
            <th className="col-updated">Updated</th>
            <th className="actions" />
          </tr>
        </thead>
        <tbody>
          {filters.map((filter) => (
            <tr key={filter.id}>
              <td>
                <Link to={`/filters/${filter.id}`} className="row-link" title={filter.description ?? undefined}>
                  <span>{filter.name}</span>
                </Link>
              </td>
              <td className="mono muted" title={filter.jql}>
                {filter.jql || 'every issue'}
              </td>
              <td>{filter.owner.displayName}</td>
              <td className="muted">{filter.projectKey ?? 'Private'}</td>
              <td className="muted">
                <Time iso={filter.updatedAt} />
              </td>
              <td className="actions">
                {filter.editable && (
                  <>
                    <button type="button" className="button button-ghost" aria-label={`Edit ${filter.name}`} onClick={() => setEditing(filter)}>
                      Edit
                    </button>
                    <button
                      type="button"
                      className="button button-danger"
                      aria-label={`Delete ${filter.name}`}
                      disabled={remove.isPending}
                      onClick={() => void confirmDelete(filter)}
                    >
                      Delete
                    </button>
                  </>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {editing && (
        <FilterDialog
          filter={editing}
          jql={editing.jql}
          onClose={() => setEditing(null)}
          onSaved={(saved) => {
            setEditing(null)
            toast.info(`Saved filter “${saved.name}”`)
          }}
        />
      )}
    </>
  )
}
