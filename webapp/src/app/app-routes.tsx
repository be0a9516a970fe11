import { useQueryClient } from '@tanstack/react-query'
import { lazy, memo, Suspense, useCallback, useLayoutEffect, useRef, useState, type ReactNode } from 'react'
import { Navigate, Route, Routes, matchPath, useLocation, useNavigate, type Location } from 'react-router'
import { BoardPage } from '../board/board-page'
import { IssuePanelOver } from '../issue-view/issue-panel-loader'
import { usePreparedPanel } from '../issue-view/panel-ahead'
import { LiveUpdates } from '../live/live-updates'
import { LoginPage } from '../login/login-page'
import { creatable, lastProject, projectKeyOf, projectsQuery, useProjects } from '../projects/use-projects'
import { focusSearch, isSearchPage } from '../search/search-url'
import { OpenCreateIssue } from './create-issue-link'
import { backgroundOf, issueAt, keepsPage, PageSearch, type PageAt, type SetPageSearch } from './page-location'
import { KeyboardShortcutsDialog } from './keyboard-shortcuts'
import { Layout } from './layout'
import { RequireSession } from './require-session'
import { useHotkey } from './use-hotkey'
import { askToLeave } from './use-unsaved-changes'

// Every page but the board (the usual first page) is loaded when first visited, and the issue panel once a board is
// drawn (IssuePanelOver), so a first board load downloads and compiles only what the board needs. The charts library is most of the reports page.
const AssistantPage = lazy(() => import('../assistant/assistant-page').then((m) => ({ default: m.AssistantPage })))
const ReportsPage = lazy(() => import('../reports/reports-page').then((m) => ({ default: m.ReportsPage })))
const ReleasesPage = lazy(() => import('../releases/releases-page').then((m) => ({ default: m.ReleasesPage })))
const VersionPage = lazy(() => import('../releases/version-page').then((m) => ({ default: m.VersionPage })))
const TrainingPage = lazy(() => import('../training/training-page').then((m) => ({ default: m.TrainingPage })))
const TokensPage = lazy(() => import('../account/tokens-page').then((m) => ({ default: m.TokensPage })))
const NotificationsPage = lazy(() => import('../account/notifications-page').then((m) => ({ default: m.NotificationsPage })))
const UsersPage = lazy(() => import('../admin/users-page').then((m) => ({ default: m.UsersPage })))
const PipelinePage = lazy(() => import('../admin/pipeline-page').then((m) => ({ default: m.PipelinePage })))
const BacklogPage = lazy(() => import('../backlog/backlog-page').then((m) => ({ default: m.BacklogPage })))
const FiltersPage = lazy(() => import('../filters/filters-page').then((m) => ({ default: m.FiltersPage })))
const IssueListPage = lazy(() => import('../issue-list/issue-list-page').then((m) => ({ default: m.IssueListPage })))
const SettingsPage = lazy(() => import('../project-settings/settings-page').then((m) => ({ default: m.SettingsPage })))
const PlannedBoardPage = lazy(() => import('../planned-board/planned-board-page').then((m) => ({ default: m.PlannedBoardPage })))
const BoardSettingsPage = lazy(() => import('../board-settings/board-settings-page').then((m) => ({ default: m.BoardSettingsPage })))
const ProjectListPage = lazy(() => import('../projects/project-list-page').then((m) => ({ default: m.ProjectListPage })))
const SearchPage = lazy(() => import('../search/search-page').then((m) => ({ default: m.SearchPage })))
const InboxPage = lazy(() => import('../inbox/inbox-page').then((m) => ({ default: m.InboxPage })))
const MyWorkPage = lazy(() => import('../my-work/my-work-page').then((m) => ({ default: m.MyWorkPage })))
const CreateIssueDialog = lazy(() => import('../create-issue/create-issue-dialog').then((m) => ({ default: m.CreateIssueDialog })))

export interface PanelState {
  /** The page the issue panel was opened over; missing when the issue URL was opened directly. */
  background?: Location
}

/**
 * An issue opens at /issues/KEY as a panel over the page it was opened from (its board when the link was
 * opened directly), so the URL alone says what is on screen. The create dialog is `?create=issue` on any page.
 * Shortcuts: `c` opens that dialog, `/` the JQL box of the search page (the one on screen, or /search), `?` the list
 * of every shortcut.
 * Other people's changes arrive through LiveUpdates while someone is signed in.
 */
export function AppRoutes() {
  const location = useLocation()
  const navigate = useNavigate()
  const issueKey = issueAt(location)
  const background = backgroundOf(location)
  const creating = new URLSearchParams(location.search).get('create') === 'issue'
  // The panel of the card or row pointed at, or of the issue next to the open one, is drawn ahead, hidden, beside the
  // open panel: opening that issue shows the same panel (kept by its key) instead of building a new one.
  const prepared = usePreparedPanel(issueKey, (background ?? location).pathname ?? '')
  const panelKeys = [issueKey, prepared].filter((key) => key !== undefined)
  // Opened by its link: the board under it is the one of the issue's project.
  const alone = issueKey !== undefined && !(location.state as PanelState | null)?.background

  // One function for the whole session: pages below take it from context, and a new one would draw them all again.
  const here = useRef({ location, navigate })
  useLayoutEffect(() => {
    here.current = { location, navigate }
  })
  const openCreate = useCallback(() => {
    const { location, navigate } = here.current
    const params = new URLSearchParams(location.search)
    params.set('create', 'issue')
    navigate({ pathname: location.pathname, search: `?${params}` }, { state: location.state })
  }, [])
  const closeCreate = useCallback(() => {
    const params = new URLSearchParams(location.search)
    params.delete('create')
    const search = params.toString()
    navigate({ pathname: location.pathname, search: search ? `?${search}` : '' }, { state: location.state, replace: true })
  }, [location, navigate])
  // Under an open panel the page's query is its background's: the panel stays open over the changed page.
  const setPageSearch = useCallback<SetPageSearch>((change, { replace } = {}) => {
    const { location, navigate } = here.current
    const background = backgroundOf(location)
    const search = typeof change === 'function' ? change(new URLSearchParams((background ?? location).search)) : change
    const query = search.toString() ? `?${search}` : ''
    if (!background) navigate({ pathname: location.pathname, search: query }, { replace })
    else navigate(location, { replace, state: { ...(location.state as PanelState | null), background: { ...background, search: query } } })
  }, [])
  const client = useQueryClient()
  useHotkey('c', (event) => {
    if (creating || location.pathname === '/login') return
    // Not offered to someone who can add issues to no project (the sidebar leaves out New issue too).
    const projects = client.getQueryData(projectsQuery.queryKey)
    if (projects && !creatable(projects).length) return
    event.preventDefault()
    openCreate()
  })
  const [helping, setHelping] = useState(false)
  useHotkey('?', (event) => {
    if (document.querySelector('dialog[open]')) return
    event.preventDefault()
    setHelping(true)
  })
  useHotkey('/', (event) => {
    if (creating || location.pathname === '/login') return
    event.preventDefault()
    const page = background ?? location
    const onSearch = isSearchPage(page.pathname ?? '')
    if (onSearch) navigate({ pathname: page.pathname, search: page.search }, { state: focusSearch, replace: true })
    else void askToLeave().then((leave) => leave && navigate('/search', { state: focusSearch }))
  })

  const pageProject =
    matchPath('/projects/:projectKey/*', background?.pathname ?? location.pathname)?.params.projectKey ??
    (issueKey ? projectKeyOf(issueKey) : lastProject.get())

  return (
    <OpenCreateIssue.Provider value={openCreate}>
      <PageSearch.Provider value={setPageSearch}>
        <Pages location={background ?? location} underPanel={!!issueKey} />
      </PageSearch.Provider>
      {panelKeys.map((key) => (
        <RequireSession key={key}>
          <IssuePanelOver issueKey={key} closeTo={background ?? location} alone={alone} shown={key === issueKey} />
        </RequireSession>
      ))}
      {creating && (
        <RequireSession>
          <Suspense fallback={null}>
            <CreateIssueDialog defaultProject={pageProject} onClose={closeCreate} />
          </Suspense>
        </RequireSession>
      )}
      {helping && <KeyboardShortcutsDialog onClose={() => setHelping(false)} />}
      <LiveUpdates />
    </OpenCreateIssue.Provider>
  )
}

/** The page under any panel or dialog, drawn again only when {@link keepsPage} says it changed. */
const Pages = memo(
  function Pages({ location }: PageAt) {
    return (
      <Routes location={location}>
        <Route path="/login" element={<LoginPage />} />
        <Route
          element={
            <RequireSession>
              <Layout />
            </RequireSession>
          }
        >
          <Route index element={<Home />} />
          <Route path="/projects" element={<Lazy page={<ProjectListPage />} />} />
          <Route path="/projects/:projectKey" element={<Navigate to="board" replace />} />
          <Route path="/projects/:projectKey/board" element={<BoardPage />} />
          <Route path="/projects/:projectKey/issues" element={<Lazy page={<IssueListPage />} />} />
          <Route path="/projects/:projectKey/settings/:section?" element={<Lazy page={<SettingsPage />} />} />
          <Route path="/projects/:projectKey/backlog" element={<Lazy page={<BacklogPage />} />} />
          <Route path="/projects/:projectKey/boards" element={<Lazy page={<PlannedBoardPage />} />} />
          <Route path="/projects/:projectKey/boards/:boardId/settings" element={<Lazy page={<BoardSettingsPage />} />} />
          <Route path="/projects/:projectKey/reports" element={<Lazy page={<ReportsPage />} />} />
          <Route path="/projects/:projectKey/releases" element={<Lazy page={<ReleasesPage />} />} />
          <Route path="/projects/:projectKey/releases/:versionName" element={<Lazy page={<VersionPage />} />} />
          <Route path="/projects/:projectKey/training" element={<Lazy page={<TrainingPage />} />} />
          <Route path="/search" element={<Lazy page={<SearchPage />} />} />
          <Route path="/filters" element={<Lazy page={<FiltersPage />} />} />
          <Route path="/filters/:filterId" element={<Lazy page={<SearchPage />} />} />
          <Route path="/inbox" element={<Lazy page={<InboxPage />} />} />
          <Route path="/my-work" element={<Lazy page={<MyWorkPage />} />} />
          <Route path="/account/tokens" element={<Lazy page={<TokensPage />} />} />
          <Route path="/account/notifications" element={<Lazy page={<NotificationsPage />} />} />
          <Route path="/admin/pipeline" element={<Lazy page={<PipelinePage />} />} />
          <Route path="/admin/users" element={<Lazy page={<UsersPage />} />} />
          <Route path="/assistant" element={<Lazy page={<AssistantPage />} />} />
          <Route path="*" element={<NotFound />} />
        </Route>
      </Routes>
    )
  },
  keepsPage,
)

function Lazy({ page }: { page: ReactNode }) {
  return <Suspense fallback={null}>{page}</Suspense>
}

/** The board of the project last opened; on a first visit, the only project's board, or the list to choose from. */
function Home() {
  const last = lastProject.get()
  const projects = useProjects()
  if (!last && projects.isPending) return null
  const only = projects.data?.length === 1 ? projects.data[0].key : undefined
  const project = last ?? only
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
