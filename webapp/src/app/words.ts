/** A count with its noun, singular for exactly one: "1 issue", "1,733 issues", "2.5 story points". */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en')} ${n === 1 ? one : many}`
}

/** The text with its first letter capitalized: "its issues" → "Its issues". */
export const capitalized = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}`

/** A message as a sentence: capitalized, ending with a full stop unless it ends with other punctuation. */
export const sentence = (message: string) => `${capitalized(message)}${/[.!?]$/.test(message) ? '' : '.'}`

/**
 * A server's field message as a sentence, the field named where the message leaves it out ("must be ..."): by `names`,
 * the form's words for its fields, else in words from the server's name ("hideDoneAfterDays" → "hide done after days").
 */
export function fieldSentence(field: string, message: string, names: Record<string, string> = {}): string {
  const subjectless = /^(must|is|are|cannot|can|may|should|needs?)\b/.test(message)
  return sentence(subjectless ? `${names[field] ?? inWords(field)} ${message}` : message)
}

/** "columns[0].maxCount" → "max count". */
const inWords = (field: string) =>
  (field.split(/[.[\]]/).filter(Boolean).pop() ?? field).replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase()
