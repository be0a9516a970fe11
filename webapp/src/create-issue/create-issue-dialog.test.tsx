import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { Scheme } from '../api/projects'
import { json, renderWithProviders, stubFetch } from '../test-utils'
import { useLocation } from 'react-router'
import { CreateIssueDialog } from './create-issue-dialog'

function Where() {
  return <span data-testid="where">{useLocation().pathname}</span>
}

const scheme: Scheme = {
  project: { id: 1, key: 'WEB', name: 'Web app', callerRole: 'member' },
  workflow: { statuses: [{ id: 1, name: 'To Do', category: 'new', position: 0 }], transitions: [] },
  types: [
    { id: 1, name: 'Epic', level: 1 },
    { id: 3, name: 'Task', level: 0 },
    { id: 5, name: 'Sub-task', level: -1 },
  ],
  priorities: [
    { id: 2, name: 'High', position: 1, isDefault: false },
    { id: 3, name: 'Medium', position: 2, isDefault: true },
  ],
  resolutions: [],
  components: [],
  versions: [],
}

const reads = {
  'GET /api/v1/projects': () => json(200, [{ key: 'WEB', name: 'Web app', role: 'member' }]),
  'GET /api/v1/projects/WEB/scheme': () => json(200, scheme),
  'GET /api/v1/projects/WEB/members': () =>
    json(200, [
      { user: { id: 1, email: 'ada@example.com', displayName: 'Ada Lovelace' }, role: 'member' },
      { user: { id: 2, email: 'vera@example.com', displayName: 'Vera Viewer' }, role: 'viewer' },
    ]),
}

beforeEach(() => {
  document.cookie = 'XSRF-TOKEN=token'
})
afterEach(() => vi.unstubAllGlobals())

async function openDialog(onClose = vi.fn()) {
  renderWithProviders(<CreateIssueDialog defaultProject="WEB" onClose={onClose} />)
  await screen.findByRole('option', { name: 'Ada Lovelace' })
  return { onClose, user: userEvent.setup() }
}

describe('CreateIssueDialog', () => {
  it('offers members as assignees and leaves viewers out, as the server refuses them', async () => {
    stubFetch(reads)
    await openDialog()
    const picker = screen.getByLabelText('Assignee')
    expect(within(picker).getByRole('option', { name: 'Ada Lovelace' })).toBeInTheDocument()
    expect(within(picker).queryByRole('option', { name: 'Vera Viewer' })).not.toBeInTheDocument()
  })

  it('asks for a summary before sending anything', async () => {
    const fetchMock = stubFetch(reads)
    const { user } = await openDialog()

    await user.click(screen.getByRole('button', { name: 'Create issue' }))

    expect(screen.getByLabelText('Summary')).toHaveAccessibleDescription('Summary is required')
    expect(fetchMock.mock.calls.some(([, init]) => init?.method === 'POST')).toBe(false)
  })

  it('asks before closing on what was typed: Keep editing keeps it, Discard closes', async () => {
    stubFetch(reads)
    const { user, onClose } = await openDialog()
    await user.type(screen.getByLabelText('Summary'), 'Half a thought')

    await user.click(screen.getByRole('button', { name: 'Cancel' }))
    expect(screen.getByRole('alertdialog', { name: 'Discard this issue?' })).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Keep editing' }))
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument()
    expect(screen.getByLabelText('Summary')).toHaveValue('Half a thought')
    expect(onClose).not.toHaveBeenCalled()

    await user.click(screen.getByRole('button', { name: 'Close' }))
    await user.click(screen.getByRole('button', { name: 'Discard' }))
    expect(onClose).toHaveBeenCalledOnce()
  })

  it('previews the description as Markdown', async () => {
    stubFetch(reads)
    const { user } = await openDialog()
    await user.type(screen.getByLabelText('Description'), 'Needs **care**')

    await user.click(screen.getByRole('tab', { name: 'Preview' }))

    // The Markdown renderer's code is loaded on first use: slow on a busy machine.
    expect((await screen.findByText('care', {}, { timeout: 5000 })).tagName).toBe('STRONG')
  })

  it('opened over a project the user only views, starts on one they can add issues to and lists only those', async () => {
    stubFetch({
      ...reads,
      'GET /api/v1/projects': () => json(200, [{ key: 'DOC', name: 'Docs', role: 'viewer' }, { key: 'WEB', name: 'Web app', role: 'member' }]),
    })
    renderWithProviders(<CreateIssueDialog defaultProject="DOC" onClose={vi.fn()} />)

    const project = await screen.findByLabelText('Project')
    await waitFor(() => expect(project).toHaveValue('WEB'))
    expect(within(project).getAllByRole('option').map((option) => option.textContent)).toEqual(['Web app (WEB)'])
  })

  it('tells someone who only views projects that they cannot add issues, instead of a form that would be refused', async () => {
    stubFetch({ ...reads, 'GET /api/v1/projects': () => json(200, [{ key: 'WEB', name: 'Web app', role: 'viewer' }]) })
    renderWithProviders(<CreateIssueDialog defaultProject="WEB" onClose={vi.fn()} />)

    expect(await screen.findByText(/You can look at your projects but not add issues to them/)).toBeInTheDocument()
    expect(screen.queryByLabelText('Summary')).not.toBeInTheDocument()
  })

  it('closes at once when nothing was typed', async () => {
    stubFetch(reads)
    const { user, onClose } = await openDialog()

    await user.click(screen.getByRole('button', { name: 'Cancel' }))

    expect(onClose).toHaveBeenCalledOnce()
  })

  it('creates the issue on Ctrl+Enter from any field, once', async () => {
    const sent: unknown[] = []
    stubFetch({
      ...reads,
      'POST /api/v1/issues': (init) => {
        sent.push(JSON.parse(String(init?.body)))
        return json(201, { key: 'WEB-5', summary: 'Quick one' })
      },
    })
    const { user, onClose } = await openDialog()

    await user.type(screen.getByLabelText('Summary'), 'Quick one{Control>}{Enter}{/Control}')
    await waitFor(() => expect(onClose).toHaveBeenCalledOnce())
    await user.type(screen.getByRole('textbox', { name: 'Description' }), 'More{Control>}{Enter}{/Control}')

    expect(sent).toHaveLength(2)
    expect(sent[0]).toMatchObject({ summary: 'Quick one' })
  })

  it("shows the server's validation messages under the fields they belong to", async () => {
    stubFetch({
      ...reads,
      'POST /api/v1/issues': () =>
        json(400, {
          status: 400,
          title: 'Bad Request',
          detail: 'several problems',
          errors: [
            { field: 'summary', message: 'size must be between 0 and 255' },
            { field: 'labels[0]', message: 'size must be between 0 and 255' },
            { field: 'assignee', message: "no user with email 'ada@example.com'" },
          ],
        }),
    })
    const { user, onClose } = await openDialog()

    await user.type(screen.getByLabelText('Summary'), 'Too long, says the server')
    await user.selectOptions(screen.getByLabelText('Assignee'), 'ada@example.com')
    await user.type(screen.getByLabelText('Labels'), 'x'.repeat(10))
    await user.click(screen.getByRole('button', { name: 'Create issue' }))

    await waitFor(() => expect(screen.getByLabelText('Summary')).toHaveAccessibleDescription('size must be between 0 and 255'))
    expect(screen.getByLabelText('Summary')).toHaveAttribute('aria-invalid', 'true')
    expect(screen.getByLabelText('Labels')).toHaveAccessibleDescription('size must be between 0 and 255')
    expect(screen.getByLabelText('Assignee')).toHaveAccessibleDescription("no user with email 'ada@example.com'")
    expect(screen.getByLabelText('Type')).not.toHaveAttribute('aria-invalid')
    expect(screen.queryByText('several problems')).not.toBeInTheDocument()
    expect(onClose).not.toHaveBeenCalled()
  })

  it('shows the problem detail when no single field is to blame', async () => {
    stubFetch({
      ...reads,
      'POST /api/v1/issues': () => json(403, { status: 403, title: 'Forbidden', detail: 'Viewers of WEB cannot create issues' }),
    })
    const { user } = await openDialog()

    await user.type(screen.getByLabelText('Summary'), 'Anything')
    await user.click(screen.getByRole('button', { name: 'Create issue' }))

    expect(await screen.findByText('Viewers of WEB cannot create issues')).toBeInTheDocument()
  })

  it('sends the defaults of the project and closes once the issue exists', async () => {
    let sent: Record<string, unknown> = {}
    stubFetch({
      ...reads,
      'POST /api/v1/issues': (init) => {
        sent = JSON.parse(String(init?.body))
        return json(201, { key: 'WEB-7', summary: sent.summary })
      },
    })
    const { user, onClose } = await openDialog()

    await user.type(screen.getByLabelText('Summary'), '  Ship the board  ')
    await user.type(screen.getByLabelText('Labels'), 'ui, board')
    await user.click(screen.getByRole('button', { name: 'Create issue' }))

    await waitFor(() => expect(onClose).toHaveBeenCalled())
    expect(sent).toMatchObject({ project: 'WEB', type: 'Task', priority: 'Medium', summary: 'Ship the board', labels: ['ui', 'board'] })
    expect(screen.getByRole('status')).toHaveTextContent('Created WEB-7: Ship the board')
    // The new issue is a click away, wherever its card landed.
    expect(screen.getByRole('link', { name: 'Open' })).toHaveAttribute('href', '/issues/WEB-7')
  })

  it('keeps the page on screen when the issue is created in another project', async () => {
    stubFetch({
      ...reads,
      'GET /api/v1/projects': () =>
        json(200, [
          { key: 'WEB', name: 'Web app', role: 'member' },
          { key: 'OPS', name: 'Operations', role: 'member' },
        ]),
      'GET /api/v1/projects/OPS/scheme': () => json(200, { ...scheme, project: { ...scheme.project, id: 2, key: 'OPS', name: 'Operations' } }),
      'GET /api/v1/projects/OPS/members': reads['GET /api/v1/projects/WEB/members'],
      'POST /api/v1/issues': () => json(201, { key: 'OPS-3', summary: 'Rotate the keys' }),
    })
    const onClose = vi.fn()
    renderWithProviders(
      <>
        <CreateIssueDialog defaultProject="WEB" onClose={onClose} />
        <Where />
      </>,
      { route: '/projects/WEB/settings' },
    )
    const user = userEvent.setup()
    await screen.findByRole('option', { name: /Operations/ })
    await user.selectOptions(screen.getByLabelText('Project'), 'OPS')
    await user.type(screen.getByLabelText('Summary'), 'Rotate the keys')
    await user.click(screen.getByRole('button', { name: 'Create issue' }))

    await waitFor(() => expect(onClose).toHaveBeenCalled())
    expect(screen.getByTestId('where')).toHaveTextContent('/projects/WEB/settings')
    expect(screen.getByRole('link', { name: 'Open' })).toHaveAttribute('href', '/issues/OPS-3')
  })

  it('sends the chosen components and parent, and shows a refused parent under its field', async () => {
    const sent: Record<string, unknown>[] = []
    stubFetch({
      ...reads,
      'GET /api/v1/projects/WEB/scheme': () => json(200, { ...scheme, components: [{ id: 1, name: 'Storage' }, { id: 2, name: 'Web' }] }),
      'POST /api/v1/issues': (init) => {
        sent.push(JSON.parse(String(init?.body)))
        return json(
          400,
          { status: 400, title: 'Bad Request', detail: 'parent: no issue WEB-99 in WEB', errors: [{ field: 'parent', message: 'no issue WEB-99 in WEB' }] },
          'application/problem+json',
        )
      },
    })
    const { user } = await openDialog()

    await user.type(screen.getByLabelText('Summary'), 'Child')
    await user.selectOptions(await screen.findByLabelText('Components'), ['Storage', 'Web'])
    await user.type(screen.getByLabelText('Parent'), 'WEB-99')
    await user.click(screen.getByRole('button', { name: 'Create issue' }))

    expect(await screen.findByText('no issue WEB-99 in WEB')).toBeInTheDocument()
    expect(screen.getByLabelText('Parent')).toHaveAccessibleDescription('no issue WEB-99 in WEB')
    expect(sent[0]).toMatchObject({ components: ['Storage', 'Web'], parent: 'WEB-99' })
  })

  it('sends an original estimate as Jira writes it, and refuses one that is not a duration beside it once left', async () => {
    const sent: Record<string, unknown>[] = []
    stubFetch({
      ...reads,
      'POST /api/v1/issues': (init) => {
        sent.push(JSON.parse(String(init?.body)))
        return json(201, { key: 'WEB-8', summary: 'Estimate me' })
      },
    })
    const { user, onClose } = await openDialog()
    await user.type(screen.getByLabelText('Summary'), 'Estimate me')

    const estimate = screen.getByLabelText('Original estimate')
    await user.type(estimate, '2 days')
    expect(estimate).not.toHaveAttribute('aria-invalid')
    await user.tab()
    expect(estimate).toHaveAccessibleDescription("'2 days' is not a duration. Use 3w 2d 4h 30m (1d = 8h, 1w = 5d)")
    await user.click(screen.getByRole('button', { name: 'Create issue' }))
    expect(sent).toEqual([])

    await user.clear(estimate)
    await user.type(estimate, '2d4H')
    await user.click(screen.getByRole('button', { name: 'Create issue' }))

    await waitFor(() => expect(onClose).toHaveBeenCalled())
    expect(sent).toHaveLength(1)
    expect(sent[0]).toMatchObject({ summary: 'Estimate me', originalEstimate: '2d 4h' })
  })

  it('sends no estimate when none is typed', async () => {
    let sent: Record<string, unknown> = {}
    stubFetch({
      ...reads,
      'POST /api/v1/issues': (init) => {
        sent = JSON.parse(String(init?.body))
        return json(201, { key: 'WEB-9', summary: 'No estimate' })
      },
    })
    const { user, onClose } = await openDialog()

    await user.type(screen.getByLabelText('Summary'), 'No estimate')
    await user.click(screen.getByRole('button', { name: 'Create issue' }))

    await waitFor(() => expect(onClose).toHaveBeenCalled())
    expect(sent).not.toHaveProperty('originalEstimate')
  })
})
