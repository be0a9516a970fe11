import type { UserRef } from '../api/users'

/** People suggested as one types (a mention, a member, a lead): each with name and email, picked by a click too. */
export function PeopleOptions({ id, label, people, activeIndex, onPick }: {
  id: string
  label: string
  people: UserRef[]
  activeIndex: number
  onPick: (person: UserRef) => void
}) {
  return (
    <ul className="mention-suggestions" id={id} role="listbox" aria-label={label}>
      {people.map((user, index) => (
        <li
          key={user.id}
          id={`${id}-${index}`}
          role="option"
          aria-selected={index === activeIndex}
          onMouseDown={(event) => {
            // Picked before the field's blur closes the list.
            event.preventDefault()
            onPick(user)
          }}
        >
          <span>{user.displayName}</span>
          <span className="muted small">{user.email}</span>
        </li>
      ))}
    </ul>
  )
}
