import type { JqlError, Suggestions } from '../api/jql'

/**
 * Accepts a suggestion: `jql[from, to)` becomes `value`, followed by a space unless one (or a `)` or `,`) is already
 * there or the value opens a group, and the caret lands where the next word goes — or between the quotes of a
 * function that wants an argument, such as `membersOf("")`.
 */
export function applySuggestion(jql: string, from: number, to: number, value: string): { jql: string; caret: number } {
  const start = Math.max(0, Math.min(from, jql.length))
  const end = Math.max(start, Math.min(to, jql.length))
  const rest = jql.slice(end)
  if (value.endsWith('("")')) return { jql: jql.slice(0, start) + value + rest, caret: start + value.length - 2 }
  const gap = value.endsWith('(') || /^[\s),]/.test(rest) ? '' : ' '
  const skip = !gap && /^[ \t]/.test(rest) && !value.endsWith('(') ? 1 : 0
  return { jql: jql.slice(0, start) + value + gap + rest, caret: start + value.length + gap.length + skip }
}

/** The offset of a 1-based line and character, kept inside the text. */
export function offsetOf(jql: string, line: number, character: number): number {
  const lines = jql.split('\n')
  let offset = 0
  for (let index = 0; index < Math.min(line - 1, lines.length - 1); index++) offset += lines[index].length + 1
  return Math.max(0, Math.min(offset + character - 1, jql.length))
}

/** The text an error points at — the word, quoted string or symbol at its position — as [from, to); empty at the end. */
export function errorRange(jql: string, error: JqlError): [number, number] | null {
  if (error.line === undefined || error.character === undefined) return null
  const from = offsetOf(jql, error.line, error.character)
  const token = /^("(?:[^"\\]|\\.)*"?|'(?:[^'\\]|\\.)*'?|[^\s(),]+|\S)/.exec(jql.slice(from))
  return [from, from + (token?.[0].length ?? 0)]
}

/**
 * Suggestions the server gave for an earlier keystroke, made to fit the text now: while the user goes on typing the
 * same word, keep those that still match it (as the server filters: by value, display or a word of the display), so the list narrows at once instead of
 * flickering until the fresh answer arrives. Undefined when the earlier answer no longer fits.
 */
export function narrowSuggestions(earlier: { jql: string; answer: Suggestions }, jql: string, cursor: number): Suggestions | undefined {
  const { replaceFrom, suggestions } = earlier.answer
  if (cursor < replaceFrom || jql.slice(0, replaceFrom) !== earlier.jql.slice(0, replaceFrom)) return undefined
  const typed = jql.slice(replaceFrom, cursor)
  if (/[\s(),]/.test(typed)) return undefined
  const prefix = typed.toLowerCase()
  const fitting = suggestions.filter(({ value, display }) => {
    const shown = display.toLowerCase()
    return value.toLowerCase().replace(/^"/, '').startsWith(prefix.replace(/^"/, '')) || shown.startsWith(prefix) || shown.includes(` ${prefix}`)
  })
  const wordEnd = cursor + (/^[^\s(),]*/.exec(jql.slice(cursor))?.[0].length ?? 0)
  return fitting.length ? { replaceFrom, replaceTo: wordEnd, suggestions: fitting } : undefined
}

/**
 * The query up to its last clause — cut before the last `AND`, `OR`, `&&`, `||` or `ORDER BY` outside quotes, with the
 * parentheses it leaves open closed — to check on its own what the unfinished last clause hides: the server reports the
 * first problem it meets, and an unfinished clause stops its reading before it looks up the fields of the others.
 * `end`: the length of the text kept (the closing parentheses come after it). Null when there is no earlier clause.
 */
export function beforeLastClause(jql: string): { text: string; end: number } | null {
  let cut = -1
  let quote = ''
  for (let at = 0; at < jql.length; at++) {
    const char = jql[at]
    if (quote) {
      if (char === '\\') at++
      else if (char === quote) quote = ''
      continue
    }
    if (char === '"' || char === "'") quote = char
    else if (/^(and|or|&&|\|\||order\s+by)(?=[\s(]|$)/i.test(jql.slice(at)) && (at === 0 || /[\s)]/.test(jql[at - 1]))) cut = at
  }
  const kept = jql.slice(0, Math.max(cut, 0)).trimEnd()
  if (!kept) return null
  let open = 0
  for (const char of kept.replace(/"(?:[^"\\]|\\.)*"?|'(?:[^'\\]|\\.)*'?/g, '')) open = Math.max(0, open + (char === '(' ? 1 : char === ')' ? -1 : 0))
  return { text: kept + ')'.repeat(open), end: kept.length }
}
