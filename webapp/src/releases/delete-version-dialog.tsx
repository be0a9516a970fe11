import { useState } from 'react'
import type { Version } from '../api/projects'
import type { VersionRemoval } from '../api/releases'
import { plural } from '../app/words'
import { fieldMessages } from '../create-issue/use-create-issue'
import { Dialog } from '../ui/dialog'
import { FormFooter } from '../ui/form-footer'

/** The choice for the issues of one kind: a version's name to move them to, or '' to take the version off them. */
const REMOVE = ''

/**
 * Jira's Delete version: the issues that have it as fix version, and those it affects, each move to another version
 * (`targets`) or lose it. Nothing to ask when no issue has it.
 */
export function DeleteVersionDialog({ version, fixIssues, affectedIssues, targets, error, pending, onDelete, onClose }: {
  version: Version
  fixIssues: number
  affectedIssues: number
  targets: Version[]
  error: Error | null
  pending: boolean
  onDelete: (removal: VersionRemoval) => void
  onClose: () => void
}) {
  const [fixTo, setFixTo] = useState(REMOVE)
  const [affectsTo, setAffectsTo] = useState(REMOVE)
  const refusal = fieldMessages(error)
  const problems = [refusal.byField.moveFixIssuesTo, refusal.byField.moveAffectsIssuesTo].filter(Boolean).join(' ')
  return (
    <Dialog title={`Delete ${version.name}`} onClose={onClose}>
      <form
        className="dialog-form"
        onSubmit={(event) => {
          event.preventDefault()
          onDelete({ ...(fixTo && { moveFixIssuesTo: fixTo }), ...(affectsTo && { moveAffectsIssuesTo: affectsTo }) })
        }}
      >
        {!fixIssues && !affectedIssues && <p>No issue has this version. Deleting it cannot be undone.</p>}
        {fixIssues > 0 && (
          <IssuesGo label={`${plural(fixIssues, 'issue')} with this fix version`} value={fixTo} targets={targets} onChange={setFixTo} />
        )}
        {affectedIssues > 0 && (
          <IssuesGo label={`${plural(affectedIssues, 'issue')} with this affects version`} value={affectsTo} targets={targets} onChange={setAffectsTo} />
        )}
        {problems && <p className="error-text">{problems}</p>}
        <FormFooter submit="Delete" refusal={refusal.general} pending={pending} danger onClose={onClose} />
      </form>
    </Dialog>
  )
}

function IssuesGo({ label, value, targets, onChange }: { label: string; value: string; targets: Version[]; onChange: (name: string) => void }) {
  return (
    <label className="field">
      <span>{label}</span>
      <select aria-label={label} value={value} onChange={(event) => onChange(event.target.value)}>
        <option value={REMOVE}>Remove the version from them</option>
        {targets.map((other) => (
          <option key={other.id} value={other.name}>
            Move them to {other.name}
          </option>
        ))}
      </select>
    </label>
  )
}
