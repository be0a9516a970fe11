import { useQuery } from '@tanstack/react-query'
import { Link } from 'react-router'
import type { IssueSummary } from '../api/issues'
import { totalText } from '../api/search'
import { workedOnApi, type WorkedOn } from '../api/worked-on'
import { usePageSearchParams } from '../app/page-location'
import { queryKeys } from '../app/query-keys'
import { creatable, useProjects } from '../projects/use-projects'
import type { ResultColumn } from '../search/result-cells'
import { ResultsTable } from '../search/results-table'
import { writeSearch } from '../search/search-url'
import { useSearchResults } from '../search/use-search'
import { Time } from '../ui/time'
import { byStatusCategory, categoryName, didWords, TABS, tabOf, WORKED_ON_DAYS, type Tab, type TabId } from './my-work-tabs'

/** The most issues a tab lists; Search has the rest. */
const SHOWN = 100

interface TabList {
  issues: IssueSummary[]
  /** How many there are, in words ("12", "10,000+"); missing until known. */
  count?: string
  /** More match than are listed. */
  more: boolean
  error: Error | null
}

/**
 * The signed-in person's own issues across projects (Jira's "Your work"): assigned to them, worked on lately, watched,
 * reported. The tab is in the URL (`?tab=watching`); each tab's count shows on it; rows open the issue panel over the page.
 */
export function MyWorkPage() {
  const [params, setParams] = usePageSearchParams()
  const tab = tabOf(params.get('tab'))
  const workedOn = useQuery({ queryKey: queryKeys.workedOn, queryFn: () => workedOnApi.list(WORKED_ON_DAYS) })
  const lists: Record<TabId, TabList> = {
    assigned: useTabSearch(tabOf('assigned')),
    'worked-on': workedOnList(workedOn.data, workedOn.error),
    watching: useTabSearch(tabOf('watching')),
    reported: useTabSearch(tabOf('reported')),
  }
  const shown = lists[tab.id]
  const mayCreate = creatable(useProjects().data).length > 0

  return (
    <div className="page">
      <header className="page-header">
        <h1>My work</h1>
      </header>
      <nav className="tabs" role="tablist" aria-label="My work">
        {TABS.map(({ id, label }) => (
          <button key={id} type="button" role="tab" className={`tab${id === tab.id ? ' on' : ''}`} aria-selected={id === tab.id}
            onClick={() => setParams(new URLSearchParams({ tab: id }))}>
            {label} {lists[id].count !== undefined && <span className="muted">{lists[id].count}</span>}
          </button>
        ))}
      </nav>
      <div className="page-body" role="tabpanel" aria-label={tab.label}>
        {shown.error && <p className="error-text" role="alert">Could not load {tab.label.toLowerCase()}: {shown.error.message}</p>}
        {shown.issues.length > 0 && (
          <ResultsTable
            issues={tab.id === 'assigned' ? byStatusCategory(shown.issues) : shown.issues}
            stale={false}
            columns={tab.columns}
            groupOf={tab.id === 'assigned' ? categoryName : undefined}
            more={tab.id === 'worked-on' ? [lastDone(workedOn.data ?? [])] : undefined}
          />
        )}
        {shown.count === '0' && <p className="empty">{mayCreate && tab.emptyIfCreating ? `${tab.empty} ${tab.emptyIfCreating}` : tab.empty}</p>}
        {shown.more && tab.jql && (
          <p className="muted small">
            The first {SHOWN} of {shown.count} are listed.{' '}
            <Link to={{ pathname: '/search', search: `?${writeSearch({ jql: tab.jql, startAt: 0 })}` }}>See them all in Search</Link>
          </p>
        )}
      </div>
    </div>
  )
}

function useTabSearch(tab: Tab): TabList {
  const results = useSearchResults({ jql: tab.jql ?? '', maxResults: SHOWN }, true)
  const data = results.data
  return {
    issues: data?.issues ?? [],
    count: data && totalText(data.total, data.totalExact !== false),
    more: !!data && data.total > data.issues.length,
    error: results.error,
  }
}

/** The server answers the newest {@link SHOWN} at most: as many means there may be more. */
function workedOnList(items: WorkedOn[] | undefined, error: Error | null): TabList {
  return { issues: items?.map((item) => item.issue) ?? [], count: items && totalText(items.length, items.length < SHOWN), more: false, error }
}

/** Worked on's own column: what the person last did to the issue, and when (the exact time on hover). */
function lastDone(items: WorkedOn[]): ResultColumn {
  const byKey = new Map(items.map((item) => [item.issue.key, item]))
  return {
    label: 'Your last action',
    field: 'did',
    first: 'DESC',
    className: 'col-did',
    byDefault: false,
    cell: (issue) => {
      const item = byKey.get(issue.key)
      return item && (
        <>
          {didWords(item)} <span className="muted"><Time iso={item.at} /></span>
        </>
      )
    },
  }
}
