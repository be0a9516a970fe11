import { useNavigate } from 'react-router'
import { askToLeave } from '../app/use-unsaved-changes'
import { useProjects } from './use-projects'

export function ProjectSwitcher({ current }: { current: string | undefined }) {
  const { data: projects } = useProjects()
  const navigate = useNavigate()
  return (
    <label className="project-switcher">
      <span className="visually-hidden">Project</span>
      <select
        value={current ?? ''}
        onChange={(event) => {
          const to = event.target.value ? `/projects/${event.target.value}/board` : '/projects'
          void askToLeave().then((leave) => leave && navigate(to))
        }}
      >
        <option value="">All projects</option>
        {projects?.map((project) => (
          <option key={project.key} value={project.key}>
            {project.name}
          </option>
        ))}
      </select>
    </label>
  )
}
