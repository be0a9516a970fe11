import { lazy, Suspense, useEffect, useState } from 'react'
import { NavLink, Outlet, useLocation, useMatch } from 'react-router'
import { InboxBell } from '../inbox/inbox-bell'
import { ProjectSwitcher } from '../projects/project-switcher'
import { useHasScrumBoard } from '../backlog/use-planning'
import { creatable, lastProject, useProjects } from '../projects/use-projects'
import { focusSearch } from '../search/search-url'
import { Avatar } from '../ui/avatar'
import { useOpenCreateIssue } from './create-issue-link'
import { ErrorBoundary } from './error-boundary'
import { useCurrentUser } from './current-user'
import { useLogOut } from './session'
import { useSidebar } from './sidebar'
import { useTheme } from './theme'

// The chat is loaded when first opened: most pages never need it.
const ChatPanel = lazy(() => import('../assistant/chat-panel').then((m) => ({ default: m.ChatPanel })))

export function Layout() {
  const location = useLocation()
  const user = useCurrentUser()
  const logOut = useLogOut()
  const [theme, toggleTheme] = useTheme()
  const [folded, toggleSidebar] = useSidebar()
  const openCreate = useOpenCreateIssue()
  const projects = useProjects()
  // Held in place (hidden) until the projects are known, so that it neither flashes for a viewer nor moves the links below.
  const mayCreate = projects.data ? creatable(projects.data).length > 0 : undefined
  const [chatOpen, setChatOpen] = useState(false)
  const onAssistantPage = useMatch('/assistant') !== null
  const routeProject = useMatch('/projects/:projectKey/*')?.params.projectKey
  const projectKey = routeProject ?? lastProject.get()
  useEffect(() => {
    if (routeProject) lastProject.set(routeProject)
  }, [routeProject])

  return (
    <div className={`shell${folded ? ' shell-folded' : ''}`}>
      <nav className="sidebar" aria-label="Main">
        <div className="sidebar-brand">
          <span className="brand-mark" aria-hidden="true">
            M
          </span>
          <span className="sidebar-label">Meridian</span>
          <InboxBell />
          <button
            type="button"
            className="icon-button sidebar-toggle"
            aria-expanded={!folded}
            aria-label={folded ? 'Show the sidebar' : 'Fold the sidebar'}
            title={folded ? 'Show the sidebar' : 'Fold the sidebar'}
            onClick={toggleSidebar}
          >
            {folded ? '»' : '«'}
          </button>
        </div>
        {mayCreate !== false && (
          <button type="button" className={`button sidebar-create${mayCreate ? '' : ' sidebar-create-pending'}`} onClick={openCreate}
            aria-label="New issue" title="New issue (C)">
            <span className="sidebar-create-plus" aria-hidden="true">+</span>
            <span className="sidebar-label">New issue</span> <kbd>C</kbd>
          </button>
        )}
        <div className="nav-group">
          <NavLink to="/my-work" className="nav-link">
            My work
          </NavLink>
          <NavLink to="/search" state={focusSearch} className="nav-link nav-link-key">
            Search issues <kbd>/</kbd>
          </NavLink>
          <NavLink to="/filters" className="nav-link">
            Filters
          </NavLink>
          <button
            type="button"
            className="nav-link nav-button"
            aria-expanded={chatOpen}
            onClick={() => setChatOpen((open) => !open)}
            disabled={onAssistantPage}
          >
            Assistant
          </button>
        </div>
        <ProjectSwitcher current={projectKey} />
        {projectKey && <ProjectNav projectKey={projectKey} />}
        <div className="nav-group">
          <NavLink to="/projects" end className="nav-link">
            All projects
          </NavLink>
          <NavLink to="/account/tokens" className="nav-link">
            API tokens
          </NavLink>
          <NavLink to="/account/notifications" className="nav-link">
            Notification settings
          </NavLink>
          {user.siteAdmin && (
            <>
              <NavLink to="/admin/users" className="nav-link">
                Users
              </NavLink>
              <NavLink to="/admin/pipeline" className="nav-link">
                Training pipeline
              </NavLink>
            </>
          )}
        </div>
        <div className="sidebar-footer">
          <Avatar user={user} size={22} />
          <span className="sidebar-user" title={user.email}>
            {user.displayName}
          </span>
          <button
            type="button"
            className="icon-button"
            onClick={toggleTheme}
            aria-label={theme === 'dark' ? 'Switch to light theme' : 'Switch to dark theme'}
            title="Toggle theme"
          >
            {theme === 'dark' ? '☀' : '☾'}
          </button>
          <button type="button" className="button button-ghost" onClick={() => logOut.mutate()}>
            Log out
          </button>
        </div>
      </nav>
      <main className="content">
        <ErrorBoundary resetKey={location.pathname}>
          <Outlet />
        </ErrorBoundary>
      </main>
      {chatOpen && !onAssistantPage && (
        <Suspense fallback={null}>
          <ChatPanel projectKey={projectKey} onClose={() => setChatOpen(false)} />
        </Suspense>
      )}
    </div>
  )
}

/**
 * The project's pages. Backlog only where a scrum board plans sprints, as in Jira, whose kanban boards have none: it is
 * listed until the boards are known (asked once the page's own data is in) and left out when none is scrum.
 */
function ProjectNav({ projectKey }: { projectKey: string }) {
  const scrum = useHasScrumBoard(projectKey)
  return (
    <div className="nav-group">
      {/* The project's own board, one column per status, apart from the scrum and kanban boards under Boards. */}
      <NavLink to={`/projects/${projectKey}/board`} className="nav-link">
        Workflow board
      </NavLink>
      <NavLink to={`/projects/${projectKey}/issues`} className="nav-link">
        Issues
      </NavLink>
      {scrum !== false && (
        <NavLink to={`/projects/${projectKey}/backlog`} className="nav-link">
          Backlog
        </NavLink>
      )}
      <NavLink to={`/projects/${projectKey}/boards`} className="nav-link">
        Boards
      </NavLink>
      <NavLink to={`/projects/${projectKey}/reports`} className="nav-link">
        Reports
      </NavLink>
      <NavLink to={`/projects/${projectKey}/releases`} className="nav-link">
        Releases
      </NavLink>
      <NavLink to={`/projects/${projectKey}/training`} className="nav-link">
        Training
      </NavLink>
      <NavLink to={`/projects/${projectKey}/settings`} className="nav-link">
        Settings
      </NavLink>
    </div>
  )
}
