const EXAMPLES: [string, string][] = [
  ['My open issues', 'assignee = currentUser() AND resolution = Unresolved ORDER BY priority DESC, updated DESC'],
  ['Reported by me', 'reporter = currentUser() ORDER BY created DESC'],
  ['Updated this week', 'updated >= startOfWeek() ORDER BY updated DESC'],
  ['Unassigned', 'assignee IS EMPTY AND resolution = Unresolved ORDER BY created DESC'],
]

/** For an empty box: a few queries to start from, run with one click. */
export function SearchExamples({ onPick }: { onPick: (jql: string) => void }) {
  return (
    <p className="search-examples muted">
      Try{' '}
      {EXAMPLES.map(([label, jql], index) => (
        <span key={label}>
          {index > 0 && ' · '}
          <button type="button" className="link-button" title={jql} onClick={() => onPick(jql)}>
            {label}
          </button>
        </span>
      ))}
      , or type a field name and pick from the suggestions.
    </p>
  )
}
