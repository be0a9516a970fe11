import type { Scheme } from '../api/projects'
import { useMembers } from '../projects/use-projects'
import type { QuickFilterValues } from './board-state'

/** Assignee, type and label lists beside the board's text filter; the server narrows the whole columns by them. */
export function QuickFilters({ projectKey, scheme, labels, values, onChange }: {
  projectKey: string
  scheme: Scheme | undefined
  labels: string[]
  values: QuickFilterValues
  onChange: (values: QuickFilterValues) => void
}) {
  const members = useMembers(projectKey)
  const set = (changes: Partial<QuickFilterValues>) => onChange({ ...values, ...changes })
  return (
    <>
      <select aria-label="Assignee filter" value={values.assignee} onChange={(event) => set({ assignee: event.target.value })}>
        <option value="">Anyone</option>
        <option value="me">Me</option>
        <option value="unassigned">Unassigned</option>
        {members.data?.map(({ user }) => (
          <option key={user.email} value={user.email}>
            {user.displayName}
          </option>
        ))}
      </select>
      <select aria-label="Type filter" value={values.type} onChange={(event) => set({ type: event.target.value })}>
        <option value="">All types</option>
        {scheme?.types.map((type) => (
          <option key={type.id}>{type.name}</option>
        ))}
      </select>
      <select aria-label="Label filter" value={values.label} onChange={(event) => set({ label: event.target.value })}>
        <option value="">Any label</option>
        {labels.map((label) => (
          <option key={label}>{label}</option>
        ))}
      </select>
    </>
  )
}
