import type { Direction } from './order-by'

interface Props {
  label: string
  className?: string
  /** The direction the results are sorted by this column, if they are. */
  sorted: Direction | undefined
  /** Missing when the field cannot be sorted by. */
  onSort?: () => void
}

export function SortHeader({ label, className, sorted, onSort }: Props) {
  const ariaSort = sorted === 'ASC' ? 'ascending' : sorted === 'DESC' ? 'descending' : undefined
  return (
    <th className={className} aria-sort={ariaSort}>
      {onSort ? (
        <button type="button" className="sort-button" onClick={onSort} title={`Sort by ${label.toLowerCase()}`}>
          {label}
          {sorted && <span aria-hidden="true">{sorted === 'ASC' ? '↑' : '↓'}</span>}
        </button>
      ) : (
        label
      )}
    </th>
  )
}
