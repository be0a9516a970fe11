import { NavLink, Navigate, useParams } from 'react-router'
import { useScheme } from '../projects/use-projects'
import { ComponentsSection } from './components-section'
import { DetailsSection } from './details-section'
import { MembersSection } from './members-section'
import { ResolutionsSection, TypesSection } from './named-list-section'
import { PrioritiesSection } from './priorities-section'
import { VersionsSection } from './versions-section'
import { WorkflowSection } from './workflow-section'

const SECTIONS = [
  { path: 'details', label: 'Details' },
  { path: 'members', label: 'Members' },
  { path: 'workflow', label: 'Workflow' },
  { path: 'components', label: 'Components' },
  { path: 'versions', label: 'Versions' },
  { path: 'priorities', label: 'Priorities' },
  { path: 'types', label: 'Issue types' },
  { path: 'resolutions', label: 'Resolutions' },
] as const

export interface SectionProps {
  projectKey: string
  /** Project admins change settings; everyone else who can see the project reads them. */
  canEdit: boolean
}

/** `/projects/KEY/settings/SECTION`: one page per part of the project's configuration, as in Jira. */
export function SettingsPage() {
  const { projectKey = '', section } = useParams()
  const scheme = useScheme(projectKey)
  if (!SECTIONS.some((known) => known.path === section)) return <Navigate to={`/projects/${projectKey}/settings/details`} replace />
  const canEdit = scheme.data?.project.callerRole === 'admin'
  const props = { projectKey, canEdit }
  return (
    <div className="page">
      <header className="page-header">
        <h1>
          {scheme.data?.project.name ?? projectKey} <span className="muted">Settings</span>
        </h1>
      </header>
      <div className="page-body narrow">
        <nav className="settings-tabs" aria-label="Settings">
          {SECTIONS.map((known) => (
            <NavLink key={known.path} to={`/projects/${projectKey}/settings/${known.path}`} className="settings-tab">
              {known.label}
            </NavLink>
          ))}
        </nav>
        {scheme.error && <p className="error-text">Cannot open project {projectKey}: {scheme.error.message}</p>}
        {scheme.data && !canEdit && <p className="muted">Only admins of {projectKey} can change these settings.</p>}
        {scheme.data && section === 'details' && <DetailsSection {...props} />}
        {scheme.data && section === 'members' && <MembersSection {...props} />}
        {scheme.data && section === 'workflow' && <WorkflowSection {...props} scheme={scheme.data} />}
        {scheme.data && section === 'components' && <ComponentsSection {...props} scheme={scheme.data} />}
        {scheme.data && section === 'versions' && <VersionsSection {...props} scheme={scheme.data} />}
        {scheme.data && section === 'priorities' && <PrioritiesSection {...props} scheme={scheme.data} />}
        {scheme.data && section === 'types' && <TypesSection {...props} scheme={scheme.data} />}
        {scheme.data && section === 'resolutions' && <ResolutionsSection {...props} scheme={scheme.data} />}
      </div>
    </div>
  )
}
