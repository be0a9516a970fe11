/**
 * The key Jira suggests for a project name: the initials of its words (up to 10), or a one-word name's first four
 * letters, upper case, starting with a letter. Empty when the name gives nothing usable.
 */
export function suggestKey(name: string): string {
  const words = name
    .normalize('NFD')
    .toUpperCase()
    .split(/[^A-Z0-9]+/)
    .filter(Boolean)
  while (words.length && /^[0-9]/.test(words[0])) words.shift()
  return (words.length > 1 ? words.map((word) => word[0]).join('') : (words[0] ?? '').slice(0, 4)).slice(0, 10)
}

/** What is wrong with a key, in the server's rule, or that it is taken; undefined for a good key. */
export function keyProblem(key: string, taken: string[]): string | undefined {
  if (!key) return 'Give the project a key, like WEB'
  if (!/^[A-Z][A-Z0-9]{1,9}$/.test(key)) return 'A key is 2 to 10 upper-case letters or digits, starting with a letter, like WEB'
  if (taken.includes(key)) return `${key} is the key of another project`
  return undefined
}
