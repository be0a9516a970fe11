import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useLocation } from 'react-router'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { BoardLanes } from '../api/board-lanes'
import type { Scheme } from '../api/projects'
import { AppRoutes } from '../app/app-routes'
import { preloadIssuePanel } from '../issue-view/issue-panel-loader'
import { issuePanelReads, issueSummary, json, renderWithProviders, stubFetch } from '../test-utils'

const ada = { id: 1, email: 'ada@example.com', displayName: 'Ada' }
const scheme: Scheme = {
  project: { id: 1, key: 'WEB', name: 'Web app', callerRole: 'member' },
  workflow: {
    statuses: [
      { id: 1, name: 'To Do', category: 'new', position: 0, wipMin: null, wipMax: 2 },
      { id: 2, name: 'Done', category: 'done', position: 1, wipMin: 1, wipMax: null },
    ],
    transitions: [],
  },
  types: [{ id: 3, name: 'Task', level: 0 }],
  priorities: [],
  resolutions: [],
  components: [],
  versions: [],
}
const cell = (status: string, keys: string[], total = keys.length) => ({
  status,
  statusCategory: 'new' as const,
  total,
  unfiltered: total,
  items: keys.map((key) => issueSummary(key, status, '2026-01-01T00:00:00Z')),
})
const lanes: BoardLanes = {
  by: 'assignee',
  columns: [
    { ...cell('To Do', [], 3), unfiltered: 3 },
    { ...cell('Done', [], 0), unfiltered: 0 },
  ],
  lanes: [
    { id: 'ann@example.com', name: 'Ann', total: 3, cells: [cell('To Do', ['WEB-1'], 2), cell('Done', ['WEB-2'])] },
    { id: 'none', name: 'Unassigned', total: 1, cells: [cell('To Do', ['WEB-3']), cell('Done', [])] },
  ],
}

/** The address bar. */
function ShownUrl() {
  const { pathname, search } = useLocation()
  return <output aria-label="URL">{pathname + search}</output>
}

afterEach(() => {
  vi.unstubAllGlobals()
  vi.restoreAllMocks()
  localStorage.clear()
})

function renderBoard(route: string, role: Scheme['project']['callerRole'] = 'member') {
  let shown: Scheme = { ...scheme, project: { ...scheme.project, callerRole: role } }
  const fetch = stubFetch({
    'GET /api/v1/session': () => json(200, { user: { ...ada, siteAdmin: false }, csrfToken: 'x' }),
    'GET /api/v1/projects': () => json(200, []),
    'GET /api/v1/projects/WEB/scheme': () => json(200, shown),
    'PUT /api/v1/projects/WEB/statuses/To%20Do/wip': (init) => {
      const limits = JSON.parse(String(init?.body)) as { min: number | null; max: number | null }
      const statuses = shown.workflow.statuses.map((s) => (s.name === 'To Do' ? { ...s, wipMin: limits.min, wipMax: limits.max } : s))
      shown = { ...shown, workflow: { ...shown.workflow, statuses } }
      return json(200, shown)
    },
    'GET /api/v1/projects/WEB/members': () => json(200, []),
    'GET /api/v1/issues/lanes': () => json(200, lanes),
    ...issuePanelReads(issueSummary('WEB-1', 'To Do', '2026-01-01T00:00:00Z')),
    'GET /api/v1/search': () => json(200, { total: 0, items: [] }),
    'GET /api/v1/issues/columns': (_, url) =>
      json(200, [
        { ...cell('To Do', ['WEB-1'], url.searchParams.get('assignee') ? 1 : 3), unfiltered: 3 },
        { ...cell('Done', [], 0), unfiltered: 0 },
      ]),
  })
  renderWithProviders(
    <>
      <AppRoutes />
      <ShownUrl />
    </>,
    { route },
  )
  const asked = (path: string, method = 'GET') => fetch.mock.calls.filter(([, init]) => (init?.method ?? 'GET') === method).map(([input]) => new URL(String(input), 'http://localhost')).filter((url) => url.pathname === path)
  return { user: userEvent.setup(), asked }
}

const card = (key: string) => screen.getByRole('link', { name: new RegExp(`^${key} `) })

describe('the board in swimlanes', { timeout: 15_000 }, () => {
  it('draws the lanes of one request under the columns’ WIP counts, walks them lane by lane, and asks a cell for more', async () => {
    const { user, asked } = renderBoard('/projects/WEB/board?lanes=assignee')

    const ann = await screen.findByRole('region', { name: 'Ann: To Do' })
    expect(within(ann).getByText('WEB-1')).toBeInTheDocument()
    expect(screen.getAllByRole('button', { name: /Ann|Unassigned/ }).map((lane) => lane.textContent)).toEqual(['▾ Ann', '▾ Unassigned'])
    expect(asked('/api/v1/issues/columns')).toEqual([])
    expect(asked('/api/v1/issues/lanes')[0].searchParams.get('by')).toBe('assignee')
    const todo = screen.getByRole('columnheader', { name: 'To Do' })
    expect(todo).toHaveTextContent('3 (max 2)')
    expect(todo).toHaveClass('wip-over')
    expect(screen.getByRole('columnheader', { name: 'Done' })).toHaveClass('wip-under')
    expect(ann).toHaveClass('wip-over')
    expect(screen.getByRole('region', { name: 'Unassigned: Done' })).toHaveClass('wip-under')

    await user.keyboard('jj')
    expect(card('WEB-2')).toHaveFocus()
    await user.keyboard('j')
    expect(card('WEB-3')).toHaveFocus()

    await user.click(within(ann).getByRole('button', { name: 'Show more (1)' }))
    await waitFor(() => expect(asked('/api/v1/issues/lanes').at(-1)?.searchParams.getAll('cellSize')).toEqual(['ann@example.com/To Do:120']))
  })

  it('folds a lane away, and remembers the grouping for the project in the URL and the browser', async () => {
    const { user, asked } = renderBoard('/projects/WEB/board')
    await screen.findByRole('region', { name: 'To Do' })

    await user.selectOptions(screen.getByRole('combobox', { name: 'Group by' }), 'epic')
    await screen.findByRole('region', { name: 'Ann: To Do' })
    expect(asked('/api/v1/issues/lanes').at(-1)?.searchParams.get('by')).toBe('epic')
    expect(localStorage.getItem('meridian.board.lanes.WEB')).toBe('epic')

    await user.click(screen.getByRole('button', { name: 'Ann' }))
    expect(screen.getByRole('button', { name: 'Ann' })).toHaveAttribute('aria-expanded', 'false')
    expect(screen.queryByRole('region', { name: 'Ann: To Do' })).not.toBeInTheDocument()
    expect(screen.getByRole('region', { name: 'Unassigned: To Do' })).toBeInTheDocument()

    await user.selectOptions(screen.getByRole('combobox', { name: 'Group by' }), 'none')
    expect(await screen.findByRole('region', { name: 'To Do' })).toBeInTheDocument()
    expect(localStorage.getItem('meridian.board.lanes.WEB')).toBe('none')
  })

  it('stays under an open issue panel when grouped there, and is still grouped once the panel closes', async () => {
    const { user, asked } = renderBoard('/projects/WEB/board')
    await preloadIssuePanel()
    await user.click(await within(await screen.findByRole('region', { name: 'To Do' })).findByRole('link', { name: /^WEB-1 / }))
    const panel = await screen.findByRole('complementary', { name: 'Issue WEB-1' })
    await within(panel).findByText('Full text')

    await user.selectOptions(screen.getByRole('combobox', { name: 'Group by' }), 'assignee')

    expect(await screen.findByRole('region', { name: 'Ann: To Do' })).toBeInTheDocument()
    expect(asked('/api/v1/issues/lanes').at(-1)?.searchParams.get('by')).toBe('assignee')
    expect(panel).toBeInTheDocument()
    expect(screen.getByRole('status', { name: 'URL' })).toHaveTextContent('/issues/WEB-1')
    expect(localStorage.getItem('meridian.board.lanes.WEB')).toBe('assignee')

    await user.keyboard('{Escape}')
    await waitFor(() => expect(panel).not.toBeInTheDocument())
    expect(screen.getByRole('status', { name: 'URL' })).toHaveTextContent('/projects/WEB/board?lanes=assignee')
    expect(screen.getByRole('region', { name: 'Ann: To Do' })).toBeInTheDocument()
  })

  it('narrows the lanes with the quick filters', async () => {
    const { user, asked } = renderBoard('/projects/WEB/board?lanes=assignee')
    await screen.findByRole('region', { name: 'Ann: To Do' })

    await user.click(screen.getByRole('button', { name: 'Only my issues' }))

    await waitFor(() => expect(asked('/api/v1/issues/lanes').at(-1)?.searchParams.get('assignee')).toBe('me'))
  })
})

describe('the board’s WIP limits', { timeout: 15_000 }, () => {
  it('count the whole column, filters ignored, and say what the filtered count is of', async () => {
    const { user } = renderBoard('/projects/WEB/board')
    const todo = await screen.findByRole('region', { name: 'To Do' })
    expect(within(todo).getByText('3 (max 2)')).toBeInTheDocument()
    expect(todo).toHaveClass('wip-over')

    await user.click(screen.getByRole('button', { name: 'Only my issues' }))

    expect(await within(todo).findByText('1 of 3 (max 2)')).toBeInTheDocument()
    expect(todo).toHaveClass('wip-over')
    expect(within(todo).getByText('1 of 3 (max 2)')).toHaveAttribute('title', expect.stringContaining('quick filters are ignored'))
  })
})

describe('setting WIP limits from the column header', { timeout: 15_000 }, () => {
  it('lets a project admin change a column’s limits there, and the header counts against the new ones', async () => {
    document.cookie = 'XSRF-TOKEN=token'
    const { user, asked } = renderBoard('/projects/WEB/board', 'admin')
    const todo = await screen.findByRole('region', { name: 'To Do' })
    expect(todo).toHaveClass('wip-over')

    await user.click(within(todo).getByRole('button', { name: 'Set WIP limits of To Do' }))
    const form = await within(todo).findByRole('form', { name: 'WIP limits of To Do' })
    await user.clear(within(form).getByRole('textbox', { name: 'Maximum of To Do' }))
    await user.type(within(form).getByRole('textbox', { name: 'Maximum of To Do' }), '5')
    await user.click(within(form).getByRole('button', { name: 'Save limits' }))

    expect(await within(todo).findByText('3 (max 5)')).toBeInTheDocument()
    expect(todo).toHaveClass('wip-ok')
    expect(within(todo).queryByRole('form')).not.toBeInTheDocument()
    expect(asked('/api/v1/projects/WEB/statuses/To%20Do/wip', 'PUT')).toHaveLength(1)
  })

  it('offers members no way to change them', async () => {
    renderBoard('/projects/WEB/board')
    const todo = await screen.findByRole('region', { name: 'To Do' })
    expect(within(todo).queryByRole('button', { name: /WIP limits/ })).not.toBeInTheDocument()
  })

  it('calls itself the workflow board, apart from the scrum and kanban boards under Boards', async () => {
    renderBoard('/projects/WEB/board')
    await screen.findByRole('region', { name: 'To Do' })
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(/Workflow board$/)
  })
})
