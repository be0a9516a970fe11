import type { Ref } from 'react'
import type { Suggestion } from '../api/jql'
import { optionId } from './suggestion-keys'

interface Props {
  id: string
  suggestions: Suggestion[]
  active: number
  onPick: (suggestion: Suggestion) => void
  listRef: Ref<HTMLUListElement>
}

export function SuggestionList({ id, suggestions, active, onPick, listRef }: Props) {
  return (
    <ul className="suggestions" id={id} role="listbox" aria-label="Suggestions" ref={listRef}>
      {suggestions.map((suggestion, index) => (
        <li
          key={`${suggestion.kind}:${suggestion.value}`}
          id={optionId(id, index)}
          role="option"
          aria-selected={index === active}
          className="suggestion"
          // Keep the caret in the query: a click must not blur the textarea before it is handled.
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => onPick(suggestion)}
        >
          <span className="mono">{suggestion.display}</span>
          <span className="suggestion-kind">{suggestion.kind}</span>
        </li>
      ))}
    </ul>
  )
}
