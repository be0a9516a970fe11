/** Each of Meridian's (and Jira's) types its own mark: a story and a sub-task no longer share an "S". */
const TYPE_GLYPHS: Record<string, { mark: string; color: string }> = {
  Bug: { mark: 'B', color: 'var(--red)' },
  Epic: { mark: 'E', color: 'var(--purple)' },
  Story: { mark: 'S', color: 'var(--green)' },
  Task: { mark: 'T', color: 'var(--blue)' },
  'Sub-task': { mark: '↳', color: 'var(--teal)' },
}

/** The mark and colour of an issue type; another project's own type shows its first letter, in grey. */
export function typeGlyph(type: string): { mark: string; color: string } {
  return TYPE_GLYPHS[type] ?? { mark: type.slice(0, 1).toUpperCase(), color: 'var(--text-3)' }
}
