export type Direction = 'ASC' | 'DESC'

export interface SortKey {
  /** As written in the query, quotes included. */
  field: string
  direction?: Direction
}

/** Lower-case alias → lower-case field name, e.g. `type` → `issuetype`; from the JQL reference. */
export type Aliases = Record<string, string>

interface Token {
  text: string
  start: number
}

/** Words, quoted strings and `( ) ,` — just enough of JQL to find the ORDER BY clause outside strings and groups. */
function tokens(jql: string): Token[] {
  const found: Token[] = []
  let at = 0
  while (at < jql.length) {
    const char = jql[at]
    let end = at + 1
    if (/\s/.test(char)) {
      at = end
      continue
    }
    if (char === '"' || char === "'") {
      while (end < jql.length && jql[end] !== char) end += jql[end] === '\\' ? 2 : 1
      end = Math.min(end + 1, jql.length)
    } else if (!'(),'.includes(char)) {
      while (end < jql.length && !/[\s(),"']/.test(jql[end])) end++
    }
    found.push({ text: jql.slice(at, end), start: at })
    at = end
  }
  return found
}

/** Splits a query into the part before ORDER BY (trimmed) and its sort keys. */
export function parseOrderBy(jql: string): { where: string; keys: SortKey[] } {
  const all = tokens(jql)
  let depth = 0
  const orderAt = all.findIndex((token, index) => {
    if (token.text === '(') depth++
    if (token.text === ')') depth--
    return depth === 0 && token.text.toLowerCase() === 'order' && all[index + 1]?.text.toLowerCase() === 'by'
  })
  if (orderAt < 0) return { where: jql.trim(), keys: [] }
  const keys: SortKey[] = []
  let current: Token[] = []
  const flush = () => {
    if (current.length) {
      const direction = current[1]?.text.toUpperCase()
      keys.push({ field: current[0].text, direction: direction === 'ASC' || direction === 'DESC' ? direction : undefined })
    }
    current = []
  }
  for (const token of all.slice(orderAt + 2)) {
    if (token.text === ',') flush()
    else current.push(token)
  }
  flush()
  return { where: jql.slice(0, all[orderAt].start).trim(), keys }
}

function canonical(field: string, aliases: Aliases): string {
  const name = field.replace(/^(["'])(.*)\1$/s, '$2').toLowerCase()
  return aliases[name] ?? name
}

/** The field the results are sorted by first, in its canonical lower-case name, or null without ORDER BY. */
export function primarySort(jql: string, aliases: Aliases = {}): { field: string; direction: Direction } | null {
  const [first] = parseOrderBy(jql).keys
  return first ? { field: canonical(first.field, aliases), direction: first.direction ?? 'ASC' } : null
}

/**
 * Sorts by `field` first, as clicking a column header does in Jira: the same field again flips its direction,
 * another field goes first with `direction` and the earlier keys stay behind it as tie-breakers.
 */
export function sortBy(jql: string, field: string, direction: Direction, aliases: Aliases = {}): string {
  const { where, keys } = parseOrderBy(jql)
  const same = (key: SortKey) => canonical(key.field, aliases) === canonical(field, aliases)
  const [first, ...rest] = keys
  const next: SortKey[] =
    first && same(first)
      ? [{ field: first.field, direction: first.direction === 'DESC' ? 'ASC' : 'DESC' }, ...rest]
      : [{ field, direction }, ...keys.filter((key) => !same(key))]
  const orderBy = `ORDER BY ${next.map((key) => (key.direction ? `${key.field} ${key.direction}` : key.field)).join(', ')}`
  return where ? `${where} ${orderBy}` : orderBy
}
