import { ApiError } from '../api/http'

/** What the server said was wrong, inline where it happened: the detail, or each field's message. */
export function ProblemText({ error }: { error: Error | null }) {
  if (!error) return null
  const fields = error instanceof ApiError ? error.fieldErrors : []
  return (
    <div className="error-text" role="alert">
      {fields.length ? (
        <ul className="plain-list">
          {fields.map((field) => (
            <li key={`${field.field}:${field.message}`}>
              <strong>{field.field}</strong>: {field.message}
            </li>
          ))}
        </ul>
      ) : (
        error.message
      )}
    </div>
  )
}
