import { useRef, useState } from 'react'
import { createPortal } from 'react-dom'
import { attachmentsApi, fileExtension, fileSize, isImage, type Attachment } from '../api/attachments'
import { useCurrentUser } from '../app/current-user'
import { useConfirm } from '../app/use-confirm'
import { Time } from '../ui/time'
import { AttachmentViewer } from './attachment-viewer'
import { useDeleteAttachment, useUploads } from './use-attachments'
import { useIssue } from './use-issue'
import { useDroppedFiles } from './use-dropped-files'

interface Props {
  issueKey: string
  canAttach: boolean
  /** Project admins delete anyone's file, as the server allows; others their own. */
  canModerate?: boolean
}

/**
 * The issue's files: images as thumbnails in a grid, the others listed; each opens in the viewer. Attached with the button
 * or by dropping them anywhere on the panel.
 */
export function Attachments({ issueKey, canAttach, canModerate = false }: Props) {
  const issue = useIssue(issueKey)
  const uploads = useUploads(issueKey)
  const remove = useDeleteAttachment(issueKey)
  const confirm = useConfirm()
  const me = useCurrentUser()
  const section = useRef<HTMLElement>(null)
  const input = useRef<HTMLInputElement>(null)
  const dropOn = useDroppedFiles(section, canAttach, uploads.upload)
  const files = issue.data?.attachments ?? []
  // The viewer steps through them in the order they are shown: the images' grid, then the list.
  const images = files.filter(isImage)
  const others = files.filter((file) => !isImage(file))
  const [shownId, setShownId] = useState<number | null>(null)

  const askToDelete = (file: Attachment) =>
    void confirm({ title: `Delete ${file.fileName}?`, detail: 'It cannot be restored.', confirmLabel: 'Delete', danger: true }).then(
      (ok) => ok && remove.mutate({ id: file.id, fileName: file.fileName }),
    )
  const deleteButton = (file: Attachment) =>
    canAttach &&
    (file.author?.email === me.email || canModerate) && (
      <button type="button" className="icon-button" aria-label={`Delete ${file.fileName}`} onClick={() => askToDelete(file)}>
        ×
      </button>
    )
  const about = (file: Attachment) => (
    <span className="muted small">
      {fileSize(file.size)} · {file.author?.displayName ?? 'Someone'} · <Time iso={file.createdAt} />
    </span>
  )

  return (
    <section ref={section} className="panel-section attachments" aria-label="Attachments">
      <header className="panel-section-header">
        <h2 className="section-title">Attachments {files.length > 0 && <span className="muted">{files.length}</span>}</h2>
        {canAttach && (
          <>
            <button type="button" className="button small" onClick={() => input.current?.click()}>
              Attach files
            </button>
            <input
              ref={input}
              type="file"
              multiple
              hidden
              aria-label="Files to attach"
              onChange={(event) => {
                void uploads.upload([...(event.target.files ?? [])])
                event.target.value = ''
              }}
            />
          </>
        )}
      </header>
      {dropOn &&
        createPortal(
          <div className="drop-overlay" role="status">
            Drop files to attach to {issueKey}
          </div>,
          dropOn,
        )}
      {files.length === 0 && uploads.pending.length === 0 && issue.data && !dropOn && (
        <p className="muted small">{canAttach ? 'No files yet. Attach some, or drop them on the issue.' : 'No files.'}</p>
      )}
      {images.length > 0 && (
        <ul className="attachment-grid">
          {images.map((file) => (
            <li key={file.id} className="attachment-card">
              <button type="button" className="attachment-thumb" aria-hidden tabIndex={-1} onClick={() => setShownId(file.id)}>
                <img src={attachmentsApi.contentUrl(file.id)} alt="" loading="lazy" />
              </button>
              <div className="attachment-card-text">
                <button type="button" className="link-button attachment-name" onClick={() => setShownId(file.id)}>
                  {file.fileName}
                </button>
                {about(file)}
              </div>
              {deleteButton(file)}
            </li>
          ))}
        </ul>
      )}
      <ul className="attachment-list">
        {others.map((file) => (
          <li key={file.id} className="attachment">
            <span className="file-glyph" aria-hidden>
              {fileExtension(file.fileName)}
            </span>
            <div className="attachment-text">
              <button type="button" className="link-button attachment-name" onClick={() => setShownId(file.id)}>
                {file.fileName}
              </button>
              {about(file)}
            </div>
            {deleteButton(file)}
          </li>
        ))}
        {uploads.pending.map((upload) => (
          <li key={`pending-${upload.id}`} className="attachment pending" aria-busy={!upload.error}>
            <span className="file-glyph">{fileExtension(upload.name)}</span>
            <div className="attachment-text">
              <span>{upload.name}</span>
              {upload.error ? (
                <span className="error-text small" role="alert">{upload.error}</span>
              ) : (
                <progress max={1} value={upload.progress} aria-label={`Uploading ${upload.name}`} />
              )}
            </div>
            {upload.error && (
              <button type="button" className="icon-button" aria-label={`Dismiss ${upload.name}`} onClick={() => uploads.dismiss(upload.id)}>
                ×
              </button>
            )}
          </li>
        ))}
      </ul>
      {shownId !== null && <AttachmentViewer files={[...images, ...others]} shownId={shownId} onShow={setShownId} onClose={() => setShownId(null)} />}
    </section>
  )
}
