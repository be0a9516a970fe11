import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { Link, NavLink, Route, Routes, useLocation, useNavigate } from 'react-router'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { BoardConfig } from '../api/planning'
import type { Role, Scheme } from '../api/projects'
import { json, renderWithProviders, stubFetch } from '../test-utils'
import { BoardSettingsPage } from './board-settings-page'
import { testBoard } from '../planned-board/test-board'

function scheme(role: Role): Scheme {
  return {
    project: { id: 1, key: 'WEB', name: 'Web', callerRole: role },
    workflow: {
      statuses: [
        { id: 1, name: 'To Do', category: 'new', position: 0 },
        { id: 2, name: 'In Progress', category: 'indeterminate', position: 1 },
        { id: 3, name: 'In Review', category: 'indeterminate', position: 2 },
        { id: 4, name: 'Done', category: 'done', position: 3 },
      ],
      transitions: [],
    },
    types: [],
    priorities: [],
    resolutions: [],
    components: [],
    versions: [],
  }
}

const board: BoardConfig = { ...testBoard, columns: testBoard.columns.map((c) => ({ ...c, min: null })), quickFilters: [] }

beforeEach(() => {
  document.cookie = 'XSRF-TOKEN=token'
})
afterEach(() => {
  vi.unstubAllGlobals()
  vi.restoreAllMocks()
})

/** The project's boards as a test page: where they are asked for (the query), and a link to board 4's settings. */
function BoardsPage() {
  return (
    <>
      <p>{`The boards of WEB at ${useLocation().search}`}</p>
      <Link to="/projects/WEB/boards/4/settings">Settings of board 4</Link>
    </>
  )
}

/** The browser's Back button. */
function Back() {
  const navigate = useNavigate()
  return (
    <button type="button" onClick={() => navigate(-1)}>
      Back
    </button>
  )
}

function renderPage(route = '/projects/WEB/boards/4/settings') {
  const { client } = renderWithProviders(
    <>
      <nav aria-label="Main">
        <NavLink to="/projects/WEB/issues">Issues</NavLink>
        <Back />
      </nav>
      <Routes>
        <Route path="/projects/:projectKey/boards/:boardId/settings" element={<BoardSettingsPage />} />
        <Route path="/projects/:projectKey/boards" element={<BoardsPage />} />
        <Route path="/projects/:projectKey/issues" element={<p>The issue list</p>} />
      </Routes>
    </>,
    { route },
  )
  return { user: userEvent.setup({ delay: null }), client }
}

/** Replaces what a field holds with one paste, not a key press per character (slow on a loaded machine). */
async function fill(user: ReturnType<typeof userEvent.setup>, field: HTMLElement, text: string) {
  await user.clear(field)
  await user.click(field)
  await user.paste(text)
}

describe('BoardSettingsPage', () => {
  it('says a column whose statuses left the workflow is empty, and saves the board with it, as Jira does', async () => {
    const saved: Partial<BoardConfig>[] = []
    const withEmpty: BoardConfig = { ...board, columns: [...board.columns, { name: 'Blocked', statuses: [], min: null, max: null }] }
    stubFetch({
      'GET /api/v1/boards/4': () => json(200, withEmpty),
      'GET /api/v1/projects/WEB/scheme': () => json(200, scheme('admin')),
      'GET /api/v1/jql/validate': () => json(200, { valid: true, errors: [] }),
      'PUT /api/v1/boards/4': (init) => {
        const body = JSON.parse(String(init?.body)) as Partial<BoardConfig>
        saved.push(body)
        return json(200, { ...withEmpty, ...body })
      },
    })
    const { user } = renderPage()

    const blocked = await screen.findByRole('listitem', { name: 'Column Blocked' })
    expect(blocked).toHaveTextContent('No statuses: this column is empty on the board. Add a status to it, or remove it.')
    expect(within(screen.getByRole('listitem', { name: 'Column Doing' })).queryByText(/No statuses/)).not.toBeInTheDocument()
    await fill(user, screen.getByRole('textbox', { name: 'Name' }), 'Delivery')
    await user.click(screen.getByRole('button', { name: 'Save board' }))

    await waitFor(() => expect(saved).toHaveLength(1))
    expect(saved[0].columns?.at(-1)).toEqual({ name: 'Blocked', statuses: [], min: null, max: null })
    await user.selectOptions(within(blocked).getByRole('combobox', { name: 'Add a status to Blocked' }), 'In Review')
    expect(blocked).not.toHaveTextContent('No statuses')
  })

  it('maps an unmapped status, sets a WIP limit and shows a quick filter’s JQL error inline before saving', async () => {
    const saved: Partial<BoardConfig>[] = []
    stubFetch({
      'GET /api/v1/boards/4': () => json(200, board),
      'GET /api/v1/projects/WEB/scheme': () => json(200, scheme('admin')),
      'GET /api/v1/jql/validate': (_init, url) =>
        url.searchParams.get('jql')?.includes('==')
          ? json(200, { valid: false, errors: [{ message: "Expecting a value but got '=' (line 1, character 8)" }] })
          : json(200, { valid: true, errors: [] }),
      'PUT /api/v1/boards/4': (init) => {
        const body = JSON.parse(String(init?.body)) as Partial<BoardConfig>
        saved.push(body)
        return json(200, { ...board, ...body })
      },
    })
    const { user } = renderPage()

    const unmapped = await screen.findByRole('region', { name: 'Unmapped statuses' })
    expect(within(unmapped).getByText('In Review')).toBeInTheDocument()
    await user.selectOptions(screen.getByRole('combobox', { name: 'Add a status to Doing' }), 'In Review')
    expect(within(unmapped).getByText('Every status of the workflow is in a column.')).toBeInTheDocument()
    await user.type(screen.getByRole('textbox', { name: 'Minimum of Doing' }), '1')
    await user.click(screen.getByRole('button', { name: 'Move Doing left' }))
    await user.click(screen.getByRole('button', { name: 'Add quick filter' }))
    await fill(user, screen.getByRole('textbox', { name: 'Name of quick filter 1' }), 'Bugs')
    await fill(user, screen.getByRole('combobox', { name: 'JQL of quick filter 1' }), 'type == Bug')
    await user.click(screen.getByRole('button', { name: 'Save board' }))

    expect(await screen.findByRole('alert')).toHaveTextContent("Expecting a value but got '='")
    expect(saved).toEqual([])

    await fill(user, screen.getByRole('combobox', { name: 'JQL of quick filter 1' }), 'type = Bug')
    await user.click(screen.getByRole('button', { name: 'Save board' }))

    await waitFor(() => expect(saved).toHaveLength(1))
    expect(saved[0].columns).toEqual([
      { name: 'Doing', statuses: ['In Progress', 'In Review'], min: 1, max: 3 },
      { name: 'To Do', statuses: ['To Do'], min: null, max: null },
      { name: 'Done', statuses: ['Done'], min: null, max: null },
    ])
    expect(saved[0].quickFilters).toEqual([{ name: 'Bugs', jql: 'type = Bug', description: null }])
    expect(saved[0].jql).toBeUndefined()
    await waitFor(() => expect(screen.queryByRole('alert')).not.toBeInTheDocument())
  })

  it('reorders and describes quick filters, says a JQL mistake as it is typed, and saves them with their ids', async () => {
    const saved: Partial<BoardConfig>[] = []
    const filtered: BoardConfig = {
      ...board,
      quickFilters: [...testBoard.quickFilters, { id: 32, name: 'Bugs', jql: 'type = Bug', description: null }],
    }
    stubFetch({
      'GET /api/v1/boards/4': () => json(200, filtered),
      'GET /api/v1/projects/WEB/scheme': () => json(200, scheme('admin')),
      'GET /api/v1/jql/autocomplete': () => json(200, { replaceFrom: 0, replaceTo: 0, suggestions: [] }),
      'GET /api/v1/jql/validate': (_init, url) =>
        url.searchParams.get('jql')?.startsWith('tpye')
          ? json(200, { valid: false, errors: [{ message: "Field 'tpye' does not exist. (line 1, character 1)", line: 1, character: 1 }] })
          : json(200, { valid: true, errors: [] }),
      'PUT /api/v1/boards/4': (init) => {
        const body = JSON.parse(String(init?.body)) as Partial<BoardConfig>
        saved.push(body)
        return json(200, { ...filtered, ...body })
      },
    })
    const { user } = renderPage()

    await user.click(await screen.findByRole('button', { name: 'Move Bugs up' }))
    expect(screen.getByRole('button', { name: 'Move Bugs up' })).toBeDisabled()
    await fill(user, screen.getByRole('textbox', { name: 'Description of quick filter 1' }), 'Only defects')
    await fill(user, screen.getByRole('combobox', { name: 'JQL of quick filter 1' }), 'tpye = Bug')
    expect(await screen.findByText(/Field 'tpye' does not exist/, {}, { timeout: 3000 })).toBeInTheDocument()
    await fill(user, screen.getByRole('combobox', { name: 'JQL of quick filter 1' }), 'type = Bug')
    await waitFor(() => expect(screen.queryByText(/Field 'tpye' does not exist/)).not.toBeInTheDocument())
    await user.click(screen.getByRole('button', { name: 'Save board' }))

    await waitFor(() => expect(saved).toHaveLength(1))
    expect(saved[0].quickFilters).toEqual([
      { id: 32, name: 'Bugs', jql: 'type = Bug', description: 'Only defects' },
      { id: 31, name: 'Mine', jql: 'assignee = currentUser()', description: null },
    ])
  })

  it('shows the server’s refusal of the board’s query under the query', async () => {
    stubFetch({
      'GET /api/v1/boards/4': () => json(200, board),
      'GET /api/v1/projects/WEB/scheme': () => json(200, scheme('admin')),
      'GET /api/v1/jql/validate': () => json(200, { valid: false, errors: [{ message: "Field 'colour' does not exist (line 1, character 1)" }] }),
    })
    const { user } = renderPage()

    const query = await screen.findByRole('textbox', { name: 'Filter (JQL): the issues the board shows' })
    await fill(user, query, 'colour = red')
    await user.click(screen.getByRole('button', { name: 'Save board' }))

    const general = screen.getByRole('region', { name: 'General' })
    expect(await within(general).findByRole('alert')).toHaveTextContent("Field 'colour' does not exist")
  })

  it('saves a rename while a quick filter has gone stale, and names the quick filter beside Save when its query is changed to another that fails', async () => {
    const saved: Partial<BoardConfig>[] = []
    const stale: BoardConfig = { ...board, quickFilters: [{ id: 33, name: 'In 2.0', jql: 'fixVersion = "2.0"', description: null }] }
    stubFetch({
      'GET /api/v1/boards/4': () => json(200, stale),
      'GET /api/v1/projects/WEB/scheme': () => json(200, scheme('admin')),
      'GET /api/v1/jql/autocomplete': () => json(200, { replaceFrom: 0, replaceTo: 0, suggestions: [] }),
      'GET /api/v1/jql/validate': (_init, url) => {
        const version = /fixVersion = "(.*)"/.exec(url.searchParams.get('jql') ?? '')?.[1]
        return version
          ? json(200, { valid: false, errors: [{ message: `The value '${version}' does not exist for the field 'fixVersion'. (line 1, character 14)` }] })
          : json(200, { valid: true, errors: [] })
      },
      'PUT /api/v1/boards/4': (init) => {
        const body = JSON.parse(String(init?.body)) as Partial<BoardConfig>
        saved.push(body)
        return json(200, { ...stale, ...body })
      },
    })
    const { user } = renderPage()

    await fill(user, await screen.findByRole('textbox', { name: 'Name' }), 'Delivery')
    await user.click(screen.getByRole('button', { name: 'Save board' }))
    await waitFor(() => expect(saved).toHaveLength(1))
    expect(saved[0].quickFilters).toEqual([{ id: 33, name: 'In 2.0', jql: 'fixVersion = "2.0"', description: null }])

    await fill(user, screen.getByRole('combobox', { name: 'JQL of quick filter 1' }), 'fixVersion = "2.1"')
    await user.click(screen.getByRole('button', { name: 'Save board' }))

    expect(await screen.findByLabelText('Why the board was not saved')).toHaveTextContent(
      "Not saved. Fix what is marked above:Quick filter “In 2.0”: The value '2.1' does not exist for the field 'fixVersion'.",
    )
    expect(saved).toHaveLength(1)
  })

  it('says the server’s refusal of a quick filter under that filter and beside Save, not under the board’s query', async () => {
    const filtered: BoardConfig = { ...board, quickFilters: [{ id: 33, name: 'In 2.0', jql: 'fixVersion = "2.0"', description: null }] }
    const problem = "Quick filter “In 2.0”: The value '2.0' does not exist for the field 'fixVersion'. (line 1, character 14)"
    stubFetch({
      'GET /api/v1/boards/4': () => json(200, filtered),
      'GET /api/v1/projects/WEB/scheme': () => json(200, scheme('admin')),
      'GET /api/v1/jql/autocomplete': () => json(200, { replaceFrom: 0, replaceTo: 0, suggestions: [] }),
      'GET /api/v1/jql/validate': () => json(200, { valid: true, errors: [] }),
      'PUT /api/v1/boards/4': () =>
        json(400, { status: 400, title: 'Invalid JQL', detail: problem, line: 1, character: 14, errors: [{ field: 'quickFilters[0].jql', message: problem }] }),
    })
    const { user } = renderPage()

    await fill(user, await screen.findByRole('combobox', { name: 'JQL of quick filter 1' }), 'fixVersion = "2.0" ')
    await user.click(screen.getByRole('button', { name: 'Save board' }))

    const row = screen.getByRole('listitem', { name: 'Quick filter In 2.0' })
    expect(await within(row).findByRole('alert')).toHaveTextContent(problem)
    expect(screen.getByLabelText('Why the board was not saved')).toHaveTextContent(problem)
    expect(within(screen.getByRole('region', { name: 'General' })).queryByRole('alert')).not.toBeInTheDocument()
  })

  it('shows the settings read-only to someone who is not a project admin', async () => {
    stubFetch({
      'GET /api/v1/boards/4': () => json(200, board),
      'GET /api/v1/projects/WEB/scheme': () => json(200, scheme('member')),
    })
    renderPage()

    expect(await screen.findByText('Only admins of WEB can change this board.')).toBeInTheDocument()
    expect(await screen.findByRole('textbox', { name: 'Name of column 1' })).toBeDisabled()
    expect(screen.queryByRole('button', { name: 'Save board' })).not.toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Delete board' })).not.toBeInTheDocument()
  })

  it('renames the board', async () => {
    const saved: Partial<BoardConfig>[] = []
    let current = board
    stubFetch({
      'GET /api/v1/boards/4': () => json(200, current),
      'GET /api/v1/projects/WEB/scheme': () => json(200, scheme('admin')),
      'PUT /api/v1/boards/4': (init) => {
        const body = JSON.parse(String(init?.body)) as Partial<BoardConfig>
        saved.push(body)
        current = { ...board, ...body }
        return json(200, current)
      },
    })
    const { user } = renderPage()

    await fill(user, await screen.findByRole('textbox', { name: 'Name' }), ' Delivery ')
    await user.click(screen.getByRole('button', { name: 'Save board' }))

    expect(await screen.findByRole('heading', { name: /^Delivery/ })).toBeInTheDocument()
    expect(saved[0].name).toBe('Delivery')
  })

  it('lets a kanban board show every done issue, and refuses more than a year inline', async () => {
    const saved: Partial<BoardConfig>[] = []
    stubFetch({
      'GET /api/v1/boards/4': () => json(200, board),
      'GET /api/v1/projects/WEB/scheme': () => json(200, scheme('admin')),
      'PUT /api/v1/boards/4': (init) => {
        saved.push(JSON.parse(String(init?.body)) as Partial<BoardConfig>)
        return json(200, { ...board, hideDoneAfterDays: null })
      },
    })
    const { user } = renderPage()
    const days = await screen.findByRole('textbox', { name: /Hide done issues older than/ })
    expect(days).toHaveValue('14')

    await fill(user, days, '400')
    await user.click(screen.getByRole('button', { name: 'Save board' }))
    expect(await screen.findByRole('alert')).toHaveTextContent('Hide done issues after 1 to 365 days, or leave it empty to show them all.')
    expect(saved).toEqual([])

    await user.clear(days)
    await user.click(screen.getByRole('button', { name: 'Save board' }))

    await waitFor(() => expect(saved).toHaveLength(1))
    expect(saved[0].hideDoneAfterDays).toBe(0)
    await waitFor(() => expect(screen.getByRole('textbox', { name: /Hide done issues older than/ })).toHaveValue(''))
  })

  it('offers no done-issue setting on a scrum board, which shows its whole sprint', async () => {
    stubFetch({
      'GET /api/v1/boards/4': () => json(200, { ...board, kind: 'scrum', hideDoneAfterDays: null }),
      'GET /api/v1/projects/WEB/scheme': () => json(200, scheme('admin')),
    })
    renderPage()

    await screen.findByRole('textbox', { name: 'Name' })
    expect(screen.queryByRole('textbox', { name: /Hide done issues older than/ })).not.toBeInTheDocument()
  })

  it('refuses a column maximum of 0 inline, before sending anything', async () => {
    const saved: unknown[] = []
    stubFetch({
      'GET /api/v1/boards/4': () => json(200, board),
      'GET /api/v1/projects/WEB/scheme': () => json(200, scheme('admin')),
      'PUT /api/v1/boards/4': (init) => {
        saved.push(init?.body)
        return json(200, board)
      },
    })
    const { user } = renderPage()

    await fill(user, await screen.findByRole('textbox', { name: 'Maximum of Doing' }), '0')
    await user.click(screen.getByRole('button', { name: 'Save board' }))

    const doing = screen.getByRole('listitem', { name: 'Column Doing' })
    expect(await within(doing).findByRole('alert')).toHaveTextContent('The maximum must be a whole number from 1, or empty for no maximum.')
    expect(saved).toEqual([])
  })

  it('shows the server’s refusal of a column’s limits', async () => {
    stubFetch({
      'GET /api/v1/boards/4': () => json(200, board),
      'GET /api/v1/projects/WEB/scheme': () => json(200, scheme('admin')),
      'PUT /api/v1/boards/4': () =>
        json(400, { status: 400, title: 'Bad Request', detail: "columns: column 'Doing': its maximum must be a whole number from 1", errors: [{ field: 'columns', message: "column 'Doing': its maximum must be a whole number from 1" }] }, 'application/problem+json'),
    })
    const { user } = renderPage()

    await user.click(await screen.findByRole('button', { name: 'Save board' }))

    expect(await screen.findByRole('alert')).toHaveTextContent("Column 'Doing': its maximum must be a whole number from 1.")
  })

  it('asks before a sidebar link drops unsaved changes: Cancel keeps them, Discard follows the link', async () => {
    stubFetch({
      'GET /api/v1/boards/4': () => json(200, board),
      'GET /api/v1/projects/WEB/scheme': () => json(200, scheme('admin')),
    })
    const { user } = renderPage()
    await fill(user, await screen.findByRole('textbox', { name: 'Name' }), 'Delivery')

    await user.click(screen.getByRole('link', { name: 'Issues' }))
    const question = screen.getByRole('dialog', { name: 'Discard your changes to the board “Team”?' })
    expect(question).toHaveTextContent('Your edits to its name, filter, columns, swimlanes and quick filters are not saved.')
    await user.click(within(question).getByRole('button', { name: 'Keep editing' }))
    expect(screen.queryByRole('dialog')).toBeNull()
    expect(screen.getByRole('textbox', { name: 'Name' })).toHaveValue('Delivery')

    await user.click(screen.getByRole('link', { name: 'Issues' }))
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Discard' }))
    expect(await screen.findByText('The issue list')).toBeInTheDocument()
  })

  it('leaves without asking once the changes are discarded', async () => {
    stubFetch({
      'GET /api/v1/boards/4': () => json(200, board),
      'GET /api/v1/projects/WEB/scheme': () => json(200, scheme('admin')),
    })
    const { user } = renderPage()
    await user.click(await screen.findByRole('button', { name: 'Add column' }))
    await user.click(screen.getByRole('button', { name: 'Discard changes' }))

    await user.click(screen.getByRole('link', { name: 'Issues' }))
    expect(await screen.findByText('The issue list')).toBeInTheDocument()
    expect(screen.queryByRole('dialog')).toBeNull()
  })

  it('leaves without asking once the changes are saved', async () => {
    let current = board
    stubFetch({
      'GET /api/v1/boards/4': () => json(200, current),
      'GET /api/v1/projects/WEB/scheme': () => json(200, scheme('admin')),
      'PUT /api/v1/boards/4': (init) => {
        current = { ...board, ...(JSON.parse(String(init?.body)) as Partial<BoardConfig>) }
        return json(200, current)
      },
    })
    const { user } = renderPage()
    await fill(user, await screen.findByRole('textbox', { name: 'Name' }), 'Delivery')
    await user.click(screen.getByRole('button', { name: 'Save board' }))
    expect(await screen.findByRole('heading', { name: /^Delivery/ })).toBeInTheDocument()

    await user.click(screen.getByRole('link', { name: 'Issues' }))
    expect(await screen.findByText('The issue list')).toBeInTheDocument()
    expect(screen.queryByRole('dialog')).toBeNull()
  })

  it('deletes the board once confirmed, saying what goes and what stays, then shows the project’s boards in its place in the history', async () => {
    const deleted: string[] = []
    const sprint = { id: 11, boardId: 4, projectKey: 'WEB', goal: null, startDate: null, endDate: null, startedAt: null, completedAt: null }
    stubFetch({
      'GET /api/v1/boards/4': () => json(200, board),
      'GET /api/v1/boards/4/sprints': () =>
        json(200, [
          { ...sprint, name: 'Sprint 1', state: 'closed', issueKeys: ['WEB-1'] },
          { ...sprint, id: 12, name: 'Sprint 2', state: 'active', issueKeys: ['WEB-2', 'WEB-3'] },
        ]),
      'GET /api/v1/projects/WEB/scheme': () => json(200, scheme('admin')),
      'DELETE /api/v1/boards/4': (_init, url) => {
        deleted.push(url.pathname)
        return json(204, null)
      },
      'GET /api/v1/boards': () => json(200, []),
    })
    const { user, client } = renderPage('/projects/WEB/boards?board=4')
    const other = { ...board, id: 5, name: 'Other' }
    client.setQueryData(['boards', 'WEB'], [board, other])
    await user.click(await screen.findByRole('link', { name: 'Settings of board 4' }))

    await user.click(await screen.findByRole('button', { name: 'Delete board' }))
    const question = await screen.findByRole('dialog', { name: 'Delete the board “Team”?' })
    expect(question).toHaveTextContent(
      'Deleted: its columns, quick filters, and its 2 sprints (1 active, 1 completed) with their burndown and velocity reports. ' +
        'Kept: every issue, and the saved filter it shows them from. The 2 issues in its open sprints will be in no sprint',
    )
    await user.click(within(question).getByRole('button', { name: 'Cancel' }))
    expect(deleted).toEqual([])

    await user.click(screen.getByRole('button', { name: 'Delete board' }))
    await user.click(within(await screen.findByRole('dialog', { name: 'Delete the board “Team”?' })).getByRole('button', { name: 'Delete' }))

    expect(await screen.findByText('The boards of WEB at')).toBeInTheDocument()
    expect(deleted).toEqual(['/api/v1/boards/4'])
    expect(client.getQueryData<BoardConfig[]>(['boards', 'WEB'])?.map((b) => b.id)).not.toContain(4)
    await user.click(screen.getByRole('button', { name: 'Back' }))
    expect(await screen.findByText('The boards of WEB at ?board=4')).toBeInTheDocument()
  })

  it('says in words that a board does not exist, with a link to the project’s boards', async () => {
    stubFetch({
      'GET /api/v1/boards/99': () => json(404, { status: 404, title: 'Not Found', detail: 'Board 99 not found' }, 'application/problem+json'),
      'GET /api/v1/projects/WEB/scheme': () => json(200, scheme('admin')),
    })
    renderPage('/projects/WEB/boards/99/settings')

    expect(await screen.findByText(/There is no board 99 in WEB: it was deleted, or the link is wrong/)).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'See the boards of WEB' })).toHaveAttribute('href', '/projects/WEB/boards')
    expect(screen.queryByText(/Cannot open board/)).not.toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Delete board' })).not.toBeInTheDocument()
  })
})
