import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { Route, Routes } from 'react-router'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { Scheme } from '../api/projects'
import { issuePanelReads, issueSummary, json, renderWithProviders, stubFetch } from '../test-utils'
import { AppRoutes } from '../app/app-routes'
import { preloadIssuePanel } from '../issue-view/issue-panel-loader'
import { IssueListPage } from './issue-list-page'

const scheme: Scheme = {
  project: { id: 1, key: 'WEB', name: 'Web', callerRole: 'member' },
  workflow: {
    statuses: [
      { id: 1, name: 'To Do', category: 'new', position: 0 },
      { id: 2, name: 'Done', category: 'done', position: 1 },
    ],
    transitions: [],
  },
  types: [{ id: 1, name: 'Bug', level: 0 }],
  priorities: [
    { id: 1, name: 'High', position: 0, isDefault: false },
    { id: 2, name: 'Low', position: 1, isDefault: true },
  ],
  resolutions: [],
  components: [],
  versions: [],
}
const ada = { id: 1, email: 'ada@example.com', displayName: 'Ada' }
const issues = ['WEB-1', 'WEB-2', 'WEB-3', 'WEB-4'].map((key) => issueSummary(key, 'To Do', '2026-01-01T00:00:00Z'))

beforeEach(() => {
  document.cookie = 'XSRF-TOKEN=token'
})
afterEach(() => {
  vi.unstubAllGlobals()
  vi.restoreAllMocks()
})

function renderList(route = '/projects/WEB/issues') {
  renderWithProviders(
    <Routes>
      <Route path="/projects/:projectKey/issues" element={<IssueListPage />} />
    </Routes>,
    { route },
  )
  return userEvent.setup()
}

function stub(bulk: (body: { keys: string[] }) => Response = (body) => json(200, body), more: Parameters<typeof stubFetch>[0] = {}) {
  const searches: string[] = []
  const fetchMock = stubFetch({
    'GET /api/v1/search': (_, url) => {
      searches.push(url.searchParams.get('jql') ?? '')
      return json(200, { startAt: 0, maxResults: 50, total: issues.length, issues })
    },
    'GET /api/v1/projects/WEB/scheme': () => json(200, scheme),
    'GET /api/v1/projects/WEB/members': () => json(200, [{ user: ada, role: 'member' }]),
    'POST /api/v1/issues/bulk': (init) => bulk(JSON.parse(String(init?.body))),
    ...more,
  })
  return { searches, fetchMock }
}

describe('IssueListPage', { timeout: 20_000 }, () => {
  it('stays under an open issue panel as it is sorted there, and is still sorted once the panel closes', async () => {
    const { searches } = stub(undefined, {
      'GET /api/v1/session': () => json(200, { user: { ...ada, siteAdmin: false }, csrfToken: 'x' }),
      'GET /api/v1/projects': () => json(200, []),
      ...issuePanelReads(issues[0]),
    })
    await preloadIssuePanel()
    renderWithProviders(<AppRoutes />, { route: '/projects/WEB/issues' })
    const user = userEvent.setup()
    await user.click(await screen.findByRole('link', { name: /WEB-1/ }))
    const panel = await screen.findByRole('complementary', { name: 'Issue WEB-1' })

    await user.click(screen.getByRole('button', { name: /Priority/ }))

    await waitFor(() => expect(searches.at(-1)).toBe('project = "WEB" ORDER BY priority DESC, created DESC'))
    expect(panel).toBeInTheDocument()
    await user.keyboard('{Escape}')
    await waitFor(() => expect(panel).not.toBeInTheDocument())
    expect(screen.getByRole('columnheader', { name: /Priority/ })).toHaveAttribute('aria-sort', 'descending')
    expect(searches.at(-1)).toBe('project = "WEB" ORDER BY priority DESC, created DESC')
  })

  it('draws the panel of a row pointed at ahead, hidden, and shows that panel when the row is opened', async () => {
    stub(undefined, {
      'GET /api/v1/session': () => json(200, { user: { ...ada, siteAdmin: false }, csrfToken: 'x' }),
      'GET /api/v1/projects': () => json(200, []),
      ...issuePanelReads(issues[1]),
    })
    renderWithProviders(<AppRoutes />, { route: '/projects/WEB/issues' })
    const user = userEvent.setup()
    const row = await screen.findByRole('link', { name: /WEB-2/ })

    await user.hover(row)

    await waitFor(() => expect(document.querySelector('aside.panel-ahead')).toHaveAttribute('aria-label', 'Issue WEB-2'))
    const ahead = document.querySelector('aside.panel-ahead')
    expect(screen.queryByRole('complementary')).not.toBeInTheDocument()
    await user.click(row)
    expect(await screen.findByRole('complementary', { name: 'Issue WEB-2' })).toBe(ahead)
  })

  it('sorts by a column header click and filters by priority through the JQL it runs', async () => {
    const { searches } = stub()
    const user = renderList()
    await screen.findByText('Summary of WEB-1')

    await user.click(screen.getByRole('button', { name: /Priority/ }))
    await waitFor(() => expect(searches.at(-1)).toBe('project = "WEB" ORDER BY priority DESC, created DESC'))
    await user.click(screen.getByRole('button', { name: /Priority/ }))
    await waitFor(() => expect(searches.at(-1)).toContain('ORDER BY priority ASC'))
    await user.selectOptions(screen.getByRole('combobox', { name: 'Priority' }), 'High')
    await waitFor(() => expect(searches.at(-1)).toBe('project = "WEB" AND priority = "High" ORDER BY priority ASC, created DESC'))
  })

  it('selects a range with shift-click and changes the status of all selected, listing the ones refused', async () => {
    const bulk = vi.fn((body: { keys: string[] }) =>
      json(200, {
        updated: 2,
        unchanged: 0,
        failed: 1,
        results: body.keys.map((key) =>
          key === 'WEB-3'
            ? { key, outcome: 'failed', version: null, problem: { status: 409, detail: 'WEB-3 cannot move from To Do to Done' } }
            : { key, outcome: 'updated', version: 2, problem: null },
        ),
      }),
    )
    stub(bulk)
    const user = renderList()
    await screen.findByText('Summary of WEB-1')

    await user.click(screen.getByRole('checkbox', { name: 'Select WEB-1' }))
    await user.keyboard('{Shift>}')
    await user.click(screen.getByRole('checkbox', { name: 'Select WEB-3' }))
    await user.keyboard('{/Shift}')
    const bar = screen.getByRole('region', { name: 'Change selected issues' })
    expect(within(bar).getByText('3 selected')).toBeInTheDocument()

    await user.selectOptions(within(bar).getByRole('combobox', { name: 'Set status' }), 'Done')
    // Nothing changes until the change is confirmed.
    expect(within(bar).getByRole('group', { name: 'Confirm the change' })).toHaveTextContent('Move 3 issues to Done?')
    expect(bulk).not.toHaveBeenCalled()
    await user.click(within(bar).getByRole('button', { name: 'Apply to 3 issues' }))

    await waitFor(() => expect(bulk).toHaveBeenCalledWith({ keys: ['WEB-1', 'WEB-2', 'WEB-3'], set: { status: 'Done' } }))
    expect(await screen.findByRole('alert', { name: 'Not changed' })).toHaveTextContent('WEB-3: WEB-3 cannot move from To Do to Done')
    expect(screen.getByRole('checkbox', { name: 'Select WEB-3' })).toBeChecked()
    expect(screen.getByRole('checkbox', { name: 'Select WEB-1' })).not.toBeChecked()
    expect(screen.getByText('1 selected')).toBeInTheDocument()
  })

  it('selects all rows and unassigns them, which clears the selection, then adds a label to one', async () => {
    const bulk = vi.fn((body: { keys: string[] }) =>
      json(200, { updated: body.keys.length, unchanged: 0, failed: 0, results: body.keys.map((key) => ({ key, outcome: 'updated', version: 2, problem: null })) }),
    )
    stub(bulk)
    const user = renderList()
    await screen.findByText('Summary of WEB-1')

    await user.click(screen.getByRole('checkbox', { name: 'Select all' }))
    await user.selectOptions(screen.getByRole('combobox', { name: 'Set assignee' }), 'Unassigned')
    await user.click(screen.getByRole('button', { name: 'Apply to 4 issues' }))
    await waitFor(() => expect(bulk).toHaveBeenCalledWith({ keys: ['WEB-1', 'WEB-2', 'WEB-3', 'WEB-4'], set: { assignee: null } }))

    await waitFor(() => expect(screen.queryByRole('region', { name: 'Change selected issues' })).toBeNull())
    await user.click(screen.getByRole('checkbox', { name: 'Select WEB-2' }))
    await user.type(screen.getByRole('textbox', { name: 'Label' }), 'urgent')
    await user.click(screen.getByRole('button', { name: 'Add label' }))
    expect(screen.getByRole('group', { name: 'Confirm the change' })).toHaveTextContent('Add the label “urgent” to 1 issue?')
    await user.keyboard('{Enter}')
    await waitFor(() => expect(bulk).toHaveBeenLastCalledWith({ keys: ['WEB-2'], addLabels: ['urgent'] }))
  })

  it('keeps a row picked while a change is on its way selected, and only the changed rows leave the selection', async () => {
    let answer: () => void = () => {}
    stub(
      (body) =>
        new Promise<Response>((resolve) => {
          answer = () =>
            resolve(json(200, { updated: body.keys.length, unchanged: 0, failed: 0, results: body.keys.map((key) => ({ key, outcome: 'updated', version: 2, problem: null })) }))
        }) as unknown as Response,
    )
    const user = renderList()
    await screen.findByText('Summary of WEB-1')
    await user.click(screen.getByRole('checkbox', { name: 'Select WEB-1' }))
    await user.click(screen.getByRole('checkbox', { name: 'Select WEB-2' }))
    await user.selectOptions(screen.getByRole('combobox', { name: 'Set priority' }), 'High')
    await user.click(screen.getByRole('button', { name: 'Apply to 2 issues' }))

    await user.click(screen.getByRole('checkbox', { name: 'Select WEB-4' }))
    answer()

    await waitFor(() => expect(screen.getByRole('checkbox', { name: 'Select WEB-1' })).not.toBeChecked())
    expect(screen.getByRole('checkbox', { name: 'Select WEB-2' })).not.toBeChecked()
    expect(screen.getByRole('checkbox', { name: 'Select WEB-4' })).toBeChecked()
    expect(screen.getByText('1 selected')).toBeInTheDocument()
  })

  it('selects the first 1,000 issues the list matches, beyond the page, and changes them 200 at a time until one batch is refused', async () => {
    const matching = Array.from({ length: 1234 }, (_, i) => `WEB-${i + 1}`)
    const keyPages: string[] = []
    const batches: string[][] = []
    stubFetch({
      'GET /api/v1/search': (_, url) => {
        if (url.searchParams.get('fields') !== 'key') return json(200, { startAt: 0, maxResults: 50, total: 1234, issues })
        const startAt = Number(url.searchParams.get('startAt'))
        const max = Number(url.searchParams.get('maxResults'))
        keyPages.push(`${startAt}+${max}`)
        return json(200, { startAt, maxResults: max, total: 1234, issues: matching.slice(startAt, startAt + max).map((key) => ({ key })) })
      },
      'GET /api/v1/projects/WEB/scheme': () => json(200, scheme),
      'GET /api/v1/projects/WEB/members': () => json(200, []),
      'POST /api/v1/issues/bulk': (init) => {
        const { keys } = JSON.parse(String(init?.body)) as { keys: string[] }
        batches.push(keys)
        if (batches.length === 3) return json(403, { status: 403, title: 'Forbidden', detail: 'You may not change WEB-401' })
        return json(200, { updated: keys.length, unchanged: 0, failed: 0, results: keys.map((key) => ({ key, outcome: 'updated', version: 2, problem: null })) })
      },
    })
    const user = renderList()
    await screen.findByText('Summary of WEB-1')

    await user.click(screen.getByRole('checkbox', { name: 'Select all' }))
    await user.click(screen.getByRole('button', { name: 'Select the first 1,000 matching issues' }))

    expect(await screen.findByText(/All 1,000 matching issues are selected \(the first 1,000 of 1,234\)/)).toBeInTheDocument()
    expect(keyPages).toEqual(['0+500', '500+500'])
    const bar = screen.getByRole('region', { name: 'Change selected issues' })
    expect(within(bar).getByText('1000 selected')).toBeInTheDocument()

    await user.selectOptions(within(bar).getByRole('combobox', { name: 'Set priority' }), 'High')
    await user.click(within(bar).getByRole('button', { name: 'Apply to 1,000 issues' }))

    expect(await screen.findByRole('alert')).toHaveTextContent('Changed 400 issues, then stopped: You may not change WEB-401')
    expect(batches.map((batch) => batch.length)).toEqual([200, 200, 200])
    expect(batches[1][0]).toBe('WEB-201')
    // The ones never reached stay selected.
    expect(await within(bar).findByText('600 selected')).toBeInTheDocument()
    expect(screen.getByText(/All 600 matching issues are selected/)).toBeInTheDocument()

    await user.click(screen.getByRole('button', { name: 'Clear selection' }))
    expect(screen.queryByRole('region', { name: 'Change selected issues' })).toBeNull()
  })

  it('moves the selected issues to another project in one dialog, asking once for the status it lacks and listing the refused sub-task', async () => {
    const project = (key: string, role: string) => ({ id: key.length, key, name: `Project ${key}`, description: null, lead: null, aiTrainingEnabled: false, role, createdAt: '', updatedAt: '', version: 1 })
    const plans: unknown[] = []
    const move = vi.fn((body: { keys: string[] }) =>
      json(200, {
        updated: 2,
        unchanged: 0,
        failed: 1,
        results: body.keys.map((key) =>
          key === 'WEB-3'
            ? { key, outcome: 'failed', version: null, problem: { status: 409, detail: 'WEB-3 is a sub-task: it moves with its parent WEB-9; move WEB-9 instead' } }
            : { key, outcome: 'updated', version: 2, problem: null },
        ),
      }),
    )
    stub(undefined, {
      'GET /api/v1/projects': () => json(200, [project('WEB', 'admin'), project('OPS', 'member'), project('DOC', 'viewer')]),
      'POST /api/v1/issues/move/plan': (init) => {
        plans.push(JSON.parse(String(init?.body)))
        return json(200, {
          project: 'OPS', moving: ['WEB-1', 'WEB-2'], along: [], refused: [{ key: 'WEB-3', detail: 'WEB-3 is a sub-task' }], subtasks: 1,
          types: [], statuses: [{ from: 'In Review', choices: ['Backlog', 'Doing', 'Done'] }],
          dropped: { components: 2, versions: 0, assignees: 1, epics: 0, epicIssues: 0 },
        })
      },
      'POST /api/v1/issues/move': (init) => move(JSON.parse(String(init?.body))),
    })
    const user = renderList()
    await screen.findByText('Summary of WEB-1')
    for (const key of ['WEB-1', 'WEB-2', 'WEB-3']) await user.click(screen.getByRole('checkbox', { name: `Select ${key}` }))

    await user.click(screen.getByRole('button', { name: 'Move to project…' }))
    const dialog = screen.getByRole('dialog', { name: 'Move 3 issues' })
    const targets = within(dialog).getByRole('combobox', { name: 'Project to move to' })
    await waitFor(() => expect(within(targets).getAllByRole('option').map((option) => option.textContent)).toEqual(['Choose a project…', 'OPS – Project OPS']))
    await user.selectOptions(targets, 'OPS')

    await user.selectOptions(await within(dialog).findByRole('combobox', { name: 'Status for issues in In Review' }), 'Doing')
    expect(within(dialog).getAllByRole('combobox')).toHaveLength(2)
    const changes = within(dialog).getByRole('list', { name: 'What the move changes' })
    expect(changes).toHaveTextContent('2 issues take the next keys of OPS')
    expect(changes).toHaveTextContent('1 sub-task moves with its parent')
    expect(changes).toHaveTextContent('1 selected sub-task is not moved without its parent: WEB-3.')
    expect(changes).toHaveTextContent('The components of 2 issues belong to WEB and are dropped.')
    expect(plans).toEqual([{ keys: ['WEB-1', 'WEB-2', 'WEB-3'], project: 'OPS' }])
    expect(move).not.toHaveBeenCalled()
    await user.click(within(dialog).getByRole('button', { name: 'Move' }))

    await waitFor(() => expect(move).toHaveBeenCalledWith({ keys: ['WEB-1', 'WEB-2', 'WEB-3'], project: 'OPS', statuses: { 'In Review': 'Doing' } }))
    expect(await screen.findByRole('alert', { name: 'Not changed' })).toHaveTextContent('WEB-3: WEB-3 is a sub-task: it moves with its parent WEB-9')
    expect(screen.queryByRole('dialog', { name: 'Move 3 issues' })).toBeNull()
    expect(screen.getByText('Moved 2 issues to OPS; 1 could not be moved')).toBeInTheDocument()
    expect(screen.getByRole('checkbox', { name: 'Select WEB-3' })).toBeChecked()
    expect(screen.getByRole('checkbox', { name: 'Select WEB-1' })).not.toBeChecked()
  })

  it('changes a row’s priority and assignee in place, before the server answers', async () => {
    let answer: () => void = () => {}
    const rows = issues.map((issue) => ({ ...issue }))
    const patches: unknown[] = []
    stubFetch({
      'GET /api/v1/search': () => json(200, { startAt: 0, maxResults: 50, total: rows.length, issues: rows }),
      'GET /api/v1/projects/WEB/scheme': () => json(200, scheme),
      'GET /api/v1/projects/WEB/members': () => json(200, [{ user: ada, role: 'member' }]),
      'PATCH /api/v1/issues/WEB-2': (init) => {
        const body = JSON.parse(String(init?.body))
        patches.push(body)
        const saved = { ...rows[1], ...(body.priority ? { priority: body.priority } : {}), ...('assignee' in body ? { assignee: body.assignee ? ada : null } : {}), version: rows[1].version + 1 }
        rows[1] = saved
        return new Promise<Response>((resolve) => (answer = () => resolve(json(200, { ...saved, id: 2, links: [] })))) as unknown as Response
      },
    })
    const user = renderList()
    const priority = await screen.findByRole('combobox', { name: 'Priority of WEB-2' })

    await user.selectOptions(priority, 'High')

    expect(priority).toHaveValue('High')
    await waitFor(() => expect(patches).toEqual([{ priority: 'High', version: 1 }]))
    answer()
    await user.selectOptions(screen.getByRole('combobox', { name: 'Assignee of WEB-2' }), 'ada@example.com')
    await waitFor(() => expect(patches).toEqual([{ priority: 'High', version: 1 }, { assignee: 'ada@example.com', version: 2 }]))
    const row = screen.getByRole('combobox', { name: 'Assignee of WEB-2' }).closest('tr')!
    expect(within(row).getByRole('combobox', { name: 'Assignee of WEB-2' })).toHaveValue('ada@example.com')
    answer()
    await waitFor(() => expect(screen.getByRole('combobox', { name: 'Priority of WEB-2' })).toHaveValue('High'))
  })

  it('puts a row’s status back and names the statuses allowed when the workflow refuses the move', async () => {
    stubFetch({
      'GET /api/v1/search': () => json(200, { startAt: 0, maxResults: 50, total: issues.length, issues }),
      'GET /api/v1/projects/WEB/scheme': () =>
        json(200, { ...scheme, workflow: { ...scheme.workflow, transitions: [{ id: 1, name: 'Finish', fromStatusId: null, toStatusId: 2 }] } }),
      'GET /api/v1/projects/WEB/members': () => json(200, []),
      'POST /api/v1/issues/WEB-3/transitions': () => json(409, { status: 409, title: 'Conflict', detail: 'not allowed', allowed: ['In Review'] }),
    })
    const user = renderList()
    const status = await screen.findByRole('combobox', { name: 'Status of WEB-3' })

    await user.selectOptions(status, 'Done')

    expect(await screen.findByRole('alert')).toHaveTextContent('WEB-3 cannot move from To Do to Done. It can move to: In Review.')
    expect(screen.getByRole('combobox', { name: 'Status of WEB-3' })).toHaveValue('To Do')
  })

  it('shows viewers the row’s fields without menus to change them or boxes to select rows for a bulk change', async () => {
    stubFetch({
      'GET /api/v1/search': () => json(200, { startAt: 0, maxResults: 50, total: issues.length, issues }),
      'GET /api/v1/projects/WEB/scheme': () => json(200, { ...scheme, project: { ...scheme.project, callerRole: 'viewer' } }),
      'GET /api/v1/projects/WEB/members': () => json(200, []),
    })
    renderList()
    await screen.findByText('Summary of WEB-1')
    // The scheme is here (its statuses fill the filter), so the rows were drawn knowing the caller is a viewer.
    await screen.findByRole('option', { name: 'Done' })

    expect(screen.queryByRole('combobox', { name: 'Status of WEB-1' })).toBeNull()
    expect(screen.getAllByText('Medium').length).toBe(issues.length)
    expect(screen.queryByRole('button', { name: 'Add label of WEB-1' })).toBeNull()
    expect(screen.queryByRole('checkbox')).toBeNull()
  })

  it('adds a label to a row and removes another in place, each saved with the row’s version', async () => {
    const rows = issues.map((issue, i) => ({ ...issue, labels: i === 0 ? ['ui'] : [] }))
    const patches: unknown[] = []
    stubFetch({
      'GET /api/v1/search': () => json(200, { startAt: 0, maxResults: 50, total: rows.length, issues: rows }),
      'GET /api/v1/projects/WEB/scheme': () => json(200, scheme),
      'GET /api/v1/projects/WEB/members': () => json(200, []),
      'PATCH /api/v1/issues/WEB-1': (init) => {
        const body = JSON.parse(String(init?.body))
        patches.push(body)
        rows[0] = { ...rows[0], labels: body.labels, version: rows[0].version + 1 }
        return json(200, { ...rows[0], id: 1, links: [] })
      },
    })
    const user = renderList()
    await user.click(await screen.findByRole('button', { name: 'Add label of WEB-1' }))
    await user.keyboard('needs-review{Enter}')

    const row = screen.getByText('Summary of WEB-1').closest('tr')!
    expect(within(row).getByText('needs-review')).toBeInTheDocument()
    await waitFor(() => expect(patches).toEqual([{ labels: ['ui', 'needs-review'], version: 1 }]))
    await user.click(within(row).getByRole('button', { name: 'Remove label of WEB-1 ui' }))
    await waitFor(() => expect(patches).toEqual([{ labels: ['ui', 'needs-review'], version: 1 }, { labels: ['needs-review'], version: 2 }]))
    expect(within(row).queryByText('ui')).toBeNull()
  })
})
