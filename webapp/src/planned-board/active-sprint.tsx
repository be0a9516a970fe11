import { useState } from 'react'
import type { Sprint } from '../api/planning'
import { CompleteSprint, CompleteSprintButton } from '../backlog/sprint-actions'
import { sprintDatesText } from '../backlog/sprint-dates'

/**
 * The scrum board's active sprint, as in Jira: its dates and days left and its goal, and for those who may plan, Complete
 * sprint (the same dialog as in the backlog).
 */
export function ActiveSprint({ sprint, canPlan }: { sprint: Sprint; canPlan: boolean }) {
  const [completing, setCompleting] = useState(false)
  const detail = [sprintDatesText(sprint), sprint.goal].filter(Boolean).join(' · ')
  return (
    <div className="active-sprint" aria-label={`Active sprint ${sprint.name}`} role="group">
      {detail && (
        <span className="muted small sprint-detail" title={detail}>
          {detail}
        </span>
      )}
      {canPlan && <CompleteSprintButton onClick={() => setCompleting(true)} />}
      {completing && <CompleteSprint sprint={sprint} onClose={() => setCompleting(false)} />}
    </div>
  )
}
