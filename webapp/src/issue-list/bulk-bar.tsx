import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useState, type FormEvent } from 'react'
import { issuesApi, type BulkChange, type BulkEntry, type BulkResult } from '../api/issues'
import { queryKeys } from '../app/query-keys'
import { useToast } from '../app/use-toast'
import { assignable, useMembers, useScheme } from '../projects/use-projects'
import { plural } from '../app/words'
import { BulkMoveDialog } from './bulk-move-dialog'

const UNASSIGNED = '\u0000unassigned'

interface Props {
  projectKey: string
  selected: string[]
  /**
   * Called with the keys that were changed, which leave the selection; the refused ones, those a stopped change never
   * reached and rows picked while the change was on its way stay selected.
   */
  onDone: (changed: string[]) => void
}

type Change = Omit<BulkChange, 'keys'>

/**
 * What the selected rows can all be changed to, or the project they can be moved to; each issue changes on its own and
 * the refusals are listed. A change is only made once confirmed ("Apply to 12 issues", the Move dialog's Move): picking
 * a value by mistake changes nothing.
 */
export function BulkBar({ projectKey, selected, onDone }: Props) {
  const scheme = useScheme(projectKey)
  const members = useMembers(projectKey)
  const client = useQueryClient()
  const toast = useToast()
  const [failures, setFailures] = useState<BulkEntry[]>([])
  const [label, setLabel] = useState('')
  const [pending, setPending] = useState<{ body: Change; question: (count: string) => string }>()
  const ask = (body: Change, question: (count: string) => string) => setPending({ body, question })
  const [moving, setMoving] = useState(false)
  /** `done`: what was done to how many ("Changed 3 issues"); `notDone`: what the refused could not be. */
  const settle = (result: BulkResult & { stopped?: Error }, done: (count: string) => string, notDone: string) => {
    const failed = result.results.filter((entry) => entry.outcome === 'failed')
    setFailures(failed)
    const changed = done(plural(result.updated, 'issue'))
    if (result.stopped) toast.error(`${changed}, then stopped: ${result.stopped.message}`)
    else toast.info(failed.length ? `${changed}; ${failed.length} could not be ${notDone}` : changed)
    for (const entry of result.results) {
      void client.invalidateQueries({ queryKey: queryKeys.issue(entry.key) })
      void client.invalidateQueries({ queryKey: queryKeys.history(entry.key) })
    }
    void client.invalidateQueries({ queryKey: queryKeys.issues })
    onDone(result.results.filter((entry) => entry.outcome !== 'failed').map((entry) => entry.key))
  }
  const change = useMutation({
    mutationFn: (body: Change) => issuesApi.bulkInBatches({ keys: selected, ...body }),
    onSuccess: (result) => settle(result, (count) => `Changed ${count}`, 'changed'),
    onError: (error) => toast.error(`Nothing was changed: ${error.message}`),
  })
  const assignees = assignable(members.data)
  const labelChange = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null
    const value = label.trim()
    if (!value) return
    if (submitter?.value === 'remove') ask({ removeLabels: [value] }, (count) => `Remove the label “${value}” from ${count}?`)
    else ask({ addLabels: [value] }, (count) => `Add the label “${value}” to ${count}?`)
    setLabel('')
  }
  const apply = () => {
    if (pending) change.mutate(pending.body)
    setPending(undefined)
  }
  const count = plural(selected.length, 'issue')

  return (
    <div className="bulk-bar" role="region" aria-label="Change selected issues">
      <strong>{selected.length} selected</strong>
      <select aria-label="Set status" value="" disabled={change.isPending} onChange={(e) => ask({ set: { status: e.target.value } }, (count) => `Move ${count} to ${e.target.value}?`)}>
        <option value="">Status…</option>
        {scheme.data?.workflow.statuses.map((status) => (
          <option key={status.id}>{status.name}</option>
        ))}
      </select>
      <select
        aria-label="Set assignee"
        value=""
        disabled={change.isPending}
        onChange={(e) => {
          const unassign = e.target.value === UNASSIGNED
          const name = e.target.selectedOptions[0]?.textContent ?? e.target.value
          ask({ set: { assignee: unassign ? null : e.target.value } }, (count) => (unassign ? `Unassign ${count}?` : `Assign ${count} to ${name}?`))
        }}
      >
        <option value="">Assignee…</option>
        <option value={UNASSIGNED}>Unassigned</option>
        {assignees.map((member) => (
          <option key={member.user.id} value={member.user.email}>
            {member.user.displayName}
          </option>
        ))}
      </select>
      <select aria-label="Set priority" value="" disabled={change.isPending} onChange={(e) => ask({ set: { priority: e.target.value } }, (count) => `Set the priority of ${count} to ${e.target.value}?`)}>
        <option value="">Priority…</option>
        {scheme.data?.priorities.map((priority) => (
          <option key={priority.id}>{priority.name}</option>
        ))}
      </select>
      <form className="bulk-labels" onSubmit={labelChange}>
        <input aria-label="Label" placeholder="label" value={label} onChange={(e) => setLabel(e.target.value)} />
        <button type="submit" className="button" value="add" disabled={change.isPending || !label.trim()}>
          Add label
        </button>
        <button type="submit" className="button" value="remove" disabled={change.isPending || !label.trim()}>
          Remove label
        </button>
      </form>
      <button type="button" className="button" disabled={change.isPending} onClick={() => setMoving(true)}>
        Move to project…
      </button>
      {moving && (
        <BulkMoveDialog
          projectKey={projectKey}
          keys={selected}
          onClose={() => setMoving(false)}
          onMoved={(result, project) => {
            setMoving(false)
            settle(result, (count) => `Moved ${count} to ${project}`, 'moved')
          }}
        />
      )}
      {pending && (
        <div className="bulk-confirm" role="group" aria-label="Confirm the change">
          <span>{pending.question(count)}</span>
          <button type="button" className="button button-primary" autoFocus onClick={apply}>
            Apply to {count}
          </button>
          <button type="button" className="button" onClick={() => setPending(undefined)}>
            Cancel
          </button>
        </div>
      )}
      {failures.length > 0 && (
        <ul className="bulk-failures" role="alert" aria-label="Not changed">
          {failures.map((entry) => (
            <li key={entry.key}>
              <span className="mono">{entry.key}</span>: {entry.problem?.detail ?? 'refused'}
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
