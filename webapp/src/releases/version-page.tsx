import { useMemo, useState } from 'react'
import { Link, useNavigate, useParams } from 'react-router'
import { dayText, localDay } from '../app/calendar-day'
import { plural } from '../app/words'
import { useScheme } from '../projects/use-projects'
import { ProblemText } from '../project-settings/problem-text'
import { sortBy, type Direction } from '../search/order-by'
import { savedColumns } from '../search/result-cells'
import { ResultsTable } from '../search/results-table'
import { aliasesOf, useJqlReference, useSearchResults } from '../search/use-search'
import { releaseNotes } from './release-notes'
import { ReleaseNotesPanel } from './release-notes-panel'
import { ReleaseProgress } from './release-progress'
import { isOverdue, progressParts, statusLabel, versionJql } from './release-status'
import { useVersionProgress } from './use-releases'
import { VersionActions } from './version-actions'

/** The most issues one search answers with: the page lists (and its notes hold) that many. */
const MAX_ISSUES = 500

/** A version's page: its progress, its issues (fix version) as search lists them, and its release notes. */
export function VersionPage() {
  const { projectKey = '', versionName = '' } = useParams()
  const navigate = useNavigate()
  const scheme = useScheme(projectKey)
  const progress = useVersionProgress(projectKey)
  const row = progress.data?.find(({ version }) => version.name.toLowerCase() === versionName.toLowerCase())
  const [jql, setJql] = useState(() => versionJql(projectKey, versionName))
  const [today] = useState(() => localDay(Date.now()))
  const results = useSearchResults({ jql, maxResults: MAX_ISSUES }, !!row)
  const reference = useJqlReference()
  const aliases = aliasesOf(reference.data)
  const issues = useMemo(() => results.data?.issues ?? [], [results.data])
  const types = scheme.data?.types.map((type) => type.name) ?? []
  const releasesPath = `/projects/${projectKey}/releases`
  if (progress.data && !row) {
    return (
      <div className="page">
        <div className="page-body narrow">
          <p className="empty">
            {projectKey} has no version {versionName}. <Link className="text-link" to={releasesPath}>See its releases.</Link>
          </p>
        </div>
      </div>
    )
  }
  const version = row?.version
  const total = results.data?.total ?? 0
  return (
    <div className="page">
      <header className="page-header">
        <h1>
          <Link to={releasesPath} className="muted">
            Releases
          </Link>{' '}
          / {version?.name ?? versionName}
          {version && <span className="pill">{statusLabel(version)}</span>}
          {version && isOverdue(version, today) && <span className="pill overdue">Overdue</span>}
        </h1>
        {row && scheme.data?.project.callerRole === 'admin' && (
          <div className="toolbar">
            <VersionActions
              projectKey={projectKey}
              row={row}
              versions={scheme.data.versions}
              onRenamed={(name) => {
                setJql(versionJql(projectKey, name))
                navigate(`${releasesPath}/${encodeURIComponent(name)}`, { replace: true })
              }}
              onDeleted={() => navigate(releasesPath)}
            />
          </div>
        )}
      </header>
      <div className="page-body">
        <ProblemText error={progress.error ?? results.error} />
        {row && (
          <div className="version-summary">
            {progressParts(row).total > 0 && <ReleaseProgress progress={row} />}
            <p className="muted">
              {progressParts(row).text}
              {version?.startDate && ` · starts ${dayText(version.startDate, true)}`}
              {version?.releaseDate && ` · release ${dayText(version.releaseDate, true)}`}
            </p>
            {version?.description && <p>{version.description}</p>}
          </div>
        )}
        {results.data && (
          <ResultsTable
            issues={issues}
            sorting={{ jql, reference: reference.data, aliases, onSort: (field: string, first: Direction) => setJql(sortBy(jql, field, first, aliases)) }}
            stale={results.isPlaceholderData}
            columns={savedColumns()}
          />
        )}
        {results.data && total === 0 && <p className="empty">No issue has this fix version yet.</p>}
        {results.data && version && (
          <ReleaseNotesPanel
            markdown={releaseNotes(scheme.data?.project.name ?? projectKey, version.name, issues, types)}
            partial={total > issues.length ? `The first ${plural(issues.length, 'issue')} of ${total.toLocaleString('en')}.` : undefined}
          />
        )}
      </div>
    </div>
  )
}
