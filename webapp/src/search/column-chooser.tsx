import { RESULT_COLUMNS } from './result-cells'

/** A menu of checkboxes, one per column; key and summary cannot be taken away. */
export function ColumnChooser({ shown, onToggle }: { shown: string[]; onToggle: (field: string) => void }) {
  return (
    <details className="column-chooser">
      <summary className="button">Columns</summary>
      <fieldset className="column-chooser-menu">
        <legend className="visually-hidden">Columns shown</legend>
        {RESULT_COLUMNS.map((column) => (
          <label key={column.field}>
            <input type="checkbox" checked={shown.includes(column.field)} disabled={column.fixed} onChange={() => onToggle(column.field)} />
            {column.label}
          </label>
        ))}
      </fieldset>
    </details>
  )
}
