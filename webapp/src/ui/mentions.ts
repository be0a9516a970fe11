import type { UserRef } from '../api/users'

const mentionName = (user: Pick<UserRef, 'displayName'>) => user.displayName.replace(/[[\]\n]/g, ' ')

/** How a mention is written: the name readers see, the email the server tells. */
export const mentionText = (user: Pick<UserRef, 'displayName' | 'email'>) => `@[${mentionName(user)}](${user.email})`

const MENTION = /@\[([^\]\n]{1,200})\]\(([^()\s]+@[^()\s]+)\)/g

export const MENTION_SCHEME = 'mention:'

/** Mentions as links of their own scheme, which the Markdown drawing shows as a styled name. */
export const withMentionLinks = (source: string) =>
  source.replace(MENTION, (_, name: string, email: string) => `[@${name}](${MENTION_SCHEME}${email})`)

/** The mention being typed where the caret is: an `@` at the start or after a space, and the text typed after it. */
export function mentionAt(text: string, caret: number): { start: number; query: string } | undefined {
  const before = text.slice(0, caret)
  const match = /(^|\s)@([^\s@[\]()]{0,40})$/.exec(before)
  if (!match) return undefined
  return { start: caret - match[2].length - 1, query: match[2] }
}

/** Members whose name or email holds what was typed, names starting with it first. */
export function matchingMembers(members: UserRef[], query: string, limit = 6): UserRef[] {
  const typed = query.toLowerCase()
  const found = members.filter((user) => user.displayName.toLowerCase().includes(typed) || user.email.toLowerCase().includes(typed))
  const starts = (user: UserRef) => (user.displayName.toLowerCase().startsWith(typed) ? 0 : 1)
  return found.sort((a, b) => starts(a) - starts(b) || a.displayName.localeCompare(b.displayName)).slice(0, limit)
}

/** The text with the typed `@query` replaced by `written` (a mention) and a space, and where the caret goes after it. */
export function insertMention(text: string, at: { start: number; query: string }, written: string): { text: string; caret: number } {
  const inserted = `${written} `
  const end = at.start + 1 + at.query.length
  return { text: text.slice(0, at.start) + inserted + text.slice(end), caret: at.start + inserted.length }
}

/**
 * Who each name an editor shows as `@Name` stands for, by email; null where the name cannot stand for one person (two
 * people of that name, or a shown `@Name` that would not read back as the same text): those mentions stay written out.
 */
export type MentionedPeople = ReadonlyMap<string, string | null>

const NOT_AFTER_WORD = '(?<![\\p{L}\\p{N}_])'
const NOT_BEFORE_WORD = '(?![\\p{L}\\p{N}_])'
const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** The text with each `@Name` of someone known (outside an `@[Name](email)` written out) as their mention. */
export function withMentionsWritten(shown: string, people: MentionedPeople): string {
  const names = [...people].filter(([, email]) => email).map(([name]) => name)
  if (!names.length) return shown
  const byName = names.sort((a, b) => b.length - a.length).map(escaped).join('|')
  const pattern = new RegExp(`${MENTION.source}|${NOT_AFTER_WORD}@(${byName})${NOT_BEFORE_WORD}`, 'gu')
  return shown.replace(pattern, (match, _name, _email, shownName?: string) =>
    shownName ? mentionText({ displayName: shownName, email: people.get(shownName)! }) : match)
}

function shownWith(markup: string, people: MentionedPeople): string {
  return markup.replace(MENTION, (match, name: string, email: string) => (people.get(name) === email ? `@${name}` : match))
}

/**
 * What an editor shows of a text holding mentions: each as `@Name`, as it was typed, where that reads back as exactly
 * the same text; the others written out.
 */
export function shownMentions(markup: string): { shown: string; people: MentionedPeople } {
  const people = new Map<string, string | null>()
  for (const [, name, email] of markup.matchAll(MENTION)) {
    const known = people.get(name)
    people.set(name, known === undefined || known === email ? email : null)
  }
  for (const [name, email] of people) {
    const alone = new Map([[name, email]])
    if (email && withMentionsWritten(shownWith(markup, alone), alone) !== markup) people.set(name, null)
  }
  const shown = shownWith(markup, people)
  if (withMentionsWritten(shown, people) === markup) return { shown, people }
  return { shown: markup, people: new Map([...people.keys()].map((name) => [name, null])) }
}

/** How a person picked from the suggestions is written in the editor: `@Name` unless that name stands for someone else. */
export function mentionFor(people: MentionedPeople, user: Pick<UserRef, 'displayName' | 'email'>): { written: string; people: MentionedPeople } {
  const name = mentionName(user)
  const known = people.get(name)
  if (known === null || (known !== undefined && known !== user.email)) return { written: mentionText(user), people }
  return { written: `@${name}`, people: new Map(people).set(name, user.email) }
}
