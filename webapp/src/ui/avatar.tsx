import type { UserRef } from '../api/users'

function initials(name: string): string {
  const words = name.trim().split(/[\s._@-]+/).filter(Boolean)
  if (!words.length) return '?'
  const letters = words.length === 1 ? words[0].slice(0, 2) : words[0][0] + words[words.length - 1][0]
  return letters.toUpperCase()
}

function hue(text: string): number {
  let hash = 0
  for (const char of text) hash = (hash * 31 + char.charCodeAt(0)) | 0
  return Math.abs(hash) % 360
}

export function Avatar({ user, size = 20 }: { user: UserRef | null; size?: number }) {
  if (!user) {
    return <span className="avatar avatar-empty" style={{ width: size, height: size }} title="Unassigned" aria-label="Unassigned" />
  }
  return (
    <span
      className="avatar"
      style={{ width: size, height: size, fontSize: size * 0.42, background: `hsl(${hue(user.email)} 45% 48%)` }}
      title={user.displayName}
      aria-label={user.displayName}
    >
      {initials(user.displayName || user.email)}
    </span>
  )
}
