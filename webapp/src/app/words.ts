/** A count with its noun, singular for exactly one: "1 issue", "1,733 issues", "2.5 story points". */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en')} ${n === 1 ? one : many}`
}

/** A message as a sentence: capitalized, ending with a full stop unless it ends with other punctuation. */
export const sentence = (message: string) => `${message.charAt(0).toUpperCase()}${message.slice(1)}${/[.!?]$/.test(message) ? '' : '.'}`
