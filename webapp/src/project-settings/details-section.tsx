import { useState, type FormEvent } from 'react'
import { projectsApi, type Project } from '../api/projects'
import { Field } from '../ui/field'
import { UserPicker } from '../ui/user-picker'
import { ApiError } from '../api/http'
import { useUnsavedChanges } from '../app/use-unsaved-changes'
import type { SectionProps } from './settings-page'
import { ProblemText } from './problem-text'
import { useProject, useSettingsChange } from './use-settings'

/** Name, description, lead and whether the project's issues may train the assistant's model. */
export function DetailsSection({ projectKey, canEdit }: SectionProps) {
  const project = useProject(projectKey)
  if (!project.data) return project.error ? <ProblemText error={project.error} /> : null
  return <DetailsForm key={project.data.key} project={project.data} canEdit={canEdit} />
}

function DetailsForm({ project, canEdit }: { project: Project; canEdit: boolean }) {
  const [name, setName] = useState(project.name)
  const [description, setDescription] = useState(project.description ?? '')
  const save = useSettingsChange(project.key, (changes: { name?: string; description?: string; lead?: string; aiTrainingEnabled?: boolean }) =>
    projectsApi.update(project.key, { ...changes, version: project.version }),
  )
  // What was saved last. When the project changes on the server (the AI training switch, someone else), a field not
  // being edited follows it and one being edited keeps what was typed.
  const server = { name: project.name, description: project.description ?? '' }
  const [saved, setSaved] = useState(server)
  const [read, setRead] = useState(server)
  if (read.name !== server.name || read.description !== server.description) {
    setRead(server)
    setSaved(server)
    if (name === saved.name) setName(server.name)
    if (description === saved.description) setDescription(server.description)
  }
  useUnsavedChanges(canEdit && (name !== saved.name || description !== saved.description), {
    what: 'the project details',
    detail: 'The name and description you typed are not saved.',
  })
  const errors = save.error instanceof ApiError ? save.error.messagesByField : {}
  const submit = (event: FormEvent) => {
    event.preventDefault()
    save.mutate({ name, description }, { onSuccess: () => setSaved({ name, description }) })
  }
  return (
    <section aria-label="Details">
      <form className="settings-form" onSubmit={submit}>
        <Field label="Name" error={errors.name}>
          <input value={name} disabled={!canEdit} onChange={(e) => setName(e.target.value)} />
        </Field>
        <Field label="Description" error={errors.description}>
          <textarea rows={3} value={description} disabled={!canEdit} onChange={(e) => setDescription(e.target.value)} />
        </Field>
        <LeadField project={project} canEdit={canEdit} onPick={(email) => save.mutate({ lead: email })} error={errors.lead} />
        {canEdit && (
          <button type="submit" className="button button-primary" disabled={save.isPending}>
            Save
          </button>
        )}
      </form>
      <label className="switch-row">
        <input
          type="checkbox"
          role="switch"
          checked={project.aiTrainingEnabled}
          disabled={!canEdit || save.isPending}
          onChange={(e) => save.mutate({ aiTrainingEnabled: e.target.checked })}
        />
        <span>
          <strong>AI training</strong>
          <br />
          <span className="muted">
            {project.aiTrainingEnabled
              ? "This project's issues, anonymized, help train the assistant's model."
              : "This project's issues are left out of the assistant's training data."}
          </span>
        </span>
      </label>
      {!Object.keys(errors).length && <ProblemText error={save.error} />}
    </section>
  )
}

/** The project's lead, as Jira shows it; an admin picks another person, saved at once. */
function LeadField({ project, canEdit, onPick, error }: { project: Project; canEdit: boolean; onPick: (email: string) => void; error?: string }) {
  const [text, setText] = useState('')
  const current = project.lead ? `${project.lead.displayName} <${project.lead.email}>` : 'No lead'
  if (!canEdit) {
    return (
      <Field label="Lead">
        <input value={current} disabled />
      </Field>
    )
  }
  return (
    <div className="field">
      <label htmlFor="project-lead">Lead</label>
      <UserPicker
        id="project-lead"
        label="Lead"
        placeholder={current}
        text={text}
        onText={setText}
        onPick={(user) => {
          setText('')
          onPick(user.email)
        }}
        invalid={!!error}
      />
      {error && <small className="field-error">{error}</small>}
    </div>
  )
}
