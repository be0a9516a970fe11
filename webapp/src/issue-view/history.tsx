import type { Issue } from '../api/issues'
import { Time } from '../ui/time'
import { historyLabel } from './history-labels'
import { useHistory } from './use-issue'

function value(text: string | null) {
  return text ? <q>{text}</q> : <span className="muted">none</span>
}

export function History({ issue }: { issue: Issue }) {
  const history = useHistory(issue.key)
  return (
    <section className="history" aria-label="History">
      <ol>
        {[...(history.data ?? [])].reverse().map((entry, index) => (
          <li key={`${entry.at}-${index}`}>
            <span className="muted">
              {entry.actor?.displayName ?? 'Someone'} · <Time iso={entry.at} />
            </span>
            {entry.items.map((item, at) => (
              <div key={`${item.field}-${at}`} className="history-item">
                <strong>{historyLabel(item.field)}</strong>:{' '}
                {item.field === 'Attachment' ? (item.to ? `+ ${item.to}` : `− ${item.from}`) : <>{value(item.from)} → {value(item.to)}</>}
              </div>
            ))}
          </li>
        ))}
        <li>
          <span className="muted">
            {issue.creator?.displayName ?? 'Someone'} created the issue · <Time iso={issue.createdAt} />
          </span>
        </li>
      </ol>
    </section>
  )
}
