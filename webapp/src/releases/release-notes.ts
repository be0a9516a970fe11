import type { IssueSummary } from '../api/issues'

/** Text as Markdown reads it literally: its emphasis, link, code and heading marks escaped. */
export function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_[\]<>#|~])/g, '\\$1')
}

/**
 * Jira's release notes as Markdown: the version's issues grouped by type, the types in the project's order (`types`,
 * others after them by name), each issue as its key and summary, in the order given.
 */
export function releaseNotes(projectName: string, versionName: string, issues: IssueSummary[], types: string[]): string {
  const byType = new Map<string, IssueSummary[]>()
  for (const issue of issues) byType.set(issue.type, [...(byType.get(issue.type) ?? []), issue])
  const rank = (type: string) => (types.includes(type) ? types.indexOf(type) : types.length)
  const order = [...byType.keys()].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b))
  const title = `# Release notes - ${escapeMarkdown(projectName)} - Version ${escapeMarkdown(versionName)}`
  if (!order.length) return `${title}\n\nNo issues in this version.\n`
  const sections = order.map((type) => {
    const lines = byType.get(type)!.map((issue) => `- [${issue.key}] ${escapeMarkdown(issue.summary)}`)
    return `## ${escapeMarkdown(type)}\n\n${lines.join('\n')}`
  })
  return `${title}\n\n${sections.join('\n\n')}\n`
}
