import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { Route, Routes, useLocation, useParams } from 'react-router'
import type { BacklogView, BoardConfig, Card, Sprint } from '../api/planning'
import { json, renderWithProviders, stubFetch } from '../test-utils'
import { localDay } from '../app/calendar-day'
import { BacklogPage } from './backlog-page'
import { addDays } from './sprint-dates'

const board: BoardConfig = {
  id: 3, projectKey: 'WEB', name: 'Team', kind: 'scrum', filterId: 9, jql: 'project = WEB ORDER BY rank', swimlanes: 'none',
  columns: [{ name: 'To Do', statuses: ['To Do'], min: null, max: null }], quickFilters: [], hideDoneAfterDays: null,
}
const sprint: Sprint = {
  id: 11, boardId: 3, projectKey: 'WEB', name: 'Sprint 1', goal: null, state: 'future', startDate: null, endDate: null,
  startedAt: null, completedAt: null, issueKeys: ['WEB-1'],
}
const card = (key: string, points: number, extra: Partial<Card> = {}): Card => ({
  id: Number(key.slice(4)), key, summary: `Summary of ${key}`, type: 'Story', subtask: false, status: 'To Do', statusCategory: 'new',
  priority: 'Medium', assignee: null, storyPoints: points, subtaskPoints: null, epicKey: null, epicSummary: null, parentKey: null,
  rank: `00000${key.slice(4)}i`, estimateSeconds: null, ...extra,
})
const view: BacklogView = {
  boardId: 3,
  sprints: [{ sprint, issues: [card('WEB-1', 5)], points: 5, estimateSeconds: 0 }],
  backlog: [card('WEB-2', 3, { subtaskPoints: 2, epicKey: 'WEB-9', epicSummary: 'Sign-in' })],
  epics: [{ key: 'WEB-9', summary: 'Sign-in', issues: 2, done: 1, points: 8, donePoints: 5 }],
}

/** An instant at a local time of a day: the dialogs work in the reader's days, whatever time zone the tests run in. */
const at = (day: string, time: string) => new Date(`${day}T${time}`).toISOString()
const adminScheme = { project: { id: 1, key: 'WEB', name: 'Web app', callerRole: 'admin' }, workflow: { statuses: [], transitions: [] },
  types: [], priorities: [], resolutions: [], components: [], versions: [] }

/** The server's refusal of an end before the start. */
const endDateRefused = () =>
  json(400, { status: 400, title: 'Bad Request', detail: 'endDate: a sprint must end after it starts', errors: [{ field: 'endDate', message: 'a sprint must end after it starts' }] }, 'application/problem+json')

beforeEach(() => {
  document.cookie = 'XSRF-TOKEN=token'
})
afterEach(() => {
  vi.unstubAllGlobals()
  vi.restoreAllMocks()
})

/** Where the app's routes would draw an issue panel, and over which page. */
function PanelOver() {
  const { issueKey } = useParams()
  const background = (useLocation().state as { background?: { pathname: string } } | null)?.background
  return <p>{`${issueKey} over ${background?.pathname ?? 'nothing'}`}</p>
}

function renderPage() {
  renderWithProviders(
    <Routes>
      <Route path="/projects/:projectKey/backlog" element={<BacklogPage />} />
      <Route path="/issues/:issueKey" element={<PanelOver />} />
    </Routes>,
    { route: '/projects/WEB/backlog' },
  )
  return userEvent.setup()
}

describe('BacklogPage', () => {
  it('shows the sprint, the ranked backlog with estimates and sub-task rollups, and epic progress', async () => {
    stubFetch({ 'GET /api/v1/boards': () => json(200, [board]), 'GET /api/v1/boards/3/backlog': () => json(200, view) })
    renderPage()

    const sprintList = await screen.findByRole('region', { name: 'Sprint 1' })
    expect(within(sprintList).getByText('WEB-1')).toBeInTheDocument()
    expect(within(sprintList).getByText(/1 issue · 5 points/)).toBeInTheDocument()
    const backlog = screen.getByRole('region', { name: 'Backlog' })
    expect(within(backlog).getByTitle('Sub-tasks: 2 points')).toHaveTextContent('3 (+2)')
    expect(screen.getByLabelText('1 of 2 done')).toBeInTheDocument()
  })

  it('groups a sprint’s buttons apart from its name and detail, so that a narrow header puts them on a line of their own', async () => {
    stubFetch({ 'GET /api/v1/boards': () => json(200, [board]), 'GET /api/v1/boards/3/backlog': () => json(200, view) })
    renderPage()

    const actions = await screen.findByRole('group', { name: 'Actions of Sprint 1' })

    expect(within(actions).getByRole('button', { name: 'Workload' })).toBeInTheDocument()
    expect(within(actions).queryByRole('heading')).not.toBeInTheDocument()
  })

  it('shows each row’s estimate compactly where it has one, and the sprint’s total beside its issue count', async () => {
    const estimated: BacklogView = {
      ...view,
      sprints: [{ sprint, issues: [card('WEB-1', 5, { estimateSeconds: 20 * 3600 }), card('WEB-3', 1)], points: 6, estimateSeconds: 20 * 3600 }],
    }
    stubFetch({ 'GET /api/v1/boards': () => json(200, [board]), 'GET /api/v1/boards/3/backlog': () => json(200, estimated) })
    renderPage()

    const sprintList = await screen.findByRole('region', { name: 'Sprint 1' })
    expect(within(sprintList).getByText(/2 issues · 2d 4h estimated · 6 points/)).toBeInTheDocument()
    const [withEstimate, without] = within(sprintList).getAllByRole('listitem')
    expect(within(withEstimate).getByTitle('Remaining estimate: 2d 4h')).toHaveTextContent('2d 4h')
    expect(within(without).queryByTitle(/Remaining estimate/)).not.toBeInTheDocument()
    expect(screen.getByRole('region', { name: 'Backlog' })).not.toHaveTextContent('estimated')
  })

  it('shows a viewer the plan without the buttons that change it, and rows that are read, not dragged', async () => {
    const viewerScheme = { project: { id: 1, key: 'WEB', name: 'Web app', callerRole: 'viewer' }, workflow: { statuses: [], transitions: [] },
      types: [], priorities: [], resolutions: [], components: [], versions: [] }
    const emptySprint = { ...sprint, id: 12, name: 'Sprint 2', issueKeys: [] }
    stubFetch({
      'GET /api/v1/boards': () => json(200, [board]),
      'GET /api/v1/boards/3/backlog': () => json(200, { ...view, sprints: [...view.sprints, { sprint: emptySprint, issues: [], points: 0 }] }),
      'GET /api/v1/projects/WEB/scheme': () => json(200, viewerScheme),
    })
    renderPage()
    await screen.findByRole('region', { name: 'Sprint 1' })

    await waitFor(() => expect(screen.queryByRole('button', { name: 'Start sprint' })).not.toBeInTheDocument())
    expect(screen.queryByRole('button', { name: 'Create sprint' })).not.toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Edit sprint' })).not.toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Delete sprint' })).not.toBeInTheDocument()
    const row = screen.getByText('Summary of WEB-1').closest('li')!
    expect(row).not.toHaveAttribute('aria-disabled')
    expect(row).not.toHaveAttribute('aria-describedby')
    expect(row).toHaveClass('read-only')
    expect(screen.getByRole('region', { name: 'Sprint 2' })).toHaveTextContent('No issues.')
  })

  it('tells a member how to drag a row and where to drop', async () => {
    const emptySprint = { ...sprint, id: 12, name: 'Sprint 2', issueKeys: [] }
    stubFetch({
      'GET /api/v1/boards': () => json(200, [board]),
      'GET /api/v1/boards/3/backlog': () => json(200, { ...view, sprints: [...view.sprints, { sprint: emptySprint, issues: [], points: 0 }] }),
      'GET /api/v1/projects/WEB/scheme': () => json(200, adminScheme),
    })
    renderPage()
    await screen.findByRole('region', { name: 'Sprint 1' })
    await screen.findByRole('button', { name: 'Create sprint' })

    const row = screen.getByText('Summary of WEB-1').closest('li')!
    expect(row).toHaveAccessibleDescription(/press space/i)
    expect(row).not.toHaveClass('read-only')
    expect(screen.getByRole('region', { name: 'Sprint 2' })).toHaveTextContent('Drag issues here.')
  })

  it('renames a sprint and moves its dates from its header, sending only what changed', async () => {
    const dated = { ...sprint, goal: 'Sign-in', startDate: at('2026-12-01', '09:00'), endDate: at('2026-12-14', '17:00') }
    let sent: unknown
    let shown = { ...view, sprints: [{ ...view.sprints[0], sprint: dated }] }
    stubFetch({
      'GET /api/v1/boards': () => json(200, [board]),
      'GET /api/v1/boards/3/backlog': () => json(200, shown),
      'PATCH /api/v1/sprints/11': (init) => {
        sent = JSON.parse(String(init?.body))
        const saved = { ...dated, name: 'Sign-in sprint', endDate: at('2026-12-18', '17:00') }
        shown = { ...shown, sprints: [{ ...shown.sprints[0], sprint: saved }] }
        return json(200, saved)
      },
    })
    const user = renderPage()

    await user.click(within(await screen.findByRole('region', { name: 'Sprint 1' })).getByRole('button', { name: 'Edit sprint' }))
    const dialog = screen.getByRole('dialog', { name: 'Edit Sprint 1' })
    expect(within(dialog).getByLabelText('Sprint goal')).toHaveValue('Sign-in')
    expect(within(dialog).getByLabelText('Start date')).toHaveValue('2026-12-01')
    await user.clear(within(dialog).getByLabelText('Sprint name'))
    await user.type(within(dialog).getByLabelText('Sprint name'), 'Sign-in sprint')
    await user.clear(within(dialog).getByLabelText('End date'))
    await user.type(within(dialog).getByLabelText('End date'), '2026-12-18')
    await user.click(within(dialog).getByRole('button', { name: 'Save' }))

    expect(await screen.findByRole('region', { name: 'Sign-in sprint' })).toBeInTheDocument()
    expect(sent).toEqual({ name: 'Sign-in sprint', endDate: at('2026-12-18', '17:00') })
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
  }, 20_000)

  it('keeps the edit dialog open, with what was typed, and shows the server’s refusal in words at the field it names', async () => {
    stubFetch({
      'GET /api/v1/boards': () => json(200, [board]),
      'GET /api/v1/boards/3/backlog': () => json(200, view),
      'PATCH /api/v1/sprints/11': endDateRefused,
    })
    const user = renderPage()

    await user.click(await screen.findByRole('button', { name: 'Edit sprint' }))
    const dialog = screen.getByRole('dialog', { name: 'Edit Sprint 1' })
    await user.type(within(dialog).getByLabelText('Start date'), '2026-12-10')
    await user.type(within(dialog).getByLabelText('End date'), '2026-12-11')
    await user.click(within(dialog).getByRole('button', { name: 'Save' }))

    await waitFor(() => expect(within(dialog).getByLabelText('End date')).toHaveAccessibleDescription('A sprint must end after it starts.'))
    expect(within(dialog).getByLabelText('End date')).toHaveValue('2026-12-11')
    expect(dialog).not.toHaveTextContent('endDate')
  }, 20_000)

  it('refuses an end date before the start date in the edit dialog before sending anything', async () => {
    const fetch = stubFetch({ 'GET /api/v1/boards': () => json(200, [board]), 'GET /api/v1/boards/3/backlog': () => json(200, view) })
    const user = renderPage()

    await user.click(await screen.findByRole('button', { name: 'Edit sprint' }))
    const dialog = screen.getByRole('dialog', { name: 'Edit Sprint 1' })
    await user.type(within(dialog).getByLabelText('Start date'), '2026-12-10')
    await user.type(within(dialog).getByLabelText('End date'), '2026-12-01')
    await user.click(within(dialog).getByRole('button', { name: 'Save' }))

    expect(within(dialog).getByLabelText('End date')).toHaveAccessibleDescription(/^The sprint must end on or after its start/)
    expect(fetch.mock.calls.some(([, init]) => init?.method === 'PATCH')).toBe(false)
  }, 20_000)

  it('deletes a future sprint once confirmed in the app’s dialog, saying its issues go back to the backlog', async () => {
    const deleted: number[] = []
    stubFetch({
      'GET /api/v1/boards': () => json(200, [board]),
      'GET /api/v1/boards/3/backlog': () => json(200, deleted.length ? { ...view, sprints: [] } : view),
      'DELETE /api/v1/sprints/11': () => {
        deleted.push(11)
        return json(204, null)
      },
    })
    const user = renderPage()

    await user.click(await screen.findByRole('button', { name: 'Delete sprint' }))
    const question = screen.getByRole('dialog', { name: 'Delete Sprint 1?' })
    expect(question).toHaveTextContent('Its 1 issue goes back to the backlog; no issue is deleted.')
    await user.click(within(question).getByRole('button', { name: 'Cancel' }))
    expect(deleted).toEqual([])

    await user.click(screen.getByRole('button', { name: 'Delete sprint' }))
    await user.click(within(screen.getByRole('dialog', { name: 'Delete Sprint 1?' })).getByRole('button', { name: 'Delete' }))

    await waitFor(() => expect(screen.queryByRole('region', { name: 'Sprint 1' })).not.toBeInTheDocument())
    expect(deleted).toEqual([11])
  }, 20_000)

  it('offers no delete for the active sprint, which is completed instead', async () => {
    const active = { ...view, sprints: [{ ...view.sprints[0], sprint: { ...sprint, state: 'active' as const } }] }
    stubFetch({ 'GET /api/v1/boards': () => json(200, [board]), 'GET /api/v1/boards/3/backlog': () => json(200, active) })
    renderPage()

    const header = await screen.findByRole('region', { name: 'Sprint 1' })
    expect(within(header).getByRole('button', { name: 'Complete sprint' })).toBeInTheDocument()
    expect(within(header).getByRole('button', { name: 'Edit sprint' })).toBeInTheDocument()
    expect(within(header).queryByRole('button', { name: 'Delete sprint' })).not.toBeInTheDocument()
  })

  it('starts a sprint on the dates planned for it, with its goal, sending them as they were planned', async () => {
    // WEB-4 is a sub-task of WEB-1: in the sprint with its parent, and counted with it, as its header counts.
    const planned = { ...sprint, goal: 'Sign-in', startDate: at('2026-12-01', '08:30'), endDate: at('2026-12-14', '17:00'), issueKeys: ['WEB-1', 'WEB-4'] }
    let started: unknown
    stubFetch({
      'GET /api/v1/boards': () => json(200, [board]),
      'GET /api/v1/boards/3/backlog': () => json(200, { ...view, sprints: [{ ...view.sprints[0], sprint: planned }] }),
      'POST /api/v1/sprints/11/start': (init) => {
        started = JSON.parse(String(init?.body))
        return json(200, { ...planned, state: 'active' })
      },
    })
    const user = renderPage()

    await user.click(await screen.findByRole('button', { name: 'Start sprint' }))
    const dialog = screen.getByRole('dialog', { name: 'Start Sprint 1' })
    expect(within(dialog).getByText('1 issue will be in this sprint.')).toBeInTheDocument()
    expect(within(dialog).getByLabelText('Sprint goal')).toHaveValue('Sign-in')
    expect(within(dialog).getByLabelText('Start date')).toHaveValue('2026-12-01')
    expect(within(dialog).getByLabelText('End date')).toHaveValue('2026-12-14')
    await user.clear(within(dialog).getByLabelText('End date'))
    await user.type(within(dialog).getByLabelText('End date'), '2026-12-18')
    await user.click(within(dialog).getByRole('button', { name: 'Start sprint' }))

    await waitFor(() => expect(started).toEqual({ goal: 'Sign-in', startDate: planned.startDate, endDate: at('2026-12-18', '17:00') }))
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
  }, 20_000)

  it('proposes today and two weeks on for a sprint without dates, and refuses an end before the start inline', async () => {
    const fetch = stubFetch({ 'GET /api/v1/boards': () => json(200, [board]), 'GET /api/v1/boards/3/backlog': () => json(200, view) })
    const user = renderPage()

    await user.click(await screen.findByRole('button', { name: 'Start sprint' }))
    const dialog = screen.getByRole('dialog', { name: 'Start Sprint 1' })
    const today = localDay(Date.now())
    expect(within(dialog).getByLabelText('Start date')).toHaveValue(today)
    expect(within(dialog).getByLabelText('End date')).toHaveValue(addDays(today, 14))
    expect(within(dialog).getByLabelText('Duration')).toHaveValue('14')
    await user.selectOptions(within(dialog).getByLabelText('Duration'), 'custom')
    await user.clear(within(dialog).getByLabelText('Start date'))
    await user.type(within(dialog).getByLabelText('Start date'), '2099-01-10')
    await user.click(within(dialog).getByRole('button', { name: 'Start sprint' }))

    expect(within(dialog).getByLabelText('End date')).toHaveAccessibleDescription(/^The sprint must end on or after its start/)
    expect(fetch.mock.calls.some(([, init]) => init?.method === 'POST')).toBe(false)
  }, 20_000)

  it('keeps the start dialog open, with the goal typed, and shows the server’s refusal at its field', async () => {
    stubFetch({
      'GET /api/v1/boards': () => json(200, [board]),
      'GET /api/v1/boards/3/backlog': () => json(200, view),
      'POST /api/v1/sprints/11/start': endDateRefused,
    })
    const user = renderPage()

    await user.click(await screen.findByRole('button', { name: 'Start sprint' }))
    await user.type(screen.getByLabelText('Sprint goal'), 'Sign-in works')
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Start sprint' }))

    await waitFor(() => expect(screen.getByLabelText('End date')).toHaveAccessibleDescription('A sprint must end after it starts.'))
    expect(screen.getByLabelText('Sprint goal')).toHaveValue('Sign-in works')
  }, 20_000)

  it('tells whoever edits a sprint someone else deleted that it is gone, keeping what they typed until they close the dialog', async () => {
    let deleted = false
    stubFetch({
      'GET /api/v1/boards': () => json(200, [board]),
      'GET /api/v1/boards/3/backlog': () => json(200, deleted ? { ...view, sprints: [] } : view),
      'PATCH /api/v1/sprints/11': () => {
        deleted = true
        return json(404, { status: 404, title: 'Not Found', detail: 'Sprint 11 not found' }, 'application/problem+json')
      },
    })
    const user = renderPage()

    await user.click(await screen.findByRole('button', { name: 'Edit sprint' }))
    const dialog = screen.getByRole('dialog', { name: 'Edit Sprint 1' })
    await user.type(within(dialog).getByLabelText('Sprint goal'), 'Ship sign-in')
    await user.click(within(dialog).getByRole('button', { name: 'Save' }))

    await waitFor(() => expect(screen.queryByRole('region', { name: 'Sprint 1' })).not.toBeInTheDocument())
    expect(within(dialog).getByRole('alert')).toHaveTextContent('Sprint 1 no longer exists: someone deleted it. Nothing was saved; what you typed is still here to copy.')
    expect(within(dialog).getByLabelText('Sprint goal')).toHaveValue('Ship sign-in')
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }))
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
  }, 20_000)

  it('says why a sprint cannot start while another is active, and opens nothing when asked to', async () => {
    const active = { ...sprint, id: 10, name: 'Sprint 3', state: 'active' as const, issueKeys: [] }
    stubFetch({
      'GET /api/v1/boards': () => json(200, [board]),
      'GET /api/v1/boards/3/backlog': () => json(200, { ...view, sprints: [{ sprint: active, issues: [], points: 0 }, ...view.sprints] }),
    })
    const user = renderPage()

    const start = within(await screen.findByRole('region', { name: 'Sprint 1' })).getByRole('button', { name: 'Start sprint' })
    expect(start).toHaveAttribute('aria-disabled', 'true')
    expect(start).toHaveAccessibleDescription('Complete Sprint 3 first: a board has one active sprint at a time.')
    expect(start).toHaveAttribute('title', 'Complete Sprint 3 first: a board has one active sprint at a time.')
    await user.click(start)
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
  })

  it('renames the sprint as it starts it, limits its goal to 1,000 characters, and heads the page with the project’s name', async () => {
    let started: unknown
    stubFetch({
      'GET /api/v1/boards': () => json(200, [board]),
      'GET /api/v1/projects/WEB/scheme': () => json(200, adminScheme),
      'GET /api/v1/boards/3/backlog': () => json(200, view),
      'POST /api/v1/sprints/11/start': (init) => {
        started = JSON.parse(String(init?.body))
        return json(200, { ...sprint, state: 'active' })
      },
    })
    const user = renderPage()

    expect(await screen.findByRole('heading', { level: 1, name: 'Web app Backlog' })).toBeInTheDocument()
    await user.click(await screen.findByRole('button', { name: 'Start sprint' }))
    const dialog = screen.getByRole('dialog', { name: 'Start Sprint 1' })
    expect(within(dialog).getByLabelText('Sprint goal')).toHaveAttribute('maxLength', '1000')
    await user.clear(within(dialog).getByLabelText('Sprint name'))
    await user.type(within(dialog).getByLabelText('Sprint name'), 'Sprint Alpha')
    await user.click(within(dialog).getByRole('button', { name: 'Start sprint' }))

    await waitFor(() => expect(started).toMatchObject({ name: 'Sprint Alpha', goal: '' }))
  }, 20_000)

  it('shows a sprint’s dates in its header, and the days left of the active one', async () => {
    const dated = { ...sprint, startDate: at('2026-12-01', '09:00'), endDate: at('2026-12-14', '17:00') }
    stubFetch({ 'GET /api/v1/boards': () => json(200, [board]), 'GET /api/v1/boards/3/backlog': () => json(200, { ...view, sprints: [{ ...view.sprints[0], sprint: dated }] }) })
    renderPage()

    const header = await screen.findByRole('region', { name: 'Sprint 1' })
    const day = (iso: string) => new Date(iso).toLocaleDateString(undefined, { day: 'numeric', month: 'short' })
    expect(within(header).getByText(new RegExp(`${day(dated.startDate)}.* – ${day(dated.endDate)}`))).toBeInTheDocument()
  })

  it('renders only the rows in view of a 3,000-issue backlog, and walks sprint then backlog with j and k', async () => {
    // jsdom lays nothing out: the sizes a browser would give the scrolling window and each row.
    vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(600)
    vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(800)
    vi.spyOn(HTMLElement.prototype, 'offsetHeight', 'get').mockReturnValue(37)
    Element.prototype.scrollIntoView = vi.fn()
    const long = Array.from({ length: 3000 }, (_, i) => card(`WEB-${100 + i}`, 1))
    stubFetch({ 'GET /api/v1/boards': () => json(200, [board]), 'GET /api/v1/boards/3/backlog': () => json(200, { ...view, backlog: long }) })
    const user = renderPage()

    const backlog = await screen.findByRole('region', { name: 'Backlog' })
    await within(backlog).findByText('WEB-100')
    const drawn = backlog.querySelectorAll('li[data-key]').length
    expect(drawn).toBeGreaterThan(5)
    expect(drawn).toBeLessThan(60)
    expect(within(backlog).queryByText('WEB-3099')).not.toBeInTheDocument()
    expect(within(backlog).getByText('3,000 issues')).toBeInTheDocument()

    const row = (key: string) => document.querySelector(`li[data-key="${key}"]`)
    await user.keyboard('j')
    expect(row('WEB-1')).toHaveFocus()
    await user.keyboard('j'.repeat(40))
    expect(row('WEB-139')).toHaveFocus()
    expect(row('WEB-139')).toHaveClass('selected')
    await user.keyboard('k')
    expect(row('WEB-138')).toHaveFocus()

    await user.keyboard('{Enter}')
    expect(await screen.findByText('WEB-138 over /projects/WEB/backlog')).toBeInTheDocument()
  }, 20_000)

  it('opens an issue from its key as a panel over the backlog', async () => {
    stubFetch({ 'GET /api/v1/boards': () => json(200, [board]), 'GET /api/v1/boards/3/backlog': () => json(200, view) })
    const user = renderPage()

    const key = await screen.findByRole('link', { name: 'WEB-2' })
    expect(key).toHaveAttribute('href', '/issues/WEB-2')
    await user.click(key)

    expect(await screen.findByText('WEB-2 over /projects/WEB/backlog')).toBeInTheDocument()
  })

  it('tells a project without a scrum board what one is for, and creates the first for an admin', async () => {
    let boards: BoardConfig[] = []
    stubFetch({
      'GET /api/v1/boards': () => json(200, boards),
      'GET /api/v1/projects/WEB/scheme': () => json(200, adminScheme),
      'POST /api/v1/boards': () => {
        boards = [board]
        return json(201, board)
      },
      'GET /api/v1/boards/3/backlog': () => json(200, view),
    })
    const user = renderPage()

    const empty = await screen.findByRole('region', { name: 'No board' })
    expect(within(empty).getByRole('heading', { name: 'WEB has no scrum board yet' })).toBeInTheDocument()
    expect(empty).toHaveTextContent('A scrum board plans work in sprints')
    await user.click(await within(empty).findByRole('button', { name: 'Create a scrum board' }))

    expect(await screen.findByRole('region', { name: 'Sprint 1' })).toBeInTheDocument()
    expect(screen.queryByRole('region', { name: 'No board' })).not.toBeInTheDocument()
  })
})
