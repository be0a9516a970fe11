import type { IssuePage, IssueSummary } from '../api/issues'
import type { Scheme } from '../api/projects'

/** Newest first, as the server lists them, so a moved card lands where a refetch will put it. */
function byCreatedDesc(a: IssueSummary, b: IssueSummary): number {
  return b.createdAt.localeCompare(a.createdAt)
}

/** One column's page after `issue` moved to `toStatus`: gone from its old column, added to its new one. */
export function applyMove(page: IssuePage, columnStatus: string, issue: IssueSummary, toStatus: string): IssuePage {
  if (issue.status === toStatus) return page
  if (columnStatus === issue.status) {
    const items = page.items.filter((item) => item.key !== issue.key)
    return items.length === page.items.length ? page : { ...page, items, total: page.total - 1 }
  }
  if (columnStatus === toStatus) {
    const moved = { ...issue, status: toStatus }
    const items = [...page.items.filter((item) => item.key !== issue.key), moved].sort(byCreatedDesc)
    return { ...page, items, total: page.total + 1 }
  }
  return page
}

/** Replaces a card with the server's copy (new version, status category, resolution). */
export function applySaved(page: IssuePage, saved: IssueSummary): IssuePage {
  const index = page.items.findIndex((item) => item.key === saved.key)
  if (index < 0) return page
  const items = [...page.items]
  items[index] = { ...items[index], ...saved }
  return { ...page, items }
}

/** Statuses the workflow lets an issue in `fromStatus` move to; a transition without a source applies from anywhere. */
export function reachableStatuses(workflow: Scheme['workflow'], fromStatus: string): Set<string> {
  const from = workflow.statuses.find((status) => status.name === fromStatus)
  const names = new Map(workflow.statuses.map((status) => [status.id, status.name]))
  const reachable = new Set<string>()
  for (const transition of workflow.transitions) {
    if (transition.fromStatusId === null || transition.fromStatusId === from?.id) {
      const name = names.get(transition.toStatusId)
      if (name && name !== fromStatus) reachable.add(name)
    }
  }
  return reachable
}
