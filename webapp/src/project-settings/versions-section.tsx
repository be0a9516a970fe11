import { useState, type FormEvent } from 'react'
import { Link } from 'react-router'
import { projectsApi, type Scheme } from '../api/projects'
import type { SectionProps } from './settings-page'
import { ProblemText } from './problem-text'
import { latestError, useSettingsChange } from './use-settings'

/** Versions: created with an optional release date, released (or not), archived (or restored). */
export function VersionsSection({ projectKey, canEdit, scheme }: SectionProps & { scheme: Scheme }) {
  const [name, setName] = useState('')
  const [date, setDate] = useState('')
  const add = useSettingsChange(projectKey, (version: { name: string; date: string }) => projectsApi.addVersion(projectKey, { name: version.name, releaseDate: version.date }))
  const change = useSettingsChange(projectKey, ({ name, ...changes }: { name: string; released?: boolean; archived?: boolean }) =>
    projectsApi.changeVersion(projectKey, name, changes),
  )
  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (!name.trim()) return
    add.mutate({ name: name.trim(), date }, { onSuccess: () => { setName(''); setDate('') } })
  }

  return (
    <section aria-label="Versions">
      <table className="issue-table">
        <thead>
          <tr>
            <th>Version</th>
            <th>Release date</th>
            <th>State</th>
            {canEdit && <th aria-label="Actions" />}
          </tr>
        </thead>
        <tbody>
          {scheme.versions.map((version) => (
            <tr key={version.id} className={version.archived ? 'muted' : undefined}>
              <td>{version.name}</td>
              <td>{version.releaseDate ?? '—'}</td>
              <td>{[version.released ? 'Released' : 'Unreleased', version.archived ? 'archived' : ''].filter(Boolean).join(', ')}</td>
              {canEdit && (
                <td>
                  <div className="settings-row">
                    <button type="button" className="button button-ghost" onClick={() => change.mutate({ name: version.name, released: !version.released })}>
                      {version.released ? `Unrelease ${version.name}` : `Release ${version.name}`}
                    </button>
                    <button type="button" className="button button-ghost" onClick={() => change.mutate({ name: version.name, archived: !version.archived })}>
                      {version.archived ? `Restore ${version.name}` : `Archive ${version.name}`}
                    </button>
                  </div>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
      {!scheme.versions.length && <p className="muted">No versions yet{canEdit ? ': add one below.' : '.'}</p>}
      <p className="muted">
        Their progress, release notes, editing, and releasing with the unresolved issues moved are on the{' '}
        <Link to={`/projects/${projectKey}/releases`}>Releases</Link> page.
      </p>
      <ProblemText error={latestError(add, change)} />
      {canEdit && (
        <form className="settings-row" onSubmit={submit}>
          <input aria-label="New version" placeholder="New version, e.g. 2.1" value={name} onChange={(e) => setName(e.target.value)} />
          <input type="date" aria-label="Release date" value={date} onChange={(e) => setDate(e.target.value)} />
          <button type="submit" className="button" disabled={add.isPending}>
            Add version
          </button>
        </form>
      )}
    </section>
  )
}
