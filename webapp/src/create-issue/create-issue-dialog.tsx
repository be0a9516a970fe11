import { useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react'
import type { NewIssue } from '../api/issues'
import { useToast } from '../app/use-toast'
import { assignable, creatable, useMembers, useProjects, useScheme } from '../projects/use-projects'
import { Dialog } from '../ui/dialog'
import { IssueKeySuggestions } from '../issue-view/issue-key-suggestions'
import { MarkdownEditor } from '../issue-view/markdown-editor'
import { splitLabels } from '../issue-view/field-parsing'
import { parseEstimate } from '../issue-view/work-duration'
import { Field } from '../ui/field'
import { accept, offersFor, useDraftSuggestions, type FormValues, type Offer, type SuggestedField } from './draft-suggestions'
import { SuggestionPanel } from './suggestion-panel'
import { fieldMessages, useCreateIssue } from './use-create-issue'

interface Props {
  defaultProject: string | undefined
  onClose: () => void
}

interface Draft {
  project: string
  type: string
  summary: string
  description: string
  priority: string
  assignee: string
  labels: string
  parent: string
  storyPoints: string
  originalEstimate: string
}

export function CreateIssueDialog({ defaultProject, onClose }: Props) {
  const projects = useProjects()
  const writable = creatable(projects.data)
  const initialProject = writable.find((project) => project.key === defaultProject)?.key ?? writable[0]?.key ?? defaultProject ?? ''
  const [draft, setDraft] = useState<Partial<Draft>>({})
  const project = draft.project ?? initialProject
  const parentSuggestions = useId()
  const scheme = useScheme(project || undefined)
  const members = useMembers(project || undefined)
  const create = useCreateIssue()
  const toast = useToast()
  const [blankSummary, setBlankSummary] = useState(false)
  // Checked as the panel checks it: once the field is left, or on create.
  const [checkEstimate, setCheckEstimate] = useState(false)
  const [components, setComponents] = useState<string[]>([])
  // Closing with something typed asks first: an Esc or a click beside the dialog by mistake loses nothing.
  const [discarding, setDiscarding] = useState(false)
  const formElement = useRef<HTMLFormElement>(null)
  const typed = (['summary', 'description', 'labels', 'parent', 'storyPoints', 'originalEstimate'] as const).some((field) => draft[field]?.trim())
  const close = () => (typed && !discarding ? setDiscarding(true) : onClose())

  const types = scheme.data?.types.filter((type) => type.level >= 0) ?? []
  const type = draft.type ?? (types.find((option) => option.name === 'Task') ?? types[0])?.name ?? ''
  const priority = draft.priority ?? scheme.data?.priorities.find((option) => option.isDefault)?.name ?? ''
  const { byField, general } = fieldMessages(create.error)
  const suggestions = useDraftSuggestions(project, draft.summary ?? '', draft.description ?? '')
  const form: FormValues = {
    type,
    priority,
    assignee: draft.assignee ?? '',
    labels: splitLabels(draft.labels ?? ''),
    components,
    storyPoints: draft.storyPoints?.trim() ?? '',
  }
  const chosen = new Set<SuggestedField>((['type', 'priority', 'assignee', 'storyPoints'] as const).filter((field) => draft[field] !== undefined))
  const offers = suggestions
    ? offersFor(suggestions.fields, form, chosen, {
        types: types.map((option) => option.name),
        priorities: scheme.data?.priorities.map((option) => option.name) ?? [],
        components: scheme.data?.components.map((option) => option.name) ?? [],
        members: assignable(members.data).map((member) => member.user),
      })
    : []
  const acceptOffer = (offer: Offer) => {
    const next = accept(form, offer)
    setComponents(next.components)
    setDraft((all) => ({
      ...all,
      ...(offer.field === 'labels' ? { labels: next.labels.join(', ') } : {}),
      ...(offer.field === 'type' || offer.field === 'priority' || offer.field === 'assignee' || offer.field === 'storyPoints'
        ? { [offer.field]: next[offer.field] }
        : {}),
    }))
  }
  const estimate = parseEstimate(draft.originalEstimate?.trim() ?? '')
  const set = (field: keyof Draft) => (event: { target: { value: string } }) => setDraft((all) => ({ ...all, [field]: event.target.value }))

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const summary = draft.summary?.trim() ?? ''
    setBlankSummary(!summary)
    setCheckEstimate(true)
    if (!summary || 'error' in estimate) return
    const issue: NewIssue = {
      project,
      type,
      summary,
      description: draft.description || undefined,
      priority: priority || undefined,
      assignee: draft.assignee || undefined,
      labels: splitLabels(draft.labels ?? ''),
      components: components.length ? components : undefined,
      parent: draft.parent?.trim() || undefined,
      storyPoints: form.storyPoints ? Number(form.storyPoints) : undefined,
      originalEstimate: estimate.value ?? undefined,
    }
    create.mutate(issue, {
      onSuccess: (created) => {
        toast.info(`Created ${created.key}: ${created.summary}`, created.key)
        // As in Jira and Linear, the page stays (with whatever draft it holds); the toast opens the new issue.
        onClose()
      },
    })
  }

  const summaryError = blankSummary ? 'Summary is required' : byField.summary
  if (projects.data && !writable.length) {
    return (
      <Dialog title="New issue" onClose={onClose}>
        <p>You can look at your projects but not add issues to them. Ask a project’s admin to make you a member.</p>
        <footer className="dialog-footer">
          <button type="button" className="button" onClick={onClose}>
            Close
          </button>
        </footer>
      </Dialog>
    )
  }
  return (
    <Dialog title="New issue" onClose={close}>
      <form ref={formElement} className="create-form" onSubmit={submit} onKeyDown={submitOnModEnter} noValidate>
        <div className="form-row">
          <Field label="Project" error={byField.project}>
            <select value={project} onChange={set('project')}>
              {writable.map((option) => (
                <option key={option.key} value={option.key}>
                  {option.name} ({option.key})
                </option>
              ))}
            </select>
          </Field>
          <Field label="Type" error={byField.type}>
            <select value={type} onChange={set('type')}>
              {types.map((option) => (
                <option key={option.id}>{option.name}</option>
              ))}
            </select>
          </Field>
        </div>
        <Field label="Summary" error={summaryError}>
          <input data-autofocus value={draft.summary ?? ''} onChange={set('summary')} placeholder="What needs doing?" maxLength={255} />
        </Field>
        <Field label="Description" error={byField.description}>
          <MarkdownEditor label="Description" value={draft.description ?? ''} autoFocus={false} projectKey={project}
            onChange={(description) => setDraft((all) => ({ ...all, description }))} onSubmit={() => formElement.current?.requestSubmit()} />
        </Field>
        {suggestions && <SuggestionPanel suggestions={suggestions} offers={offers} onAccept={acceptOffer} />}
        <div className="form-row">
          <Field label="Priority" error={byField.priority}>
            <select value={priority} onChange={set('priority')}>
              {scheme.data?.priorities.map((option) => (
                <option key={option.id}>{option.name}</option>
              ))}
            </select>
          </Field>
          <Field label="Assignee" error={byField.assignee}>
            <select value={draft.assignee ?? ''} onChange={set('assignee')}>
              <option value="">Unassigned</option>
              {assignable(members.data).map((member) => (
                <option key={member.user.id} value={member.user.email}>
                  {member.user.displayName}
                </option>
              ))}
            </select>
          </Field>
        </div>
        <div className="form-row">
          <Field label="Labels" error={byField.labels}>
            <input value={draft.labels ?? ''} onChange={set('labels')} placeholder="ui backend" />
          </Field>
          <Field label="Parent" error={byField.parent}>
            <input value={draft.parent ?? ''} onChange={set('parent')} list={parentSuggestions} placeholder={`${project || 'KEY'}-1 or summary words`} />
          </Field>
          <IssueKeySuggestions id={parentSuggestions} projectKey={project || undefined} typed={draft.parent ?? ''} />
        </div>
        <div className="form-row">
          <Field label="Story points" error={byField.storyPoints}>
            <input type="number" min={0} max={1000} step="any" inputMode="decimal" value={draft.storyPoints ?? ''} onChange={set('storyPoints')} />
          </Field>
          <Field label="Original estimate" error={(checkEstimate && 'error' in estimate ? estimate.error : undefined) ?? byField.originalEstimate}>
            <input value={draft.originalEstimate ?? ''} onChange={set('originalEstimate')} onBlur={() => setCheckEstimate(true)} placeholder="e.g. 2d 4h" />
          </Field>
        </div>
        {!!scheme.data?.components.length && (
          <Field label="Components" error={byField.components}>
            <select
              multiple
              size={Math.min(4, scheme.data.components.length)}
              value={components}
              onChange={(event) => setComponents([...event.target.selectedOptions].map((option) => option.value))}
            >
              {scheme.data.components.map((option) => (
                <option key={option.id}>{option.name}</option>
              ))}
            </select>
          </Field>
        )}
        {general && (
          <p className="error-text" role="alert">
            {general}
          </p>
        )}
        {discarding && (
          <div className="notice discard-notice" role="alertdialog" aria-label="Discard this issue?">
            <span>Discard this issue? What you typed will be lost.</span>
            <button type="button" className="button" autoFocus onClick={() => setDiscarding(false)}>
              Keep editing
            </button>
            <button type="button" className="button button-danger" onClick={onClose}>
              Discard
            </button>
          </div>
        )}
        <footer className="dialog-footer">
          <button type="button" className="button button-ghost" onClick={close}>
            Cancel
          </button>
          <button type="submit" className="button button-primary" disabled={create.isPending || !project}>
            {create.isPending ? 'Creating…' : 'Create issue'}
          </button>
        </footer>
      </form>
    </Dialog>
  )
}

/** Ctrl/⌘+Enter creates the issue from any field, as it saves a comment; the description's editor does it itself. */
function submitOnModEnter(event: KeyboardEvent<HTMLFormElement>) {
  if (event.key !== 'Enter' || !(event.ctrlKey || event.metaKey) || (event.target as HTMLElement).closest('.md-editor')) return
  event.preventDefault()
  event.currentTarget.requestSubmit()
}
