import type { Scheme, Status } from '../api/projects'
import { limitText as text } from './wip-limits'
import { WipLimitsForm } from './wip-limits-form'

/**
 * Each workflow board column's work-in-progress limits, saved one status at a time. The board shows a column's count against
 * them and highlights a column over its maximum or under its minimum.
 */
export function WipSection({ projectKey, canEdit, scheme }: { projectKey: string; canEdit: boolean; scheme: Scheme }) {
  return (
    <section aria-label="WIP limits">
      <h2>Column limits (WIP)</h2>
      <p className="muted small">Every issue in a status counts, whatever the workflow board's quick filters (scrum and kanban boards set their own limits in their board settings). Leave a field empty for no limit.</p>
      <ul className="settings-list">
        {scheme.workflow.statuses.map((status) => (
          <WipRow key={`${status.id}:${text(status.wipMin)}:${text(status.wipMax)}`} projectKey={projectKey} canEdit={canEdit} status={status} />
        ))}
      </ul>
    </section>
  )
}

function WipRow({ projectKey, canEdit, status }: { projectKey: string; canEdit: boolean; status: Status }) {
  if (!canEdit) {
    const shown = [status.wipMin != null ? `min ${status.wipMin}` : '', status.wipMax != null ? `max ${status.wipMax}` : ''].filter(Boolean).join(', ')
    return (
      <li className="settings-row">
        <span>{status.name}</span>
        <span className="muted">{shown || 'No limits'}</span>
      </li>
    )
  }
  return (
    <li>
      <WipLimitsForm projectKey={projectKey} status={status}>
        <span>{status.name}</span>
      </WipLimitsForm>
    </li>
  )
}
