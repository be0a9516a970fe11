import { lazy, Suspense, useCallback } from 'react'
import { Navigate, Route, Routes, matchPath, useLocation, useNavigate, type Location } from 'react-router'
import { TokensPage } from '../account/tokens-page'
import { PipelinePage } from '../admin/pipeline-page'
import { BacklogPage } from '../backlog/backlog-page'
import { BoardPage } from '../board/board-page'
import { CreateIssueDialog } from '../create-issue/create-issue-dialog'
import { FiltersPage } from '../filters/filters-page'
import { IssueListPage } from '../issue-list/issue-list-page'
import { IssuePanel } from '../issue-view/issue-panel'
import { LiveUpdates } from '../live/live-updates'
import { LoginPage } from '../login/login-page'
import { SettingsPage } from '../project-settings/settings-page'
import { PlannedBoardPage } from '../planned-board/planned-board-page'
import { BoardSettingsPage } from '../board-settings/board-settings-page'
import { ProjectListPage } from '../projects/project-list-page'
import { lastProject, projectKeyOf } from '../projects/use-projects'
import { SearchPage } from '../search/search-page'
import { focusSearch, isSearchPage } from '../search/search-url'
import { OpenCreateIssue } from './create-issue-link'
import { Layout } from './layout'
import { RequireSession } from './require-session'
import { useHotkey } from './use-hotkey'

const AssistantPage = lazy(() => import('../assistant/assistant-page').then((m) => ({ default: m.AssistantPage })))
// The charts library is most of the bundle: loaded with the reports page only, not with every first page.
const ReportsPage = lazy(() => import('../reports/reports-page').then((m) => ({ default: m.ReportsPage })))
const TrainingPage = lazy(() => import('../training/training-page').then((m) => ({ default: m.TrainingPage })))

export interface PanelState {
  /** The page the issue panel was opened over; missing when the issue URL was opened directly. */
  background?: Location
}

/**
 * An issue opens at /issues/KEY as a panel over the page it was opened from (its board when the link was
 * opened directly), so the URL alone says what is on screen. The create dialog is `?create=issue` on any page.
 * Shortcuts: `c` opens that dialog, `/` the JQL box of the search page (the one on screen, or /search).
 * Other people's changes arrive through LiveUpdates while someone is signed in.
 */
export function AppRoutes() {
  const location = useLocation()
  const navigate = useNavigate()
  const issueKey = matchPath('/issues/:issueKey', location.pathname)?.params.issueKey
  const state = location.state as PanelState | null
  const background: Partial<Location> | undefined =
    state?.background ?? (issueKey ? { pathname: `/projects/${projectKeyOf(issueKey)}/board`, search: '' } : undefined)
  const creating = new URLSearchParams(location.search).get('create') === 'issue'

  const openCreate = useCallback(() => {
    const params = new URLSearchParams(location.search)
    params.set('create', 'issue')
    navigate({ pathname: location.pathname, search: `?${params}` }, { state: location.state })
  }, [location, navigate])
  const closeCreate = useCallback(() => {
    const params = new URLSearchParams(location.search)
    params.delete('create')
    const search = params.toString()
    navigate({ pathname: location.pathname, search: search ? `?${search}` : '' }, { state: location.state, replace: true })
  }, [location, navigate])
  useHotkey('c', (event) => {
    if (creating || location.pathname === '/login') return
    event.preventDefault()
    openCreate()
  })
  useHotkey('/', (event) => {
    if (creating || location.pathname === '/login') return
    event.preventDefault()
    const page = background ?? location
    const onSearch = isSearchPage(page.pathname ?? '')
    navigate(onSearch ? { pathname: page.pathname, search: page.search } : '/search', { state: focusSearch, replace: onSearch })
  })

  const pageProject =
    matchPath('/projects/:projectKey/*', background?.pathname ?? location.pathname)?.params.projectKey ??
    (issueKey ? projectKeyOf(issueKey) : lastProject.get())

  return (
    <OpenCreateIssue.Provider value={openCreate}>
      <Routes location={background ?? location}>
        <Route path="/login" element={<LoginPage />} />
        <Route
          element={
            <RequireSession>
              <Layout />
            </RequireSession>
          }
        >
          <Route index element={<Home />} />
          <Route path="/projects" element={<ProjectListPage />} />
          <Route path="/projects/:projectKey" element={<Navigate to="board" replace />} />
          <Route path="/projects/:projectKey/board" element={<BoardPage />} />
          <Route path="/projects/:projectKey/issues" element={<IssueListPage />} />
          <Route path="/projects/:projectKey/settings/:section?" element={<SettingsPage />} />
          <Route path="/projects/:projectKey/backlog" element={<BacklogPage />} />
          <Route path="/projects/:projectKey/boards" element={<PlannedBoardPage />} />
          <Route path="/projects/:projectKey/boards/:boardId/settings" element={<BoardSettingsPage />} />
          <Route
            path="/projects/:projectKey/reports"
            element={
              <Suspense fallback={null}>
                <ReportsPage />
              </Suspense>
            }
          />
          <Route
            path="/projects/:projectKey/training"
            element={
              <Suspense fallback={null}>
                <TrainingPage />
              </Suspense>
            }
          />
          <Route path="/search" element={<SearchPage />} />
          <Route path="/filters" element={<FiltersPage />} />
          <Route path="/filters/:filterId" element={<SearchPage />} />
          <Route path="/account/tokens" element={<TokensPage />} />
          <Route path="/admin/pipeline" element={<PipelinePage />} />
          <Route
            path="/assistant"
            element={
              <Suspense fallback={null}>
                <AssistantPage />
              </Suspense>
            }
          />
          <Route path="*" element={<NotFound />} />
        </Route>
      </Routes>
      {issueKey && (
        <RequireSession>
          <IssuePanel key={issueKey} issueKey={issueKey} closeTo={background ?? { pathname: '/' }} />
        </RequireSession>
      )}
      {creating && (
        <RequireSession>
          <CreateIssueDialog defaultProject={pageProject} onClose={closeCreate} />
        </RequireSession>
      )}
      <LiveUpdates />
    </OpenCreateIssue.Provider>
  )
}

function Home() {
  const project = lastProject.get()
  return <Navigate to={project ? `/projects/${project}/board` : '/projects'} replace />
}

function NotFound() {
  return (
    <div className="page">
      <div className="page-body narrow">
        <p className="empty">Nothing here. Pick a project on the left.</p>
      </div>
    </div>
  )
}
