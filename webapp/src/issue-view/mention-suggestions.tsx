import { useId, useState, type KeyboardEvent, type ReactElement, type RefObject } from 'react'
import type { UserRef } from '../api/users'
import { useMembers } from '../projects/use-projects'
import { insertMention, matchingMembers, mentionAt, mentionFor, shownMentions, withMentionsWritten, type MentionedPeople } from '../ui/mentions'
import { PeopleOptions } from '../ui/people-options'

type MentionPlace = { start: number; query: string }

/**
 * A text holding mentions (`@[Name](email)`, as saved) edited as it was typed: each shows as `@Name`, and is written
 * out again on every change from who the names stand for (known from the text, and from the people picked). A name
 * that could stand for two people stays written out. `pick` puts a person where `@` was typed; it gives the caret after.
 */
export function useShownMentions(markup: string, onChange: (markup: string) => void) {
  const [state, setState] = useState(() => ({ markup, ...shownMentions(markup) }))
  let current = state
  if (state.markup !== markup) {
    // Changed from outside (emptied once sent, someone else's text taken): shown afresh.
    current = { markup, ...shownMentions(markup) }
    setState(current)
  }
  const apply = (shown: string, people: MentionedPeople) => {
    const next = withMentionsWritten(shown, people)
    setState({ markup: next, shown, people })
    onChange(next)
  }
  return {
    shown: current.shown,
    change: (shown: string) => apply(shown, current.people),
    pick: (at: MentionPlace, user: UserRef) => {
      const { written, people } = mentionFor(current.people, user)
      const next = insertMention(current.shown, at, written)
      apply(next.text, people)
      return next.caret
    },
  }
}

interface Mentioning {
  /** Call with the text area's new value on every change. */
  typed: (value: string, caret: number) => void
  /** The text area lost focus: the suggestions go (a click on one keeps the focus). */
  closed: () => void
  /** True when the key was the suggestions' (arrows, Enter, Tab, Esc while they show): the editor leaves it alone. */
  handledKey: (event: KeyboardEvent<HTMLTextAreaElement>) => boolean
  /** For the text area: which list it completes from, and which suggestion is picked. */
  fieldProps: Record<string, string | boolean | undefined>
  list: ReactElement | null
}

/**
 * Typing `@` in a Markdown field of a project suggests the project's members by name or email; picking one (click,
 * Enter or Tab) gives it to `onPick` (useShownMentions' `pick`), which the server tells and the Markdown shows as the
 * name. Without a project, nothing is suggested.
 */
export function useMentionSuggestions(projectKey: string | undefined, field: RefObject<HTMLTextAreaElement | null>,
  onPick: (at: MentionPlace, user: UserRef) => number): Mentioning {
  const [at, setAt] = useState<MentionPlace>()
  const [active, setActive] = useState(0)
  const members = useMembers(at ? projectKey : undefined)
  const suggestions = at && members.data ? matchingMembers(members.data.map((member) => member.user), at.query) : []
  const listId = useId()

  const pick = (user: UserRef) => {
    if (!at) return
    const caret = onPick(at, user)
    setAt(undefined)
    requestAnimationFrame(() => {
      field.current?.focus()
      field.current?.setSelectionRange(caret, caret)
    })
  }

  const handledKey = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (suggestions.length === 0) return false
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      const step = event.key === 'ArrowDown' ? 1 : -1
      setActive((index) => (index + step + suggestions.length) % suggestions.length)
    } else if (event.key === 'Enter' || event.key === 'Tab') {
      pick(suggestions[Math.min(active, suggestions.length - 1)])
    } else if (event.key === 'Escape') {
      setAt(undefined)
    } else {
      return false
    }
    event.preventDefault()
    event.stopPropagation()
    return true
  }

  const shown = suggestions.length > 0
  const activeIndex = Math.min(active, suggestions.length - 1)
  return {
    typed: (text, caret) => {
      setAt(projectKey ? mentionAt(text, caret) : undefined)
      setActive(0)
    },
    closed: () => setAt(undefined),
    handledKey,
    fieldProps: {
      'aria-autocomplete': projectKey ? 'list' : undefined,
      'aria-controls': shown ? listId : undefined,
      'aria-expanded': projectKey ? shown : undefined,
      'aria-activedescendant': shown ? `${listId}-${activeIndex}` : undefined,
    },
    // Over what follows the text area (its Save button among them), which must not move while it shows.
    list: shown ? (
      <div className="mention-anchor">
        <PeopleOptions id={listId} label="People to mention" people={suggestions} activeIndex={activeIndex} onPick={pick} />
      </div>
    ) : null,
  }
}
