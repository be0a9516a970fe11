import { attachmentsApi, fileExtension, fileSize, isImage, isPdf, type Attachment } from '../api/attachments'
import { useHotkey } from '../app/use-hotkey'
import { Dialog } from '../ui/dialog'
import { Time } from '../ui/time'

interface Props {
  /** The files in the order the section shows them: previous and next step through them. */
  files: Attachment[]
  shownId: number
  onShow: (id: number) => void
  onClose: () => void
}

/** One of the files, large: an image, a PDF in a frame, or what else it is with a Download. */
export function AttachmentViewer({ files, shownId, onShow, onClose }: Props) {
  const at = files.findIndex((file) => file.id === shownId)
  const file = files[at]
  const previous = files[at - 1]
  const next = files[at + 1]
  useHotkey('ArrowLeft', () => previous && onShow(previous.id), !!file)
  useHotkey('ArrowRight', () => next && onShow(next.id), !!file)
  if (!file) return null
  return (
    <Dialog title={file.fileName} onClose={onClose} className="attachment-viewer">
      <div className="viewer-stage">
        {isImage(file) ? (
          <img key={file.id} src={attachmentsApi.contentUrl(file.id)} alt={file.fileName} />
        ) : isPdf(file) ? (
          <iframe key={file.id} src={attachmentsApi.inlineUrl(file)} title={file.fileName} />
        ) : (
          <div className="viewer-none">
            <span className="file-glyph">{fileExtension(file.fileName)}</span>
            <p className="muted">There is no preview of this file; download it to open it.</p>
          </div>
        )}
      </div>
      <footer className="viewer-footer">
        <span className="muted small viewer-about">
          {fileSize(file.size)} · {file.author?.displayName ?? 'Someone'} · <Time iso={file.createdAt} withAbsolute />
        </span>
        <span className="muted small">
          {at + 1} of {files.length}
        </span>
        <button type="button" className="button small" aria-label="Previous file" disabled={!previous} onClick={() => previous && onShow(previous.id)}>
          ←
        </button>
        <button type="button" className="button small" aria-label="Next file" disabled={!next} onClick={() => next && onShow(next.id)}>
          →
        </button>
        <a className="button small" href={attachmentsApi.contentUrl(file.id)} download={file.fileName}>
          Download
        </a>
      </footer>
    </Dialog>
  )
}
