import { useState } from 'react'
import { useNavigate } from 'react-router'
import type { Filter } from '../api/filters'
import { jqlError } from '../api/jql'
import { useToast } from '../app/use-toast'
import { FilterDialog } from '../filters/filter-dialog'
import { draftOf, toChanges } from '../filters/filter-form'
import { useSaveFilter } from '../filters/use-filters'

/** Save the query on screen: into the open filter when it is the user's, or as a new filter. */
export function SearchActions({ filter, jql }: { filter: Filter | undefined; jql: string }) {
  const navigate = useNavigate()
  const toast = useToast()
  const save = useSaveFilter()
  const [dialog, setDialog] = useState<'new' | 'edit' | null>(null)
  const changed = !!filter && jql.trim() !== filter.jql

  const saved = (verb: string) => (result: Filter) => {
    setDialog(null)
    toast.info(`${verb} filter “${result.name}”`)
    navigate(`/filters/${result.id}`)
  }
  const saveQuery = (target: Filter) =>
    save.mutate(
      { id: target.id, changes: toChanges(draftOf(target, jql)) },
      { onSuccess: saved('Saved'), onError: (error) => toast.error(`Could not save “${target.name}”: ${jqlError(error)?.message ?? error.message}`) },
    )

  return (
    <div className="toolbar">
      {filter?.editable && changed && (
        <button type="button" className="button button-primary" disabled={save.isPending} onClick={() => saveQuery(filter)}>
          Save
        </button>
      )}
      <button type="button" className="button" onClick={() => setDialog('new')}>
        {filter ? 'Save as…' : 'Save as filter'}
      </button>
      {filter?.editable && (
        <button type="button" className="button" onClick={() => setDialog('edit')}>
          Edit filter
        </button>
      )}
      {dialog && (
        <FilterDialog
          filter={dialog === 'edit' ? filter : undefined}
          jql={jql}
          onClose={() => setDialog(null)}
          onSaved={saved(dialog === 'edit' ? 'Saved' : 'Created')}
        />
      )}
    </div>
  )
}
