import { useProjects } from '../projects/use-projects'
import { Field } from '../ui/field'
import { moveTargets, type Mapping, type NeededMappings } from './move-plan'

/** The project to move to: one of the reader's others where they may create issues, said so when there is none. */
export function TargetProjectField({ fromProject, value, onChange, error }: {
  fromProject: string
  value: string
  onChange: (project: string) => void
  error?: string
}) {
  const projects = useProjects()
  const targets = moveTargets(projects.data ?? [], fromProject)
  return (
    <>
      <Field label="Project to move to" error={error}>
        <select data-autofocus value={value} onChange={(event) => onChange(event.target.value)}>
          <option value="">Choose a project…</option>
          {targets.map((option) => (
            <option key={option.key} value={option.key}>
              {option.key} – {option.name}
            </option>
          ))}
        </select>
      </Field>
      {projects.data && !targets.length && (
        <p className="muted small">Issues move only to projects where you are a member or an admin, and you are in no other.</p>
      )}
    </>
  )
}

interface MappingProps {
  /** The project moved to, named when it has nothing to choose from. */
  project: string
  needed: NeededMappings
  /** By `type:Name` and `status:Name`; a mapping not chosen yet shows (and sends) its first choice. */
  chosen: Record<string, string>
  onChoose: (chosen: Record<string, string>) => void
}

/** A choice for each type and status the project moved to lacks, as Jira's Move asks for them. */
export function MappingFields({ project, needed, chosen, onChoose }: MappingProps) {
  const field = (kind: 'type' | 'status', mapping: Mapping) => {
    const name = `${kind}:${mapping.from}`
    return (
      <Field
        key={name}
        label={kind === 'type' ? `Type for its ${mapping.from} issues` : `Status for issues in ${mapping.from}`}
        error={mapping.choices.length ? undefined : `${project} has none to choose from: an admin of ${project} can add one in Project settings.`}
      >
        <select value={chosen[name] ?? mapping.choices[0] ?? ''} onChange={(event) => onChoose({ ...chosen, [name]: event.target.value })}>
          {mapping.choices.map((choice) => (
            <option key={choice}>{choice}</option>
          ))}
        </select>
      </Field>
    )
  }
  return (
    <>
      {needed.types.map((mapping) => field('type', mapping))}
      {needed.statuses.map((mapping) => field('status', mapping))}
    </>
  )
}
