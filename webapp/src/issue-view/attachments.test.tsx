import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { attachmentsApi, type Attachment } from '../api/attachments'
import type { Issue } from '../api/issues'
import { CurrentUserContext } from '../app/current-user'
import { issueSummary, issueView, json, renderWithProviders, stubFetch } from '../test-utils'
import { Attachments } from './attachments'
import { History } from './history'

const ada = { id: 1, email: 'ada@example.com', displayName: 'Ada Lovelace' }
const bob = { id: 2, email: 'bob@example.com', displayName: 'Bob Byte' }
const MB = 1024 * 1024

const file = (id: number, fileName: string, mediaType: string, size: number, author = ada): Attachment => ({
  id, issueKey: 'WEB-1', fileName, mediaType, size, author, createdAt: '2026-01-01T00:00:00Z',
})

/** Uploads go through XMLHttpRequest (for their progress): each one sent is kept here, to be answered by the test. */
class FakeUpload {
  static sent: FakeUpload[] = []
  status = 0
  statusText = ''
  responseText = ''
  headers: Record<string, string> = {}
  body = new FormData()
  upload: { onprogress: ((event: { lengthComputable: boolean; loaded: number; total: number }) => void) | null } = { onprogress: null }
  onload: (() => void) | null = null
  onerror: (() => void) | null = null
  withCredentials = false
  open() {}
  setRequestHeader(name: string, value: string) {
    this.headers[name] = value
  }
  send(body: FormData) {
    this.body = body
    FakeUpload.sent.push(this)
  }
  answer(status: number, body: unknown) {
    this.status = status
    this.responseText = JSON.stringify(body)
    this.onload?.()
  }
}

beforeEach(() => {
  document.cookie = 'XSRF-TOKEN=token'
  FakeUpload.sent = []
  vi.stubGlobal('XMLHttpRequest', FakeUpload)
})
afterEach(() => vi.unstubAllGlobals())

function render(props: { canAttach?: boolean; canModerate?: boolean } = {}) {
  renderWithProviders(
    <CurrentUserContext.Provider value={{ ...ada, siteAdmin: false }}>
      <aside className="panel" aria-label="Issue WEB-1">
        <header className="panel-header">WEB-1</header>
        <div className="panel-body">
          <p>The issue’s description</p>
          <Attachments issueKey="WEB-1" canAttach={props.canAttach ?? true} canModerate={props.canModerate} />
        </div>
      </aside>
    </CurrentUserContext.Provider>,
  )
  return userEvent.setup()
}

const section = () => screen.findByRole('region', { name: 'Attachments' })

/** The issue's answer, which lists its files. */
const withFiles = (files: Attachment[]) => json(200, issueView(issueSummary('WEB-1', 'To Do', '2026-01-01T00:00:00Z'), { attachments: files }))

describe('the issue panel’s attachments', () => {
  it('shows images as thumbnails in a grid and lists the other files, each with its size and who attached it', async () => {
    stubFetch({
      'GET /api/v1/issues/WEB-1': () =>
        withFiles([file(7, 'screen.png', 'image/png', 2048), file(8, 'report.pdf', 'application/pdf', 31 * MB, bob)]),
    })
    render()

    const list = within(await section())
    await list.findByRole('button', { name: 'screen.png' })
    expect(list.getByText(/2 KB · Ada Lovelace/)).toBeInTheDocument()
    expect(list.getByText(/31 MB · Bob Byte/)).toBeInTheDocument()
    expect(document.querySelectorAll('.attachment-grid img')).toHaveLength(1)
    expect(document.querySelector('.attachment-grid img')).toHaveAttribute('src', '/api/v1/attachments/7')
    expect(document.querySelector('.attachment-list')).toHaveTextContent('report.pdf')
    expect(document.querySelector('.attachment-list img')).toBeNull()
  })

  it('opens an image large in a modal viewer with its details and a Download, and steps to the next file and back', async () => {
    stubFetch({
      'GET /api/v1/issues/WEB-1': () =>
        withFiles([file(7, 'screen.png', 'image/png', 2048), file(8, 'report.pdf', 'application/pdf', 31 * MB, bob), file(9, 'trace.log', 'text/plain', 10)]),
    })
    const user = render()
    await user.click(await within(await section()).findByRole('button', { name: 'screen.png' }))

    let viewer = screen.getByRole('dialog', { name: 'screen.png' })
    expect(viewer).toHaveAttribute('open')
    expect(within(viewer).getByRole('img', { name: 'screen.png' })).toHaveAttribute('src', '/api/v1/attachments/7')
    expect(viewer).toHaveTextContent(/2 KB · Ada Lovelace/)
    expect(viewer).toHaveTextContent('1 of 3')
    expect(within(viewer).getByRole('link', { name: 'Download' })).toHaveAttribute('download', 'screen.png')
    expect(within(viewer).getByRole('button', { name: 'Previous file' })).toBeDisabled()

    await user.click(within(viewer).getByRole('button', { name: 'Next file' }))
    viewer = screen.getByRole('dialog', { name: 'report.pdf' })
    expect(within(viewer).getByTitle('report.pdf')).toHaveAttribute('src', '/api/v1/attachments/8/report.pdf?inline=true')
    expect(viewer).toHaveTextContent(/31 MB · Bob Byte/)

    await user.keyboard('{ArrowRight}')
    viewer = screen.getByRole('dialog', { name: 'trace.log' })
    expect(viewer).toHaveTextContent('There is no preview of this file')
    expect(within(viewer).getByRole('link', { name: 'Download' })).toHaveAttribute('href', '/api/v1/attachments/9')
    expect(within(viewer).getByRole('button', { name: 'Next file' })).toBeDisabled()

    await user.keyboard('{ArrowLeft}{ArrowLeft}')
    expect(screen.getByRole('dialog', { name: 'screen.png' })).toBeInTheDocument()
  })

  it('frames a PDF at a URL ending with its name, which the browser’s PDF viewer shows; what a server path refuses becomes _', () => {
    expect(attachmentsApi.inlineUrl(file(8, 'Q3 report – final.pdf', 'application/pdf', 10))).toBe(
      '/api/v1/attachments/8/Q3%20report%20%E2%80%93%20final.pdf?inline=true',
    )
    expect(attachmentsApi.inlineUrl(file(8, '100%; a/b\\c.pdf', 'application/pdf', 10))).toBe('/api/v1/attachments/8/100__%20a_b_c.pdf?inline=true')
    expect(attachmentsApi.inlineUrl(file(8, '..', 'application/pdf', 10))).toBe('/api/v1/attachments/8/file?inline=true')
  })

  it('closes the viewer with Esc', async () => {
    stubFetch({ 'GET /api/v1/issues/WEB-1': () => withFiles([file(8, 'report.pdf', 'application/pdf', 100)]) })
    const user = render()
    await user.click(await within(await section()).findByRole('button', { name: 'report.pdf' }))
    const viewer = screen.getByRole('dialog', { name: 'report.pdf' })

    fireEvent(viewer, new Event('cancel'))

    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
  })

  it('uploads a chosen file showing its progress, then lists it', async () => {
    let files: Attachment[] = []
    stubFetch({
      'GET /api/v1/issues/WEB-1': () => withFiles(files),
      'GET /api/v1/attachments/meta': () => json(200, { enabled: true, uploadLimit: 25 * MB }),
      'GET /api/v1/issues/WEB-1/history': () => json(200, []),
    })
    const user = render()
    await within(await section()).findByText(/No files yet/)

    await user.upload(screen.getByLabelText('Files to attach'), new File(['%PDF'], 'notes.pdf', { type: 'application/pdf' }))
    await waitFor(() => expect(FakeUpload.sent).toHaveLength(1))
    const upload = FakeUpload.sent[0]
    upload.upload.onprogress?.({ lengthComputable: true, loaded: 40, total: 100 })

    await waitFor(() => expect(screen.getByRole('progressbar', { name: 'Uploading notes.pdf' })).toHaveAttribute('value', '0.4'))
    expect((upload.body.get('file') as File).name).toBe('notes.pdf')
    expect(upload.headers['X-XSRF-TOKEN']).toBe('token')
    files = [file(9, 'notes.pdf', 'application/pdf', 4)]
    upload.answer(201, files)
    expect(await screen.findByRole('button', { name: 'notes.pdf' })).toBeInTheDocument()
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument()
  })

  it('lays a drop overlay over the whole issue panel while files are dragged over it, and attaches those dropped', async () => {
    stubFetch({
      'GET /api/v1/issues/WEB-1': () => withFiles([]),
      'GET /api/v1/attachments/meta': () => json(200, { enabled: true, uploadLimit: 25 * MB }),
    })
    render()
    await within(await section()).findByText(/No files yet/)
    const dropped = new File(['x'], 'trace.log', { type: 'text/plain' })
    const dataTransfer = { types: ['Files'], files: [dropped] }

    fireEvent.dragEnter(screen.getByText('The issue’s description'), { dataTransfer })
    const overlay = screen.getByRole('status')
    expect(overlay).toHaveTextContent('Drop files to attach to WEB-1')
    expect(overlay.parentElement).toBe(screen.getByRole('complementary', { name: 'Issue WEB-1' }))
    expect(screen.queryByText(/No files yet/)).not.toBeInTheDocument()
    fireEvent.drop(screen.getByText('The issue’s description'), { dataTransfer })

    await waitFor(() => expect(FakeUpload.sent).toHaveLength(1))
    expect((FakeUpload.sent[0].body.get('file') as File).name).toBe('trace.log')
    expect(screen.queryByText('Drop files to attach to WEB-1')).not.toBeInTheDocument()
  })

  it('takes the overlay away when the files are dragged off the panel', async () => {
    stubFetch({ 'GET /api/v1/issues/WEB-1': () => withFiles([]) })
    render()
    await within(await section()).findByText(/No files yet/)
    const dataTransfer = { types: ['Files'], files: [] }

    fireEvent.dragOver(screen.getByText('WEB-1'), { dataTransfer })
    expect(screen.getByText('Drop files to attach to WEB-1')).toBeInTheDocument()
    fireEvent.dragLeave(screen.getByRole('complementary', { name: 'Issue WEB-1' }), { dataTransfer, relatedTarget: document.body })

    expect(screen.queryByText('Drop files to attach to WEB-1')).not.toBeInTheDocument()
    expect(screen.getByText(/No files yet/)).toBeInTheDocument()
  })

  it('shows a viewer no drop overlay', async () => {
    stubFetch({ 'GET /api/v1/issues/WEB-1': () => withFiles([]) })
    render({ canAttach: false })
    await within(await section()).findByText('No files.')

    fireEvent.dragEnter(screen.getByText('The issue’s description'), { dataTransfer: { types: ['Files'], files: [] } })

    expect(screen.queryByText(/Drop files/)).not.toBeInTheDocument()
  })

  it('keeps a viewer in the app when they drop a file on the panel: the browser does not open it, nothing is sent', async () => {
    stubFetch({ 'GET /api/v1/issues/WEB-1': () => withFiles([]) })
    render({ canAttach: false })
    await within(await section()).findByText('No files.')
    const dataTransfer = { types: ['Files'], files: [new File(['x'], 'trace.log', { type: 'text/plain' })], dropEffect: 'copy' }

    const overAllowed = fireEvent.dragOver(screen.getByText('The issue’s description'), { dataTransfer })
    const dropAllowed = fireEvent.drop(screen.getByText('The issue’s description'), { dataTransfer })

    expect(overAllowed).toBe(false)
    expect(dropAllowed).toBe(false)
    expect(dataTransfer.dropEffect).toBe('none')
    expect(FakeUpload.sent).toHaveLength(0)
  })

  it('says once, in words, why a file over the limit was not sent and why the server refused an empty one', async () => {
    stubFetch({
      'GET /api/v1/issues/WEB-1': () => withFiles([]),
      'GET /api/v1/attachments/meta': () => json(200, { enabled: true, uploadLimit: 25 * MB }),
    })
    const user = render()
    await within(await section()).findByText(/No files yet/)
    const big = new File(['x'], 'report.pdf', { type: 'application/pdf' })
    Object.defineProperty(big, 'size', { value: 31 * MB })

    await user.upload(screen.getByLabelText('Files to attach'), [big, new File([], 'empty.txt', { type: 'text/plain' })])
    await waitFor(() => expect(FakeUpload.sent).toHaveLength(1))
    FakeUpload.sent[0].answer(400, {
      status: 400,
      title: 'Bad Request',
      detail: 'file: empty.txt is empty: choose a file with something in it',
      errors: [{ field: 'file', message: 'empty.txt is empty: choose a file with something in it' }],
    })

    await waitFor(() =>
      expect(screen.getAllByRole('alert').map((alert) => alert.textContent)).toEqual([
        'report.pdf is 31 MB; the limit is 25 MB',
        'empty.txt is empty: choose a file with something in it',
      ]),
    )
  })

  it('shows a refusal that does not name the file as the server words it, under the file’s name', async () => {
    stubFetch({
      'GET /api/v1/issues/WEB-1': () => withFiles([]),
      'GET /api/v1/attachments/meta': () => json(200, { enabled: true, uploadLimit: 25 * MB }),
    })
    const user = render()
    await within(await section()).findByText(/No files yet/)

    await user.upload(screen.getByLabelText('Files to attach'), new File(['x'], 'plan.txt', { type: 'text/plain' }))
    await waitFor(() => expect(FakeUpload.sent).toHaveLength(1))
    FakeUpload.sent[0].answer(403, { status: 403, title: 'Forbidden', detail: 'Viewers of WEB cannot change it; ask a project admin for the member role' })

    const row = (await screen.findByRole('alert')).closest('li') as HTMLElement
    expect(within(row).getByText('plan.txt')).toBeInTheDocument()
    expect(within(row).getByRole('alert')).toHaveTextContent(/^Viewers of WEB cannot change it; ask a project admin for the member role$/)
  })

  it('deletes a file of one’s own once confirmed, and offers no delete for someone else’s', async () => {
    let files = [file(7, 'mine.txt', 'text/plain', 10), file(8, 'theirs.txt', 'text/plain', 10, bob)]
    const deleted = vi.fn(() => {
      files = files.filter((f) => f.id !== 7)
      return json(204, null)
    })
    stubFetch({
      'GET /api/v1/issues/WEB-1': () => withFiles(files),
      'DELETE /api/v1/attachments/7': deleted,
      'GET /api/v1/issues/WEB-1/history': () => json(200, []),
    })
    const user = render()
    const list = within(await section())
    await list.findByRole('button', { name: 'mine.txt' })
    expect(list.queryByRole('button', { name: 'Delete theirs.txt' })).not.toBeInTheDocument()

    await user.click(list.getByRole('button', { name: 'Delete mine.txt' }))
    expect(deleted).not.toHaveBeenCalled()
    await user.click(within(screen.getByRole('dialog', { name: 'Delete mine.txt?' })).getByRole('button', { name: 'Delete' }))

    await waitFor(() => expect(list.queryByRole('button', { name: 'mine.txt' })).not.toBeInTheDocument())
    expect(deleted).toHaveBeenCalledTimes(1)
    expect(list.getByRole('button', { name: 'theirs.txt' })).toBeInTheDocument()
  })

  it('offers a viewer no way to attach or delete', async () => {
    stubFetch({ 'GET /api/v1/issues/WEB-1': () => withFiles([file(7, 'mine.txt', 'text/plain', 10)]) })
    render({ canAttach: false })
    const list = within(await section())
    await list.findByRole('button', { name: 'mine.txt' })

    expect(list.queryByRole('button', { name: 'Attach files' })).not.toBeInTheDocument()
    expect(list.queryByRole('button', { name: 'Delete mine.txt' })).not.toBeInTheDocument()
  })

  it('shows a file attached and one removed in the history as + and − its name', async () => {
    stubFetch({
      'GET /api/v1/issues/WEB-1/history': () =>
        json(200, [
          { at: '2026-01-02T00:00:00Z', actor: ada, items: [{ field: 'Attachment', from: null, to: 'report.pdf' }, { field: 'Attachment', from: null, to: 'plan.txt' }] },
          { at: '2026-01-03T00:00:00Z', actor: bob, items: [{ field: 'Attachment', from: 'report.pdf', to: null }] },
        ]),
    })
    renderWithProviders(<History issue={{ key: 'WEB-1', creator: ada, createdAt: '2026-01-01T00:00:00Z' } as Issue} />)

    const history = await screen.findByRole('region', { name: 'History' })
    await within(history).findByText(/− report.pdf/)
    expect([...history.querySelectorAll('.history-item')].map((item) => item.textContent)).toEqual([
      'Attachment: − report.pdf',
      'Attachment: + report.pdf',
      'Attachment: + plan.txt',
    ])
  })
})
