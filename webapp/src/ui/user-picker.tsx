import { useQuery } from '@tanstack/react-query'
import { useId, useState, type KeyboardEvent } from 'react'
import { usersApi, type UserRef } from '../api/users'
import { useDebouncedValue } from '../app/use-debounced-value'
import { PeopleOptions } from './people-options'

interface Props {
  /** What is typed; a pick writes the person's name here. */
  text: string
  onText: (text: string) => void
  onPick: (user: UserRef) => void
  label: string
  placeholder?: string
  /** Emails not to suggest (people already in the list being added to). */
  exclude?: Set<string>
  invalid?: boolean
  describedBy?: string
  /** For a visible label of the caller's (`label` names it for screen readers otherwise). */
  id?: string
}

/**
 * A box that suggests people by name or email as one types (two characters or more), picked with a click or with the
 * arrows and Enter; Esc closes the suggestions. The caller keeps the picked person: typing again un-picks them.
 */
export function UserPicker({ text, onText, onPick, label, placeholder, exclude, invalid, describedBy, id }: Props) {
  const [open, setOpen] = useState(false)
  const [active, setActive] = useState(0)
  const listId = useId()
  const typed = useDebouncedValue(text.trim(), 200)
  const found = useQuery({
    queryKey: ['users', typed],
    queryFn: () => usersApi.search(typed, 8),
    enabled: typed.length >= 2,
    staleTime: 30_000,
  })
  const suggestions = (typed.length >= 2 ? (found.data ?? []) : []).filter((user) => !exclude?.has(user.email))
  const shown = open && suggestions.length > 0
  const activeIndex = Math.min(active, suggestions.length - 1)

  const pick = (user: UserRef) => {
    onPick(user)
    setOpen(false)
  }
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (!shown) return
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      const step = event.key === 'ArrowDown' ? 1 : -1
      setActive((index) => (index + step + suggestions.length) % suggestions.length)
    } else if (event.key === 'Enter') {
      pick(suggestions[activeIndex])
    } else if (event.key === 'Escape') {
      setOpen(false)
    } else {
      return
    }
    event.preventDefault()
    event.stopPropagation()
  }

  return (
    <div className="user-picker">
      <input
        id={id}
        role="combobox"
        aria-label={id ? undefined : label}
        aria-autocomplete="list"
        aria-expanded={shown}
        aria-controls={shown ? listId : undefined}
        aria-activedescendant={shown ? `${listId}-${activeIndex}` : undefined}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy}
        autoComplete="off"
        placeholder={placeholder}
        value={text}
        onChange={(event) => {
          onText(event.target.value)
          setOpen(true)
          setActive(0)
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
      />
      {shown && (
        <PeopleOptions id={listId} label={`Suggestions for ${label.toLowerCase()}`} people={suggestions} activeIndex={activeIndex} onPick={pick} />
      )}
    </div>
  )
}
