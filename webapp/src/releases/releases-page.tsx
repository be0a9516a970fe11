import { useState } from 'react'
import { Link, useParams } from 'react-router'
import { dayText, localDay, yearNeeded } from '../app/calendar-day'
import { useScheme } from '../projects/use-projects'
import { ProblemText } from '../project-settings/problem-text'
import { CreateVersion } from './create-version'
import { ReleaseProgress } from './release-progress'
import { isOverdue, RELEASE_STATUSES, SHOWN_AT_FIRST, shownVersions, statusLabel, type ReleaseStatus } from './release-status'
import { useVersionProgress } from './use-releases'
import { VersionActions } from './version-actions'

/**
 * Jira's Releases: each version with its status, progress, dates and description, filtered by status (unreleased and
 * released at first); a project admin creates, releases, edits, archives and deletes them here.
 */
export function ReleasesPage() {
  const { projectKey = '' } = useParams()
  const scheme = useScheme(projectKey)
  const progress = useVersionProgress(projectKey)
  const [shown, setShown] = useState<ReleaseStatus[]>(SHOWN_AT_FIRST)
  const canAdmin = scheme.data?.project.callerRole === 'admin'
  const [today] = useState(() => localDay(Date.now()))
  const rows = shownVersions(progress.data ?? [], shown)
  const withYear = yearNeeded(rows.flatMap(({ version }) => [version.startDate ?? '', version.releaseDate ?? '']), today)
  const day = (value?: string | null) => (value ? dayText(value, withYear) : '—')
  const toggle = (status: ReleaseStatus) => setShown(shown.includes(status) ? shown.filter((s) => s !== status) : [...shown, status])
  return (
    <div className="page">
      <header className="page-header">
        <h1>
          {scheme.data?.project.name ?? projectKey} <span className="muted">Releases</span>
        </h1>
        <div className="toolbar">
          <div role="group" aria-label="Show versions">
            {RELEASE_STATUSES.map(({ status, label }) => (
              <button key={status} type="button" className={`button button-toggle${shown.includes(status) ? ' on' : ''}`} aria-pressed={shown.includes(status)} onClick={() => toggle(status)}>
                {label}
              </button>
            ))}
          </div>
          {canAdmin && <CreateVersion projectKey={projectKey} />}
        </div>
      </header>
      <div className="page-body">
        <ProblemText error={progress.error} />
        {progress.data && (
          <table className="issue-table releases-table">
            <thead>
              <tr>
                <th>Version</th>
                <th>Status</th>
                <th>Progress</th>
                <th>Start date</th>
                <th>Release date</th>
                <th>Description</th>
                {canAdmin && <th aria-label="Actions" />}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.version.id}>
                  <td>
                    <Link className="text-link" to={`/projects/${projectKey}/releases/${encodeURIComponent(row.version.name)}`}>{row.version.name}</Link>
                  </td>
                  <td>
                    <span className="pill">{statusLabel(row.version)}</span>
                  </td>
                  <td>
                    <ReleaseProgress progress={row} />
                  </td>
                  <td>{day(row.version.startDate)}</td>
                  <td>
                    {day(row.version.releaseDate)}
                    {isOverdue(row.version, today) && <> <span className="pill overdue">Overdue</span></>}
                  </td>
                  <td className="release-description">{row.version.description}</td>
                  {canAdmin && (
                    <td>
                      <VersionActions projectKey={projectKey} row={row} versions={scheme.data?.versions ?? []} />
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {progress.data && !rows.length && (
          <p className="empty">
            {progress.data.length ? 'No versions with the statuses chosen.' : `No versions yet${canAdmin ? ': create the first one.' : '.'}`}
          </p>
        )}
      </div>
    </div>
  )
}
