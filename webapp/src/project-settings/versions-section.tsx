import { Link } from 'react-router'
import type { Scheme } from '../api/projects'
import { CreateVersion } from '../releases/create-version'
import { statusLabel } from '../releases/release-status'
import { useVersionProgress } from '../releases/use-releases'
import { VersionActions } from '../releases/version-actions'
import type { SectionProps } from './settings-page'
import { ProblemText } from './problem-text'

/**
 * Versions, with the Releases page's own actions and dialogs (release asking about the unresolved issues, edit,
 * archive, delete moving the issues, create), so there is one way to do each; progress and release notes are there.
 */
export function VersionsSection({ projectKey, canEdit, scheme }: SectionProps & { scheme: Scheme }) {
  const progress = useVersionProgress(projectKey)
  const releases = `/projects/${projectKey}/releases`
  return (
    <section aria-label="Versions">
      <ProblemText error={progress.error} />
      {progress.data && progress.data.length > 0 && (
        <table className="issue-table">
          <thead>
            <tr>
              <th>Version</th>
              <th>Release date</th>
              <th>Status</th>
              {canEdit && <th aria-label="Actions" />}
            </tr>
          </thead>
          <tbody>
            {progress.data.map((row) => (
              <tr key={row.version.id} className={row.version.archived ? 'muted' : undefined}>
                <td>
                  <Link to={`${releases}/${encodeURIComponent(row.version.name)}`}>{row.version.name}</Link>
                </td>
                <td>{row.version.releaseDate ?? '—'}</td>
                <td>{statusLabel(row.version)}</td>
                {canEdit && (
                  <td>
                    <VersionActions projectKey={projectKey} row={row} versions={scheme.versions} />
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {progress.data && !progress.data.length && <p className="muted">No versions yet{canEdit ? ': create the first one.' : '.'}</p>}
      <p className="muted">
        Each version’s progress and release notes are on the <Link to={releases}>Releases</Link> page.
      </p>
      {canEdit && <CreateVersion projectKey={projectKey} />}
    </section>
  )
}
