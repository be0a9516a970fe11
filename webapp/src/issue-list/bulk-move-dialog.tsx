import { useMutation, useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { BULK_LIMIT, issuesApi, type BulkResult } from '../api/issues'
import { queryKeys } from '../app/query-keys'
import { plural } from '../app/words'
import { fieldMessages } from '../create-issue/use-create-issue'
import { MappingFields, TargetProjectField } from '../issue-view/move-fields'
import { moveRequest } from '../issue-view/move-plan'
import { Dialog } from '../ui/dialog'
import { FormFooter } from '../ui/form-footer'
import { bulkMoveConsequences } from './bulk-move'

interface Props {
  projectKey: string
  keys: string[]
  onClose: () => void
  /** Each selected issue moved or refused, as the server answered. */
  onMoved: (result: BulkResult, project: string) => void
}

/**
 * Jira's bulk Move: the project to move the selected issues to, a choice for each type and status it lacks (asked once
 * for the selection as a whole) and what the move changes, read from the server before anything moves.
 */
export function BulkMoveDialog({ projectKey, keys, onClose, onMoved }: Props) {
  const [project, setProject] = useState('')
  const [chosen, setChosen] = useState<Record<string, string>>({})
  const [tried, setTried] = useState(false)
  const tooMany = keys.length > BULK_LIMIT
  const plan = useQuery({
    queryKey: queryKeys.movePlan(project, keys),
    queryFn: () => issuesApi.movePlan({ keys, project }),
    enabled: !!project && !tooMany,
  })
  const needed = { types: plan.data?.types ?? [], statuses: plan.data?.statuses ?? [] }
  const move = useMutation({
    mutationFn: () => issuesApi.moveAll({ keys, ...moveRequest(project, needed, chosen) }),
    onSuccess: (result) => onMoved(result, project),
  })
  const planned = fieldMessages(plan.error)
  const refusal = fieldMessages(move.error)
  const title = `Move ${plural(keys.length, 'issue')}`

  return (
    <Dialog title={title} onClose={onClose}>
      <form
        className="dialog-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault()
          setTried(true)
          if (plan.data?.moving.length) move.mutate()
        }}
      >
        {tooMany && <p className="error-text">Move takes up to {BULK_LIMIT} issues at a time: select fewer, move them, then the next.</p>}
        <TargetProjectField
          fromProject={projectKey}
          value={project}
          onChange={(value) => {
            setProject(value)
            setChosen({})
          }}
          error={tried && !project ? 'Choose the project to move the issues to.' : (refusal.byField.project ?? planned.byField.project)}
        />
        <MappingFields project={project} needed={needed} chosen={chosen} onChoose={setChosen} />
        {plan.data && (
          <ul aria-label="What the move changes" className="small">
            {bulkMoveConsequences(plan.data, projectKey).map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        )}
        <FormFooter
          submit="Move"
          refusal={planned.general ?? refusal.general ?? refusal.byField.types ?? refusal.byField.statuses}
          pending={move.isPending || (!!project && !plan.data?.moving.length)}
          onClose={onClose}
        />
      </form>
    </Dialog>
  )
}
