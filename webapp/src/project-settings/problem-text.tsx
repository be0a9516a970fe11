import { ApiError, type FieldError } from '../api/http'
import { sentence } from '../app/words'

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
            <li key={`${field.field}:${field.message}`}>{fieldSentence(field, names)}</li>
          ))}
        </ul>
      ) : (
        error.message
      )}
    </div>
  )
}

/** "must not be above the maximum (3)" for `min` → "The minimum must not be above the maximum (3)."; a message with its own subject stays as it is. */
export function fieldSentence({ field, message }: FieldError, names: Record<string, string> = {}): string {
  const subjectless = /^(must|is|are|cannot|can|may|should|needs?)\b/.test(message)
  return sentence(subjectless ? `${names[field] ?? inWords(field)} ${message}` : message)
}

/** The server's name for a field, in words: "hideDoneAfterDays" → "hide done after days", "columns[0].min" → "min". */
const inWords = (field: string) =>
  (field.split(/[.[\]]/).filter(Boolean).pop() ?? field).replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase()
