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
          {hidesValue(suggestion) && <span className="mono muted">{suggestion.value}</span>}
          <span className="suggestion-kind">{suggestion.kind}</span>
        </li>
      ))}
    </ul>
  )
}

/** A project shown by its name is inserted as its key: show the key too, so nobody is surprised by what lands. */
function hidesValue({ value, display }: Suggestion): boolean {
  return !display.toLowerCase().includes(value.replace(/^"(.*)"$/, '$1').toLowerCase())
}
