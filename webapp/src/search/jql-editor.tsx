import { useId, useLayoutEffect, useRef, useState, type KeyboardEvent, type RefObject } from 'react'
import type { JqlError, Suggestion } from '../api/jql'
import { JqlMirror } from './jql-mirror'
import { applySuggestion, errorRange } from './jql-text'
import { closedList, onListKey, optionId, type ListState } from './suggestion-keys'
import { SuggestionList } from './suggestion-list'
import { useJqlAutocomplete } from './use-search'

interface Props {
  value: string
  onChange: (jql: string) => void
  /** What Enter does with the list closed; nothing when left out (a query edited in a form). */
  onRun?: (jql: string) => void
  /** The problem in `value`, if it is known. */
  error: JqlError | null | undefined
  inputRef?: RefObject<HTMLTextAreaElement | null>
  /** The box's accessible name, when it is not the page's one JQL query. */
  label?: string
  placeholder?: string
  /** No suggestions, so Enter runs: the text is being read as a question, not written as JQL. */
  quiet?: boolean
}

const MAX_ROWS = 8
const EXAMPLE = 'project = WEB AND status = "In Progress" ORDER BY updated DESC'

/** The JQL box: a textarea that suggests fields, operators and values at the caret and underlines what is wrong. */
export function JqlEditor({ value, onChange, onRun, error, inputRef, label = 'JQL query', placeholder = EXAMPLE, quiet = false }: Props) {
  const listId = useId()
  const errorId = useId()
  const [caret, setCaret] = useState(value.length)
  const [list, setList] = useState<ListState>(closedList)
  const suggestions = useJqlAutocomplete(value, Math.min(caret, value.length), list.open && !quiet)
  const [seen, setSeen] = useState(suggestions)
  if (seen !== suggestions) {
    setSeen(suggestions)
    setList((current) => ({ ...current, active: 0 }))
  }
  const options = quiet ? [] : (suggestions?.suggestions ?? [])
  const shown = list.open && options.length > 0
  const active = Math.min(list.active, options.length - 1)

  const ownRef = useRef<HTMLTextAreaElement>(null)
  const field = inputRef ?? ownRef
  const mirror = useRef<HTMLDivElement>(null)
  const anchor = useRef<HTMLSpanElement>(null)
  const listbox = useRef<HTMLUListElement>(null)
  const nextCaret = useRef<number | null>(null)

  useLayoutEffect(() => {
    if (nextCaret.current === null || !field.current) return
    field.current.setSelectionRange(nextCaret.current, nextCaret.current)
    nextCaret.current = null
  }, [field, value, caret])
  useLayoutEffect(() => {
    if (!shown || !listbox.current || !anchor.current || !field.current) return
    const room = field.current.clientWidth - listbox.current.offsetWidth
    listbox.current.style.left = `${Math.max(0, Math.min(anchor.current.offsetLeft, room))}px`
  })

  const accept = (suggestion: Suggestion) => {
    if (!suggestions) return
    const next = applySuggestion(value, suggestions.replaceFrom, suggestions.replaceTo, suggestion.value)
    nextCaret.current = next.caret
    setCaret(next.caret)
    setList({ open: true, active: 0 })
    onChange(next.jql)
  }

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    // Enter that confirms an input method's composition is not ours to take.
    if (event.nativeEvent.isComposing) return
    const outcome = onListKey(list, event, options.length)
    setList(outcome.state)
    if (!outcome.handled) return
    event.preventDefault()
    // Esc that closed the list must not also close the issue panel or a dialog listening on the window.
    event.stopPropagation()
    if (outcome.command === 'accept') accept(options[active])
    if (outcome.command === 'run') onRun?.(value)
  }

  const rows = Math.min(MAX_ROWS, value.split('\n').length)
  const marked = error ? errorRange(value, error) : null
  return (
    <div className="jql-editor">
      <div className="jql-field">
        <JqlMirror text={value} error={marked} anchor={suggestions?.replaceFrom ?? caret} anchorRef={anchor} mirrorRef={mirror} />
        <textarea
          ref={field}
          className="jql-text jql-input"
          rows={rows}
          spellCheck={false}
          autoCapitalize="off"
          autoComplete="off"
          placeholder={placeholder}
          aria-label={label}
          role="combobox"
          aria-expanded={shown}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={shown ? optionId(listId, active) : undefined}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
          value={value}
          onChange={(event) => {
            setCaret(event.target.selectionStart)
            setList((current) => ({ open: true, active: current.active }))
            onChange(event.target.value)
          }}
          onSelect={(event) => setCaret(event.currentTarget.selectionStart)}
          onScroll={(event) => mirror.current && (mirror.current.scrollTop = event.currentTarget.scrollTop)}
          onKeyDown={onKeyDown}
          onBlur={() => setList(closedList)}
        />
      </div>
      {error && (
        <p id={errorId} className="jql-message" aria-live="polite">
          {error.message}
        </p>
      )}
      {/* Under what is wrong with the query, not over it. */}
      {shown && <SuggestionList id={listId} listRef={listbox} suggestions={options} active={active} onPick={accept} />}
    </div>
  )
}
