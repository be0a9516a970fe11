import { ApiError } from '../api/http'
import { fieldSentence } from '../app/words'

/**
 * What the server said was wrong, inline where it happened: the detail, or each field's message as a sentence. `names`
 * are the form's words for the server's fields, for the messages that leave the subject to the field ("must be ...").
 */
export function ProblemText({ error, names = {} }: { error: Error | null; names?: Record<string, string> }) {
  if (!error) return null
  const fields = error instanceof ApiError ? error.fieldErrors : []
  return (
    <div className="error-text" role="alert">
      {fields.length ? (
        <ul className="plain-list">
          {fields.map((field) => (
            <li key={`${field.field}:${field.message}`}>{fieldSentence(field.field, field.message, names)}</li>
          ))}
        </ul>
      ) : (
        error.message
      )}
    </div>
  )
}
