import { useState, type FormEvent } from 'react'
import { Link, useNavigate } from 'react-router'
import { ApiError } from '../api/http'
import type { UserRef } from '../api/users'
import { useCurrentUser } from '../app/current-user'
import { useToast } from '../app/use-toast'
import { capitalized } from '../app/words'
import { Field } from '../ui/field'
import { UserPicker } from '../ui/user-picker'
import { keyProblem, suggestKey } from './project-key'
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
                  <span className="pill">{capitalized(project.role)}</span>
                </Link>
              </li>
            ))}
          </ul>
        )}
        {user.siteAdmin && projects && <NewProjectForm taken={projects.map((project) => project.key)} />}
      </div>
    </div>
  )
}

/** The page a new project opens on: a scrum project's backlog, a kanban project's board. */
function firstPageOf(project: { key: string }, template: Template): string {
  return `/projects/${project.key}/${template === 'scrum' ? 'backlog' : 'boards'}`
}

type Template = 'scrum' | 'kanban'

const TEMPLATES: { value: Template; label: string; detail: string }[] = [
  { value: 'scrum', label: 'Scrum', detail: 'Plan work in sprints from a backlog, with sprint reports.' },
  { value: 'kanban', label: 'Kanban', detail: 'Work flows through the board’s columns, without sprints.' },
]

/**
 * As Jira's Create project: a name, a key suggested from it as one types (editable, checked as typed), an optional
 * description and lead (the creator when left empty), and a template whose board the project starts with. Once
 * created, the project opens on that board's page.
 */
function NewProjectForm({ taken }: { taken: string[] }) {
  const create = useCreateProject()
  const navigate = useNavigate()
  const toast = useToast()
  const me = useCurrentUser()
  const [name, setName] = useState('')
  const [typedKey, setTypedKey] = useState<string>()
  const [description, setDescription] = useState('')
  const [leadText, setLeadText] = useState('')
  const [lead, setLead] = useState<UserRef>()
  const [template, setTemplate] = useState<Template>('scrum')
  const [tried, setTried] = useState(false)
  const key = typedKey ?? suggestKey(name)
  const server = create.error instanceof ApiError ? create.error.messagesByField : {}
  const problems = {
    name: tried && !name.trim() ? 'Give the project a name' : server.name,
    // A suggestion is checked once it has two letters; what is typed, at once.
    key: (tried || typedKey !== undefined || key.length >= 2) && keyProblem(key, taken) ? keyProblem(key, taken) : server.key,
    lead: tried && leadText.trim() && !lead ? 'Pick the lead from the suggestions, or leave it empty to lead it yourself' : server.lead,
    description: server.description,
  }

  const submit = (event: FormEvent) => {
    event.preventDefault()
    setTried(true)
    if (!name.trim() || keyProblem(key, taken) || (leadText.trim() && !lead)) return
    create.mutate(
      { key, name: name.trim(), description: description.trim() || undefined, lead: lead?.email, template },
      {
        onSuccess: (project) => {
          toast.info(`Project ${project.name} (${project.key}) created`)
          void navigate(firstPageOf(project, template))
        },
      },
    )
  }

  return (
    <form className="inline-form new-project" onSubmit={submit} aria-label="New project" noValidate>
      <h2>New project</h2>
      <div className="form-row">
        <Field label="Name" error={problems.name}>
          <input value={name} onChange={(event) => setName(event.target.value)} />
        </Field>
        <div className="field-key">
          <Field label="Key" error={problems.key}>
            <input value={key} onChange={(event) => setTypedKey(event.target.value.toUpperCase())} placeholder="WEB" />
          </Field>
        </div>
      </div>
      <Field label="Description (optional)" error={problems.description}>
        <textarea rows={2} value={description} onChange={(event) => setDescription(event.target.value)} />
      </Field>
      <div className="field">
        <label htmlFor="new-project-lead">Lead</label>
        <UserPicker
          id="new-project-lead"
          label="Lead"
          placeholder={`${me.displayName} (you), or type a name or email`}
          text={leadText}
          onText={(text) => {
            setLeadText(text)
            setLead(undefined)
          }}
          onPick={(user) => {
            setLeadText(`${user.displayName} <${user.email}>`)
            setLead(user)
          }}
          invalid={!!problems.lead}
          describedBy={problems.lead ? 'new-project-lead-error' : undefined}
        />
        {problems.lead && (
          <small id="new-project-lead-error" className="field-error">
            {problems.lead}
          </small>
        )}
      </div>
      <fieldset className="template-choice">
        <legend>Template</legend>
        {TEMPLATES.map((option) => (
          <label key={option.value} className="template-option">
            <input
              type="radio"
              name="template"
              value={option.value}
              checked={template === option.value}
              onChange={() => setTemplate(option.value)}
            />
            <span>
              <strong>{option.label}</strong>
              <br />
              <span className="muted">{option.detail}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <div>
        <button type="submit" className="button button-primary" disabled={create.isPending}>
          Create project
        </button>
      </div>
      {create.error && !Object.keys(server).length && <p className="error-text">{create.error.message}</p>}
    </form>
  )
}
