import { useState } from 'react'
import type { Issue } from '../api/issues'
import { Comments } from './comments'
import { History } from './history'
import { useComments } from './use-issue'

type Tab = 'comments' | 'history'

/** Comments and the change history as tabs; comments stay mounted so one being written survives a look at the history. */
export function Activity({ issue, canComment, canModerate = false }: { issue: Issue; canComment: boolean; canModerate?: boolean }) {
  const [tab, setTab] = useState<Tab>('comments')
  const count = useComments(issue.key).data?.length
  const tabProps = (name: Tab) => ({
    type: 'button' as const,
    role: 'tab',
    id: `activity-${name}`,
    'aria-selected': tab === name,
    'aria-controls': `activity-${name}-panel`,
    onClick: () => setTab(name),
  })
  return (
    <section className="activity">
      <div className="activity-tabs" role="tablist" aria-label="Activity">
        <button {...tabProps('comments')}>Comments {count ? <span className="muted">{count}</span> : null}</button>
        <button {...tabProps('history')}>History</button>
      </div>
      <div role="tabpanel" id="activity-comments-panel" aria-labelledby="activity-comments" hidden={tab !== 'comments'}>
        <Comments issueKey={issue.key} canComment={canComment} canModerate={canModerate} />
      </div>
      <div role="tabpanel" id="activity-history-panel" aria-labelledby="activity-history" hidden={tab !== 'history'}>
        {tab === 'history' && <History issue={issue} />}
      </div>
    </section>
  )
}
