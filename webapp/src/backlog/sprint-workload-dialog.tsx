import { useState } from 'react'
import type { Card, Sprint } from '../api/planning'
import { Avatar } from '../ui/avatar'
import { Dialog } from '../ui/dialog'
import { formatDuration } from '../issue-view/work-duration'
import { workloadOf } from './sprint-workload'

/**
 * "Workload" in a sprint's header: who has how many of its issues and points, how much of it is done, and what remains
 * of their estimates (with how many of their open issues have none).
 */
export function SprintWorkload({ sprint, cards }: { sprint: Sprint; cards: Card[] }) {
  const [open, setOpen] = useState(false)
  const loads = workloadOf(cards)
  // An empty sprint has no workload to show: no button, rather than one that looks broken.
  if (!cards.length) return null
  return (
    <>
      <button type="button" className="button" onClick={() => setOpen(true)}>
        Workload
      </button>
      {open && (
        <Dialog title={`Workload of ${sprint.name}`} onClose={() => setOpen(false)} className="workload-dialog">
          <table className="report-table workload-table">
            <thead>
              <tr>
                <th>Assignee</th>
                <th>Issues</th>
                <th>Story points</th>
                <th>Remaining estimate</th>
                <th>Unestimated</th>
                <th>Done</th>
              </tr>
            </thead>
            <tbody>
              {loads.map((load) => (
                <tr key={load.assignee?.email ?? ''}>
                  <td>
                    <span className="status-cell">
                      <Avatar user={load.assignee} /> {load.assignee?.displayName ?? 'Unassigned'}
                    </span>
                  </td>
                  <td>{load.issues}</td>
                  <td>{load.points}</td>
                  <td>{load.remainingSeconds ? formatDuration(load.remainingSeconds) : <span className="muted">–</span>}</td>
                  <td>{load.unestimated}</td>
                  <td>
                    {load.doneIssues} of {load.issues} issues · {load.donePoints} of {load.points} points
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <div className="dialog-footer">
            <button type="button" className="button" data-autofocus onClick={() => setOpen(false)}>
              Close
            </button>
          </div>
        </Dialog>
      )}
    </>
  )
}
