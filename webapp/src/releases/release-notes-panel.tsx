import { useState } from 'react'
import { copyText } from '../ui/copy-text'
import { useToast } from '../app/use-toast'

/** The release notes as Markdown to read, select or copy in one click. */
export function ReleaseNotesPanel({ markdown, partial }: { markdown: string; partial?: string }) {
  const toast = useToast()
  const [copied, setCopied] = useState(false)
  const copy = () =>
    copyText(markdown).then(
      () => setCopied(true),
      () => toast.error('The browser refused to copy: select the notes and copy them by hand.'),
    )
  return (
    <section className="release-notes" aria-label="Release notes">
      <header className="release-notes-header">
        <h2>Release notes</h2>
        <button type="button" className="button" onClick={() => void copy()}>
          {copied ? 'Copied' : 'Copy'}
        </button>
      </header>
      {partial && <p className="muted small">{partial}</p>}
      <textarea className="release-notes-text" readOnly aria-label="Release notes as Markdown" rows={12} value={markdown} />
    </section>
  )
}
