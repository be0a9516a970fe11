import type { FieldChange, Notification } from '../api/notifications'

/** Added or removed, not changed: a link or an attachment is one of several. */
const ITEMS = new Set(['link', 'attachment'])

/**
 * "status to Done", "summary to “Fix the build”", "assignee cleared", "attachment trace.txt added": free text quoted,
 * so it reads apart.
 */
function fieldWords(change: FieldChange): string {
  if (ITEMS.has(change.field)) return change.to ? `${change.field} ${change.to} added` : `${change.field} ${change.from} removed`
  if (!change.to) return `${change.field} cleared`
  return change.field === 'summary' || change.field === 'description' ? `${change.field} to “${change.to}”` : `${change.field} to ${change.to}`
}

function joined(words: string[]): string {
  return words.length <= 1 ? words.join('') : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`
}

/**
 * What happened, in words, without the excerpt: "Ada commented on HADOOP-12", "Bob moved HADOOP-7 to Done",
 * "Bob changed HADOOP-7: status to Done and priority to Major", "Ada assigned HADOOP-12 to you", "Ada moved HADOOP-7 to
 * another project: it is OPS-3 now", "Bob attached trace.txt to HADOOP-12", "Ada deleted HADOOP-12".
 */
export function notificationWords(notification: Notification): string {
  const who = notification.actor?.displayName ?? 'Someone'
  const key = notification.issueKey
  const changes = notification.changes
  const besides = changes.filter((change) => notification.reason !== 'assigned' || change.field !== 'assignee')
  const also = besides.length ? ` (also ${joined(besides.map(fieldWords))})` : ''
  switch (notification.reason) {
    case 'assigned':
      return `${who} assigned ${key} to you${also}`
    case 'mentioned':
      return `${who} mentioned you on ${key}${also}`
    case 'created':
      return `${who} created ${key}`
    case 'commented':
      return `${who} commented on ${key}`
    case 'commentEdited':
      return `${who} edited a comment on ${key}`
    case 'workLogged': {
      const logged = changes.find((change) => change.field === 'timeLogged')?.to
      return logged ? `${who} logged ${logged} on ${key}` : `${who} logged work on ${key}`
    }
    case 'deleted':
      return `${who} deleted ${key}`
    case 'updated': {
      const only = changes.length === 1 ? changes[0] : undefined
      if (only?.field === 'attachment') return only.to ? `${who} attached ${only.to} to ${key}` : `${who} removed ${only.from} from ${key}`
      if (only?.field === 'link') return only.to ? `${who} linked ${key}: it ${only.to}` : `${who} removed the link ${key} ${only.from}`
      if (only?.field === 'status') return `${who} moved ${key} to ${only.to}`
      if (only?.field === 'key') return `${who} moved ${only.from} to another project: it is ${only.to} now`
      if (only?.field === 'assignee') {
        if (!only.to) return `${who} unassigned ${key}`
        return only.to === who ? `${who} took ${key}${only.from ? ` from ${only.from}` : ''}` : `${who} assigned ${key} to ${only.to}`
      }
      return changes.length ? `${who} changed ${key}: ${joined(changes.map(fieldWords))}` : `${who} changed ${key}`
    }
  }
}
