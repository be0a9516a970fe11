import type { UserRef } from '../api/users'

/** How a mention is written: the name readers see, the email the server tells. */
export const mentionText = (user: Pick<UserRef, 'displayName' | 'email'>) =>
  `@[${user.displayName.replace(/[[\]\n]/g, ' ')}](${user.email})`

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

/** The text with the typed `@query` replaced by the mention and a space, and where the caret goes after it. */
export function insertMention(text: string, at: { start: number; query: string }, user: UserRef): { text: string; caret: number } {
  const inserted = `${mentionText(user)} `
  const end = at.start + 1 + at.query.length
  return { text: text.slice(0, at.start) + inserted + text.slice(end), caret: at.start + inserted.length }
}
