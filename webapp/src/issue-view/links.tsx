import { useState } from 'react'
import type { Issue, IssueLink } from '../api/issues'
import { LINK_DESCRIPTIONS } from '../api/links'
import { AddLink } from './add-link'
import { RelatedIssue } from './related-issue'
import { useLinks } from './use-issue-parts'

/** Links by what they say from this issue's side, in the server's order of types ("blocks" before "relates to"). */
function grouped(links: IssueLink[]): [string, IssueLink[]][] {
  const groups = new Map<string, IssueLink[]>()
  for (const link of links) groups.set(link.description, [...(groups.get(link.description) ?? []), link])
  const rank = (description: string) => {
    const index = LINK_DESCRIPTIONS.indexOf(description)
    return index < 0 ? LINK_DESCRIPTIONS.length : index
  }
  return [...groups].sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b))
}

export function Links({ issue, canEdit }: { issue: Issue; canEdit: boolean }) {
  const { remove } = useLinks(issue.key)
  const [adding, setAdding] = useState(false)
  if (!issue.links.length && !canEdit) return null
  return (
    <section className="panel-section" aria-label="Links">
      <header className="panel-section-header">
        <h2 className="section-title">Links {issue.links.length > 0 && <span className="muted">{issue.links.length}</span>}</h2>
        {canEdit && !adding && (
          <button type="button" className="link-button" onClick={() => setAdding(true)}>
            Add link
          </button>
        )}
      </header>
      {grouped(issue.links).map(([description, links]) => (
        <div key={description} className="link-group">
          <h3 className="link-description">{description}</h3>
          <ul className="related-list">
            {links.map((link) => (
              <RelatedIssue
                key={link.id}
                issueKey={link.key}
                summary={link.summary}
                status={link.status}
                action={
                  canEdit && (
                    <button
                      type="button"
                      className="icon-button"
                      aria-label={`Remove link: ${description} ${link.key}`}
                      disabled={remove.isPending}
                      onClick={() => remove.mutate(link)}
                    >
                      ×
                    </button>
                  )
                }
              />
            ))}
          </ul>
        </div>
      ))}
      {adding && <AddLink issue={issue} onDone={() => setAdding(false)} />}
    </section>
  )
}
