import { useEffect, useMemo, useRef, useState } from 'react'
import { useLocation, useParams } from 'react-router'
import { jqlError } from '../api/jql'
import { totalText } from '../api/search'
import { useFilter } from '../filters/use-filters'
import { JqlEditor } from './jql-editor'
import { looksLikeWords, useNaturalReading } from './natural-language'
import { NaturalReadingLine } from './natural-reading'
import { sortBy, type Direction } from './order-by'
import { useSelection } from '../issue-list/selection'
import { ColumnChooser } from './column-chooser'
import { saveColumns, savedColumns, toggleColumn } from './result-cells'
import { ResultsTable } from './results-table'
import { SearchBulkBar } from './search-bulk'
import { SearchActions } from './search-actions'
import { SearchExamples } from './search-examples'
import { readSearch, wantsFocus, writeSearch, type SearchLocation } from './search-url'
import { aliasesOf, useJqlReference, useJqlValidation, useSearchResults } from './use-search'
import { usePageSearchParams } from '../app/page-location'
import { plural } from '../app/words'

const PAGE_SIZE = 50

/** `/search?jql=…` and a saved filter at `/filters/:id`; the URL holds the query, so every search can be linked. */
export function SearchPage() {
  const { filterId } = useParams()
  const id = filterId === undefined ? undefined : Number(filterId)
  const filter = useFilter(Number.isInteger(id) ? id : undefined)
  const location = useLocation()
  const [params, setParams] = usePageSearchParams()
  const saved = filter.data?.jql ?? ''
  const { jql, startAt } = readSearch(params, saved)
  const ready = id === undefined || !!filter.data
  const [draft, setDraft] = useState(jql)
  const [shown, setShown] = useState(jql)
  const [columns, setColumns] = useState(savedColumns)
  const chooseColumn = (field: string) => {
    const next = toggleColumn(columns, field)
    saveColumns(next)
    setColumns(next)
  }
  if (shown !== jql) {
    setShown(jql)
    setDraft(jql)
  }
  const box = useRef<HTMLTextAreaElement>(null)
  useEffect(() => {
    if (!wantsFocus(location.state) || !box.current) return
    box.current.focus()
    box.current.setSelectionRange(box.current.value.length, box.current.value.length)
  }, [location.key, location.state])

  const results = useSearchResults({ jql, startAt, maxResults: PAGE_SIZE }, ready)
  const issues = useMemo(() => results.data?.issues ?? [], [results.data])
  const selection = useSelection(useMemo(() => issues.map((issue) => issue.key), [issues]))
  const reference = useJqlReference()
  const validation = useJqlValidation(draft)
  const asWords = looksLikeWords(draft, validation)
  const reading = useNaturalReading(draft, asWords).data
  // Words are not a JQL mistake: the reading under the box replaces the error while one is found.
  const error = asWords && reading?.jql ? null : (validation ?? (draft === jql ? jqlError(results.error) : undefined))
  const otherFailure = results.error && !jqlError(results.error) ? results.error : null

  const go = (next: SearchLocation) => setParams(writeSearch(next, saved))
  const runQuery = (text: string) => {
    const query = text.trim()
    if (query === jql && startAt === 0) void results.refetch()
    else go({ jql: query, startAt: 0 })
  }
  /** Words with a reading run as the JQL they were read as, which then stands in the box to be changed. */
  const run = (text: string) => {
    if (asWords && reading?.jql && text.trim() === draft.trim()) {
      setDraft(reading.jql)
      runQuery(reading.jql)
    } else runQuery(text)
  }
  const editReading = (query: string) => {
    setDraft(query)
    box.current?.focus()
  }
  const sort = (field: string, first: Direction) => go({ jql: sortBy(jql, field, first, aliasesOf(reference.data)), startAt: 0 })

  if (id !== undefined && (filter.error || !Number.isInteger(id))) {
    return (
      <div className="page">
        <div className="page-body narrow">
          <p className="error-text">Cannot open filter {filterId}: {filter.error?.message ?? 'no such filter'}</p>
        </div>
      </div>
    )
  }

  const total = results.data?.total ?? 0
  const exact = results.data?.totalExact !== false
  return (
    <div className="page">
      <header className="page-header">
        <h1>
          {filter.data ? filter.data.name : 'Search'} <span className="muted">{filter.data ? filterScope(filter.data.projectKey) : 'issues'}</span>
        </h1>
        <div className="toolbar">
          <ColumnChooser shown={columns} onToggle={chooseColumn} />
          <SearchActions filter={filter.data} jql={draft} />
        </div>
      </header>
      <div className="page-body">
        <form
          className="jql-bar"
          role="search"
          onSubmit={(event) => {
            event.preventDefault()
            run(draft)
          }}
        >
          <JqlEditor value={draft} onChange={setDraft} onRun={run} error={error} inputRef={box} quiet={asWords && !!reading?.jql} />
          <button type="submit" className="button button-primary">
            Search
          </button>
        </form>
        {asWords && reading && <NaturalReadingLine reading={reading} onRun={run} onEdit={editReading} />}
        {filter.data?.description && <p className="muted">{filter.data.description}</p>}
        {!draft.trim() && <SearchExamples onPick={run} />}
        {otherFailure && (
          <p className="error-text" role="alert">
            Search failed: {otherFailure.message}
          </p>
        )}
        <SearchBulkBar issues={issues} selected={selection.selected} onDone={selection.remove} />
        {results.data && (
          <ResultsTable
            selection={selection}
            issues={results.data.issues}
            sorting={{ jql, reference: reference.data, aliases: aliasesOf(reference.data), onSort: sort }}
            stale={results.isPlaceholderData}
            columns={columns}
          />
        )}
        {results.data && total === 0 && (
          <p className="empty">
            {jql.trim()
              ? 'No issues match this query. Check the values, remove a clause or widen a date range.'
              : 'No issues you can see yet. Join a project or press C to create an issue.'}
          </p>
        )}
        {results.data && total > 0 && (
          <nav className="pager" aria-label="Pages">
            <span className="muted">{range(startAt, results.data.issues.length, total, exact)}</span>
            <button type="button" className="button" disabled={startAt <= 0} onClick={() => go({ jql, startAt: Math.max(0, startAt - PAGE_SIZE) })}>
              Previous
            </button>
            <button type="button" className="button" disabled={exact && startAt + PAGE_SIZE >= total} onClick={() => go({ jql, startAt: startAt + PAGE_SIZE })}>
              Next
            </button>
          </nav>
        )}
      </div>
    </div>
  )
}

function filterScope(projectKey: string | null): string {
  return projectKey ? `shared with ${projectKey}` : 'private filter'
}

function range(startAt: number, shown: number, total: number, exact: boolean): string {
  const issues = exact ? plural(total, 'issue') : `${totalText(total, exact)} issues`
  return shown ? `${startAt + 1}–${startAt + shown} of ${issues}` : issues
}
