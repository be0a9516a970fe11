import { useId, useState } from 'react'
import type { Issue } from '../api/issues'
import { LINK_DESCRIPTIONS } from '../api/links'
import { Field } from '../ui/field'
import { IssueKeySuggestions } from './issue-key-suggestions'
import { linkProblems, normalKey, validateLink, type LinkDraft } from './link-form'
import { useLinks } from './use-issue-parts'

/** Type and key of the issue to link; checked as it is typed once a first try failed, then by the server. */
export function AddLink({ issue, onDone }: { issue: Issue; onDone: () => void }) {
  const { add } = useLinks(issue.key)
  const [draft, setDraft] = useState<LinkDraft>({ type: 'relates to', otherKey: '' })
  const [tried, setTried] = useState(false)
  const suggestions = useId()
  const local = tried ? validateLink(draft, issue) : {}
  const server = add.isPending ? {} : linkProblems(add.error)
  const problems = local.otherKey || local.type ? local : server

  const change = (changes: Partial<LinkDraft>) => {
    add.reset()
    setDraft({ ...draft, ...changes })
  }
  const submit = () => {
    setTried(true)
    const found = validateLink(draft, issue)
    if (found.otherKey || found.type) return
    add.mutate({ type: draft.type, otherKey: normalKey(draft.otherKey) }, { onSuccess: onDone })
  }

  return (
    <form
      className="add-link editing"
      aria-label="Add link"
      onSubmit={(event) => {
        event.preventDefault()
        submit()
      }}
      onKeyDown={(event) => event.key === 'Escape' && onDone()}
    >
      <Field label="Link type" error={problems.type}>
        <select value={draft.type} onChange={(event) => change({ type: event.target.value })}>
          {LINK_DESCRIPTIONS.map((description) => (
            <option key={description}>{description}</option>
          ))}
        </select>
      </Field>
      <Field label="Issue" error={problems.otherKey}>
        <input autoFocus placeholder={`${issue.projectKey}-12 or summary words`} list={suggestions} value={draft.otherKey}
          onChange={(event) => change({ otherKey: event.target.value })} />
      </Field>
      <IssueKeySuggestions id={suggestions} projectKey={issue.projectKey} typed={draft.otherKey} except={issue.key} />
      <div className="add-link-actions">
        <button type="submit" className="button button-primary" disabled={add.isPending}>
          Link
        </button>
        <button type="button" className="button button-ghost" onClick={onDone}>
          Cancel
        </button>
      </div>
      {problems.general && <p className="error-text">{problems.general}</p>}
    </form>
  )
}
