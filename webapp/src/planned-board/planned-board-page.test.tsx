import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { Route, Routes, useLocation, useParams } from 'react-router'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { BacklogView, BoardConfig, BoardIssues, Card, Sprint } from '../api/planning'
import type { Role } from '../api/projects'
import { json, renderWithProviders, stubFetch } from '../test-utils'
import { PlannedBoardPage } from './planned-board-page'
import { testBoard } from './test-board'

const board: BoardConfig = { ...testBoard, name: 'Flow', columns: [testBoard.columns[0], testBoard.columns[2]], quickFilters: [] }

const card = (n: number, status: string): Card => ({
  id: n,
  key: `WEB-${n}`,
  summary: `Story ${n}`,
  type: 'Story',
  subtask: false,
  status,
  statusCategory: status === 'Done' ? 'done' : 'new',
  priority: 'Medium',
  assignee: null,
  storyPoints: null,
  subtaskPoints: null,
  epicKey: null,
  epicSummary: null,
  parentKey: null,
  rank: String(n).padStart(6, '0'),
  estimateSeconds: null,
})

function issues(todo: number): BoardIssues {
  const cards = Array.from({ length: todo }, (_, i) => card(i + 1, 'To Do'))
  const done = [card(todo + 1, 'Done')]
  return {
    board,
    sprint: null,
    columns: [
      { ...board.columns[0], count: todo, shown: todo, state: 'ok', hidden: 0 },
      { ...board.columns[1], count: 1, shown: 1, state: 'ok', hidden: 0 },
    ],
    lanes: [{ id: 'all', name: 'All issues', columns: [cards, done] }],
    total: todo + 1,
    unmapped: {},
    brokenQuickFilters: [],
  }
}

// jsdom lays nothing out: give the scrolling window and each card the sizes a browser would.
beforeEach(() => {
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(600)
  vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(240)
  vi.spyOn(HTMLElement.prototype, 'offsetHeight', 'get').mockReturnValue(92)
})
afterEach(() => {
  vi.unstubAllGlobals()
  vi.restoreAllMocks()
})

function Where() {
  return <output aria-label="Location">{useLocation().search}</output>
}

/** Where the app's routes would draw an issue panel, and over which page. */
function PanelOver() {
  const { issueKey } = useParams()
  const background = (useLocation().state as { background?: { pathname: string } } | null)?.background
  return <p>{`${issueKey} over ${background?.pathname ?? 'nothing'}`}</p>
}

const schemeFor = (callerRole: Role) => ({
  project: { id: 1, key: 'WEB', name: 'Web app', callerRole },
  workflow: { statuses: [], transitions: [] },
  types: [], priorities: [], resolutions: [], components: [], versions: [],
})

/** The boards page of a project with no board, seen by someone of `role`. */
function renderWithoutBoards(role: Role) {
  stubFetch({ 'GET /api/v1/boards': () => json(200, []), 'GET /api/v1/projects/WEB/scheme': () => json(200, schemeFor(role)) })
  renderWithProviders(
    <Routes>
      <Route path="/projects/:projectKey/boards" element={<PlannedBoardPage />} />
    </Routes>,
    { route: '/projects/WEB/boards' },
  )
}

function renderBoard(todo: number, answer: BoardIssues = issues(todo), route = '/projects/WEB/boards') {
  stubFetch({
    'GET /api/v1/boards': () => json(200, [answer.board]),
    'GET /api/v1/boards/4/issues': () => json(200, answer),
  })
  renderWithProviders(
    <Routes>
      <Route path="/projects/:projectKey/boards" element={<PlannedBoardPage />} />
      <Route path="/issues/:issueKey" element={<PanelOver />} />
    </Routes>,
    { route },
  )
}

describe('PlannedBoardPage', () => {
  it('renders only the cards in view of a 10,000-card column, and every card of a short one', async () => {
    renderBoard(10_000)

    expect(await screen.findByRole('link', { name: 'WEB-1 Story 1' })).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'WEB-10001 Story 10001' })).toBeInTheDocument()
    const rendered = document.querySelectorAll('a.card-link').length
    expect(rendered).toBeGreaterThan(2)
    expect(rendered).toBeLessThan(60)
    expect(screen.getByRole('columnheader', { name: /To Do/ })).toHaveTextContent('10000')
    expect(screen.getByRole('link', { name: 'Board settings' })).toHaveAttribute('href', '/projects/WEB/boards/4/settings')
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Flow Kanban board')
  })

  it('adds another kanban board, named apart from the first, and shows it', async () => {
    document.cookie = 'XSRF-TOKEN=token'
    let made: unknown
    const second = { ...board, id: 5, name: 'WEB Kanban 2' }
    let boards = [board]
    stubFetch({
      'GET /api/v1/boards': () => json(200, boards),
      'GET /api/v1/boards/4/issues': () => json(200, issues(1)),
      'GET /api/v1/boards/5/issues': () => json(200, { ...issues(1), board: second }),
      'GET /api/v1/projects/WEB/scheme': () => json(200, schemeFor('admin')),
      'POST /api/v1/boards': (init) => {
        made = JSON.parse(String(init?.body))
        boards = [board, second]
        return json(201, second)
      },
    })
    renderWithProviders(
      <Routes>
        <Route path="/projects/:projectKey/boards" element={<PlannedBoardPage />} />
      </Routes>,
      { route: '/projects/WEB/boards' },
    )
    const user = userEvent.setup()

    expect(await screen.findByRole('button', { name: 'New scrum board' })).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'New kanban board' }))

    await vi.waitFor(() => expect(made).toEqual({ project: 'WEB', name: 'WEB Kanban 2', kind: 'kanban' }))
    expect(await screen.findByRole('option', { name: 'WEB Kanban 2 (kanban)', selected: true })).toBeInTheDocument()
  })

  it('shows the active sprint’s dates, days left and goal, and completes it with the backlog’s dialog', async () => {
    document.cookie = 'XSRF-TOKEN=token'
    const scrum: BoardConfig = { ...board, kind: 'scrum' }
    const today = new Date()
    const day = (offset: number, hour: number) => new Date(today.getFullYear(), today.getMonth(), today.getDate() + offset, hour).toISOString()
    const sprint: Sprint = {
      id: 21, boardId: 4, projectKey: 'WEB', name: 'Sprint 3', goal: 'Ship sign-in', state: 'active', startDate: day(-3, 9),
      endDate: day(4, 17), startedAt: day(-3, 9), completedAt: null, issueKeys: ['WEB-1', 'WEB-2'],
    }
    const backlog: BacklogView = { boardId: 4, sprints: [{ sprint, issues: [card(1, 'To Do'), card(2, 'Done')], points: 0, estimateSeconds: 0 }], backlog: [], epics: [] }
    let completed: unknown
    stubFetch({
      'GET /api/v1/boards': () => json(200, [scrum]),
      'GET /api/v1/boards/4/issues': () => json(200, { ...issues(1), board: scrum, sprint }),
      'GET /api/v1/boards/4/backlog': () => json(200, backlog),
      'POST /api/v1/sprints/21/complete': (init) => {
        completed = JSON.parse(String(init?.body))
        return json(200, { ...sprint, state: 'closed' })
      },
    })
    renderWithProviders(
      <Routes>
        <Route path="/projects/:projectKey/boards" element={<PlannedBoardPage />} />
      </Routes>,
      { route: '/projects/WEB/boards' },
    )
    const user = userEvent.setup()

    const bar = await screen.findByRole('group', { name: 'Active sprint Sprint 3' })
    expect(bar).toHaveTextContent(/4 days left · Ship sign-in/)
    await user.click(within(bar).getByRole('button', { name: 'Complete sprint' }))
    const dialog = await screen.findByRole('dialog', { name: 'Complete Sprint 3' })
    expect(dialog).toHaveTextContent('1 issue done, 1 not done.')
    await user.selectOptions(within(dialog).getByLabelText('Move unfinished issues to'), 'backlog')
    await user.click(within(dialog).getByRole('button', { name: 'Complete sprint' }))

    await vi.waitFor(() => expect(completed).toEqual({ moveTo: 'backlog' }))
  })

  it('shows a viewer the active sprint without Complete sprint', async () => {
    const scrum: BoardConfig = { ...board, kind: 'scrum' }
    const sprint: Sprint = {
      id: 21, boardId: 4, projectKey: 'WEB', name: 'Sprint 3', goal: 'Ship sign-in', state: 'active', startDate: null,
      endDate: null, startedAt: null, completedAt: null, issueKeys: [],
    }
    stubFetch({
      'GET /api/v1/boards': () => json(200, [scrum]),
      'GET /api/v1/boards/4/issues': () => json(200, { ...issues(1), board: scrum, sprint }),
      'GET /api/v1/projects/WEB/scheme': () => json(200, schemeFor('viewer')),
    })
    renderWithProviders(
      <Routes>
        <Route path="/projects/:projectKey/boards" element={<PlannedBoardPage />} />
      </Routes>,
      { route: '/projects/WEB/boards' },
    )

    const bar = await screen.findByRole('group', { name: 'Active sprint Sprint 3' })
    expect(bar).toHaveTextContent('Ship sign-in')
    await vi.waitFor(() => expect(within(bar).queryByRole('button', { name: 'Complete sprint' })).not.toBeInTheDocument())
  })

  it('counts every issue of a column against its WIP limit while a quick filter narrows the cards', async () => {
    const limited: BoardConfig = { ...board, columns: [{ ...board.columns[0], max: 3 }, board.columns[1]], quickFilters: testBoard.quickFilters }
    const all: BoardIssues = { ...issues(4), board: limited, columns: [{ ...limited.columns[0], count: 4, shown: 4, state: 'over', hidden: 0 }, { ...limited.columns[1], count: 1, shown: 1, state: 'ok', hidden: 0 }] }
    const mine: BoardIssues = {
      ...all,
      columns: [{ ...all.columns[0], shown: 1 }, { ...all.columns[1], shown: 0 }],
      lanes: [{ id: 'all', name: 'All issues', columns: [[card(1, 'To Do')], []] }],
      total: 1,
    }
    stubFetch({
      'GET /api/v1/boards': () => json(200, [limited]),
      'GET /api/v1/boards/4/issues': (_init, url) => json(200, url.searchParams.get('quickFilter') === '31' ? mine : all),
    })
    renderWithProviders(
      <Routes>
        <Route path="/projects/:projectKey/boards" element={<PlannedBoardPage />} />
      </Routes>,
      { route: '/projects/WEB/boards' },
    )
    const todo = await screen.findByRole('columnheader', { name: /To Do/ })
    expect(todo).toHaveTextContent('4 (max 3)')

    await userEvent.setup().click(screen.getByRole('button', { name: 'Mine' }))

    await vi.waitFor(() => expect(screen.getByRole('columnheader', { name: /To Do/ })).toHaveTextContent('1 of 4 (max 3)'))
    expect(screen.getByRole('columnheader', { name: /To Do/ })).toHaveClass('wip-over')
  })

  it('keeps the quick filters turned on in the URL and asks for the cards all of them match', async () => {
    const filtered: BoardConfig = {
      ...board,
      quickFilters: [...testBoard.quickFilters, { id: 32, name: 'Bugs', jql: 'type = Bug', description: 'Only defects' }],
    }
    const asked: string[] = []
    stubFetch({
      'GET /api/v1/boards': () => json(200, [filtered]),
      'GET /api/v1/boards/4/issues': (_init, url) => (asked.push(url.searchParams.getAll('quickFilter').join('&')), json(200, issues(1))),
    })
    renderWithProviders(
      <Routes>
        <Route path="/projects/:projectKey/boards" element={<><PlannedBoardPage /><Where /></>} />
      </Routes>,
      // A link made while "Mine" was on, and a quick filter deleted since.
      { route: '/projects/WEB/boards?board=4&quickFilter=31&quickFilter=99' },
    )

    expect(await screen.findByRole('button', { name: 'Mine' })).toHaveAttribute('aria-pressed', 'true')
    await userEvent.setup().click(screen.getByRole('button', { name: 'Bugs' }))

    await vi.waitFor(() => expect(asked.at(-1)).toBe('31&32'))
    expect(asked).not.toContain('31&99')
    expect(screen.getByRole('button', { name: 'Bugs' })).toHaveAttribute('aria-pressed', 'true')
    expect(screen.getByRole('button', { name: 'Bugs' })).toHaveAttribute('title', 'Only defects\ntype = Bug')
    expect(screen.getByLabelText('Location')).toHaveTextContent('quickFilter=31&quickFilter=99&quickFilter=32')
  })

  it('shows the board without a quick filter that no longer works, marks its chip and names it with the way to fix it', async () => {
    const filtered: BoardConfig = { ...board, quickFilters: [{ id: 33, name: 'In 2.0', jql: 'fixVersion = "2.0"', description: null }] }
    const problem = "The value '2.0' does not exist for the field 'fixVersion'. (line 1, character 14)"
    stubFetch({
      'GET /api/v1/boards': () => json(200, [filtered]),
      'GET /api/v1/boards/4/issues': () => json(200, { ...issues(1), board: filtered, brokenQuickFilters: [{ id: 33, name: 'In 2.0', problem }] }),
      'GET /api/v1/projects/WEB/scheme': () => json(200, schemeFor('admin')),
    })
    renderWithProviders(
      <Routes>
        <Route path="/projects/:projectKey/boards" element={<PlannedBoardPage />} />
      </Routes>,
      { route: '/projects/WEB/boards?board=4&quickFilter=33' },
    )

    expect(await screen.findByRole('link', { name: 'WEB-1 Story 1' })).toBeInTheDocument()
    const chip = within(screen.getByRole('group', { name: 'Quick filters' })).getByRole('button', { name: 'In 2.0' })
    expect(chip).toHaveClass('broken')
    expect(chip).toHaveAttribute('title', `No longer works: ${problem}`)
    expect(screen.getByRole('alert')).toHaveTextContent(`Quick filter “In 2.0” no longer works: ${problem}. The board shows its cards without it.`)
    expect(within(screen.getByRole('alert')).getByRole('link', { name: 'Edit it in Board settings' })).toHaveAttribute('href', '/projects/WEB/boards/4/settings')
    expect(within(screen.getByRole('group', { name: 'Quick filters' })).queryByRole('link', { name: 'Board settings' })).not.toBeInTheDocument()
  })

  it('lists a short column in full, without a scrolling window', async () => {
    renderBoard(20)

    expect(await screen.findByRole('link', { name: 'WEB-20 Story 20' })).toBeInTheDocument()
    expect(document.querySelectorAll('a.card-link')).toHaveLength(21)
    expect(screen.queryByTestId('virtual-cards')).not.toBeInTheDocument()
  })

  it('shows a card’s estimate compactly, and nothing on a card without one', async () => {
    const answer = issues(2)
    answer.lanes[0].columns[0][0] = { ...card(1, 'To Do'), estimateSeconds: 20 * 3600 }
    renderBoard(2, answer)

    const estimated = await screen.findByRole('link', { name: 'WEB-1 Story 1' })
    expect(estimated).toHaveTextContent('Estimate 2d 4h')
    expect(screen.getByRole('link', { name: 'WEB-2 Story 2' })).not.toHaveTextContent('Estimate')
  })

  it('opens a card as an issue panel over the board, from a plain link', async () => {
    renderBoard(20)
    const card = await screen.findByRole('link', { name: 'WEB-7 Story 7' })
    expect(card).toHaveAttribute('href', '/issues/WEB-7')

    await userEvent.setup().click(card)

    expect(await screen.findByText('WEB-7 over /projects/WEB/boards')).toBeInTheDocument()
  })

  it('draws swimlanes whose long cells render only the cards in view, and whose short cells are drawn in full', async () => {
    const lanes = { ...board, swimlanes: 'assignee' as const }
    const mine = [card(20_001, 'To Do'), card(20_002, 'To Do')]
    const long = issues(10_000)
    renderBoard(0, {
      ...long,
      board: lanes,
      lanes: [
        { id: 'ada', name: 'Ada Lovelace', columns: [mine, []] },
        { id: 'none', name: 'Unassigned', columns: long.lanes[0].columns },
      ],
    })

    expect(await screen.findByRole('heading', { name: 'Ada Lovelace' })).toBeInTheDocument()
    expect(screen.getByRole('heading', { name: 'Unassigned' })).toBeInTheDocument()
    const windows = screen.getAllByTestId('virtual-cards')
    expect(windows).toHaveLength(1)
    expect(windows[0].closest('section')).toHaveAccessibleName('To Do')
    const drawn = windows[0].querySelectorAll('a.card-link').length
    expect(drawn).toBeGreaterThan(2)
    expect(drawn).toBeLessThan(60)
    expect(screen.getByRole('link', { name: 'WEB-20001 Story 20001' })).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'WEB-20002 Story 20002' })).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'WEB-10001 Story 10001' })).toBeInTheDocument()
  })

  it('walks the cards lane by lane, column by column, with j and k, and opens the selected one with Enter', async () => {
    const lanes = { ...board, swimlanes: 'assignee' as const }
    renderBoard(0, {
      ...issues(0),
      board: lanes,
      lanes: [
        { id: 'ada', name: 'Ada Lovelace', columns: [[card(1, 'To Do'), card(2, 'To Do')], [card(3, 'Done')]] },
        { id: 'none', name: 'Unassigned', columns: [[card(4, 'To Do')], []] },
      ],
    })
    const user = userEvent.setup()
    const link = (n: number) => screen.getByRole('link', { name: `WEB-${n} Story ${n}` })
    await screen.findByRole('heading', { name: 'Unassigned' })

    await user.keyboard('j')
    expect(link(1)).toHaveFocus()
    await user.keyboard('jj')
    expect(link(3)).toHaveFocus()
    expect(link(3)).toHaveClass('selected')
    await user.keyboard('j')
    expect(link(4)).toHaveFocus()
    await user.keyboard('kk')
    expect(link(2)).toHaveFocus()
    expect(link(4)).not.toHaveClass('selected')

    await user.keyboard('{Enter}')
    expect(await screen.findByText('WEB-2 over /projects/WEB/boards')).toBeInTheDocument()
  })

  it('says quietly that done issues resolved more than its days ago are hidden, with the way to its settings', async () => {
    renderBoard(1)

    const note = await screen.findByText(/Done issues resolved more than 14 days ago are hidden/)
    expect(within(note).getByRole('link', { name: 'Change in board settings' })).toHaveAttribute('href', '/projects/WEB/boards/4/settings')
  })

  it('counts the done issues the board hides in their column, so that an empty done column does not read as none done', async () => {
    const hiding = issues(1)
    renderBoard(1, { ...hiding, columns: [hiding.columns[0], { ...hiding.columns[1], count: 0, shown: 0, hidden: 1733 }], lanes: [{ ...hiding.lanes[0], columns: [hiding.lanes[0].columns[0], []] }] })

    const done = await screen.findByText('0 shown · 1,733 hidden')
    expect(done).toHaveAttribute('title', expect.stringContaining('Hidden and not counted: 1,733 done issues resolved longer ago than the board shows.'))
    expect(screen.getAllByRole('columnheader')[0]).toHaveTextContent(/^To Do1$/)
  })

  it('says nothing of hidden issues on a board that shows every done issue', async () => {
    const all = { ...board, hideDoneAfterDays: null }
    renderBoard(1, { ...issues(1), board: all })

    await screen.findByRole('link', { name: 'WEB-1 Story 1' })
    expect(screen.queryByText(/are hidden/)).not.toBeInTheDocument()
  })

  it('says quietly how many issues are in statuses no column shows, which, and where to map them', async () => {
    renderBoard(1, { ...issues(1), unmapped: { 'In Review': 2, QA: 1 } })

    const note = await screen.findByText(/issues are in statuses this board does not show/)

    expect(note).toHaveTextContent('3 issues are in statuses this board does not show: In Review, QA · Board settings')
    expect(within(note).getByRole('link', { name: 'Board settings' })).toHaveAttribute('href', '/projects/WEB/boards/4/settings')
  })

  it('says on the board that a column whose statuses all left the workflow has none', async () => {
    const answer = issues(1)
    renderBoard(1, { ...answer, columns: [answer.columns[0], { ...answer.columns[1], statuses: [], count: 0, shown: 0 }], lanes: [{ ...answer.lanes[0], columns: [answer.lanes[0].columns[0], []] }] })

    const headers = await screen.findAllByRole('columnheader')
    expect(headers[1]).toHaveTextContent('No statuses')
    expect(headers[0]).not.toHaveTextContent('No statuses')
  })

  it('says nothing of unmapped statuses when every issue of the board is in a column', async () => {
    renderBoard(1)

    expect(await screen.findByRole('link', { name: 'WEB-1 Story 1' })).toBeInTheDocument()
    expect(screen.queryByText(/this board does not show/)).not.toBeInTheDocument()
  })

  it('says when the board in the link does not exist, and which board it shows instead', async () => {
    renderBoard(1, issues(1), '/projects/WEB/boards?board=99')

    expect(await screen.findByRole('status')).toHaveTextContent('There is no board 99 in WEB: it was deleted, or the link is wrong. Showing “Flow” instead.')
  })

  it('tells a project without boards what a board is for, and offers its admins to create one', async () => {
    renderWithoutBoards('admin')

    const empty = await screen.findByRole('region', { name: 'No board' })
    expect(within(empty).getByRole('heading', { name: 'WEB has no scrum or kanban board yet' })).toBeInTheDocument()
    expect(empty).toHaveTextContent('A board shows the issues of a filter in the columns you choose')
    expect(within(empty).getByRole('link', { name: 'workflow board' })).toHaveAttribute('href', '/projects/WEB/board')
    expect(await within(empty).findByRole('button', { name: 'Create a kanban board' })).toBeInTheDocument()
    expect(within(empty).getByRole('button', { name: 'Create a scrum board' })).toBeInTheDocument()
  })

  it('tells a member without boards to ask a project admin, offering no button that would be refused', async () => {
    renderWithoutBoards('member')

    expect(await screen.findByText('Only project admins create boards: ask an admin of WEB to create one.')).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: /Create a/ })).not.toBeInTheDocument()
  })
})
