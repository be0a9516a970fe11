import { useState } from 'react'
import type { Issue } from '../api/issues'
import type { Scheme } from '../api/projects'
import { fieldMessages } from '../create-issue/use-create-issue'
import { RelatedIssue } from './related-issue'
import { useChildren, useCreateChild } from './use-issue-parts'

/** Epics hold issues, issues hold sub-tasks (types one level down); sub-tasks hold nothing. */
function childTypesOf(issue: Issue, scheme: Scheme | undefined): string[] | undefined {
  const level = scheme?.types.find((type) => type.name === issue.type)?.level
  if (level === undefined) return undefined
  return scheme!.types.filter((type) => type.level === level - 1).map((type) => type.name)
}

export function Children({ issue, scheme, canEdit }: { issue: Issue; scheme: Scheme | undefined; canEdit: boolean }) {
  const types = childTypesOf(issue, scheme)
  const children = useChildren(issue.key, issue.subtaskKeys.length > 0 || !!types?.length)
  const [adding, setAdding] = useState(false)
  // A viewer, who cannot add any, sees the section only when it lists some.
  if (!issue.subtaskKeys.length && (!types?.length || !canEdit)) return null
  const epic = (scheme?.types.find((type) => type.name === issue.type)?.level ?? 0) > 0
  const items = children.data?.issues ?? []
  const done = items.filter((child) => child.statusCategory === 'done').length
  return (
    <section className="panel-section" aria-label={epic ? 'Issues in this epic' : 'Sub-tasks'}>
      <header className="panel-section-header">
        <h2 className="section-title">
          {epic ? 'Issues in this epic' : 'Sub-tasks'} {items.length > 0 && <span className="muted">{done} of {items.length} done</span>}
        </h2>
        {canEdit && !!types?.length && !adding && (
          <button type="button" className="link-button" onClick={() => setAdding(true)}>
            {epic ? 'Add issue' : 'Add sub-task'}
          </button>
        )}
      </header>
      <ul className="related-list">
        {items.map((child) => (
          <RelatedIssue key={child.key} issueKey={child.key} summary={child.summary} status={child.status} statusCategory={child.statusCategory} />
        ))}
      </ul>
      {adding && types && <NewChild parent={issue} types={types} label={epic ? 'New issue in this epic' : 'New sub-task'} onDone={() => setAdding(false)} />}
    </section>
  )
}

/** Enter creates and leaves the field open for the next one; Esc (or an empty Enter) closes it. */
function NewChild({ parent, types, label, onDone }: { parent: Issue; types: string[]; label: string; onDone: () => void }) {
  const create = useCreateChild(parent)
  const [summary, setSummary] = useState('')
  const [type, setType] = useState(types.includes('Task') ? 'Task' : types[0])
  const messages = fieldMessages(create.error)
  const problem = Object.values(messages.byField)[0] ?? messages.general
  const submit = () => {
    const text = summary.trim()
    if (!text) return onDone()
    create.mutate({ type, summary: text }, { onSuccess: () => setSummary('') })
  }
  return (
    <form
      className="new-child editing"
      onSubmit={(event) => {
        event.preventDefault()
        submit()
      }}
    >
      {types.length > 1 && (
        <select aria-label="Type" value={type} onChange={(event) => setType(event.target.value)}>
          {types.map((name) => (
            <option key={name}>{name}</option>
          ))}
        </select>
      )}
      <input
        aria-label={label}
        placeholder={`${label}: what needs doing?`}
        autoFocus
        value={summary}
        readOnly={create.isPending}
        onChange={(event) => {
          create.reset()
          setSummary(event.target.value)
        }}
        onKeyDown={(event) => event.key === 'Escape' && onDone()}
      />
      {problem && <p className="error-text">{problem}</p>}
    </form>
  )
}
