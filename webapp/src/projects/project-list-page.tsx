import { useState, type FormEvent } from 'react'
import { Link } from 'react-router'
import { ApiError } from '../api/http'
import { useCurrentUser } from '../app/current-user'
import { useCreateProject, useProjects } from './use-projects'

export function ProjectListPage() {
  const { data: projects, isPending, error } = useProjects()
  const user = useCurrentUser()
  return (
    <div className="page">
      <header className="page-header">
        <h1>Projects</h1>
      </header>
      <div className="page-body narrow">
        {isPending && <p className="muted">Loading projects…</p>}
        {error && <p className="error-text">{error.message}</p>}
        {projects?.length === 0 && (
          <p className="empty">
            You are not a member of any project yet.{' '}
            {user.siteAdmin ? 'Create one below.' : 'Ask a project admin to add you.'}
          </p>
        )}
        {!!projects?.length && (
          <ul className="project-list">
            {projects.map((project) => (
              <li key={project.key}>
                <Link to={`/projects/${project.key}/board`} className="project-row">
                  <span className="project-badge">{project.key.slice(0, 2)}</span>
                  <span className="project-name">{project.name}</span>
                  <span className="muted mono">{project.key}</span>
                  <span className="muted project-description">{project.description}</span>
                  <span className="pill">{project.role}</span>
                </Link>
              </li>
            ))}
          </ul>
        )}
        {user.siteAdmin && <NewProjectForm />}
      </div>
    </div>
  )
}

function NewProjectForm() {
  const create = useCreateProject()
  const [key, setKey] = useState('')
  const [name, setName] = useState('')
  const errors = create.error instanceof ApiError ? create.error.messagesByField : {}

  const submit = (event: FormEvent) => {
    event.preventDefault()
    create.mutate({ key, name }, { onSuccess: () => (setKey(''), setName('')) })
  }

  return (
    <form className="inline-form" onSubmit={submit} aria-label="New project">
      <h2>New project</h2>
      <div className="form-row">
        <label className="field">
          <span>Name</span>
          <input value={name} onChange={(event) => setName(event.target.value)} aria-invalid={!!errors.name} />
          {errors.name && <small className="field-error">{errors.name}</small>}
        </label>
        <label className="field field-key">
          <span>Key</span>
          <input
            value={key}
            onChange={(event) => setKey(event.target.value.toUpperCase())}
            aria-invalid={!!errors.key}
            placeholder="WEB"
          />
          {errors.key && <small className="field-error">{errors.key}</small>}
        </label>
        <button type="submit" className="button" disabled={create.isPending}>
          Create project
        </button>
      </div>
      {create.error && !Object.keys(errors).length && <p className="error-text">{create.error.message}</p>}
    </form>
  )
}
