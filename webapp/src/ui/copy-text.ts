/**
 * Puts text on the clipboard. `navigator.clipboard` exists only on https and localhost; a server reached over plain
 * http gets the older copy command on a hidden text area. Rejects when neither copied.
 */
export async function copyText(text: string): Promise<void> {
  if (navigator.clipboard?.writeText) return navigator.clipboard.writeText(text)
  const area = document.createElement('textarea')
  area.value = text
  area.setAttribute('readonly', '')
  area.style.position = 'fixed'
  area.style.opacity = '0'
  document.body.appendChild(area)
  try {
    area.focus()
    area.select()
    if (!document.execCommand?.('copy')) throw new Error('The browser refused to copy')
  } finally {
    area.remove()
  }
}
