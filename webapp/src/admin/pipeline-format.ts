export const number = new Intl.NumberFormat(undefined, { maximumFractionDigits: 1 })

export function seconds(value: number): string {
  if (value < 1) return `${Math.round(value * 1000)} ms`
  if (value < 120) return `${number.format(value)} s`
  return `${number.format(value / 60)} min`
}

const REDACTIONS: Record<string, string> = {
  person: 'names',
  email: 'email addresses',
  phone: 'phone numbers',
  ipv4: 'IPv4 addresses',
  ipv6: 'IPv6 addresses',
  card_number: 'card numbers',
  aws_access_key: 'AWS access keys',
  aws_secret_key: 'AWS secret keys',
  bearer_token: 'tokens',
  password: 'passwords',
  url_credentials: 'credentials in URLs',
}

/** "email 3, url_credentials 4" as "3 email addresses, 4 credentials in URLs": the anonymizer's kinds in words. */
export function redactionWords(byType: Record<string, number>): string {
  const kinds = Object.entries(byType)
  if (kinds.length === 0) return 'none'
  return kinds.map(([type, count]) => `${number.format(count)} ${REDACTIONS[type.toLowerCase()] ?? type.replaceAll('_', ' ')}`).join(', ')
}
