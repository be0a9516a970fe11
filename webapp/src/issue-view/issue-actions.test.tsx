import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { Route, Routes, useLocation, useParams } from 'react-router'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { Issue } from '../api/issues'
import type { Role, Scheme } from '../api/projects'
import { CurrentUserContext } from '../app/current-user'
import { issueSummary, issueView, json, renderWithProviders, stubFetch } from '../test-utils'
import { IssuePanel } from './issue-panel'

const ada = { id: 1, email: 'ada@example.com', displayName: 'Ada Lovelace' }
const bob = { id: 2, email: 'bob@example.com', displayName: 'Bob Kahn' }

const scheme = (callerRole: Role): Scheme => ({
  project: { id: 1, key: 'WEB', name: 'Web app', callerRole },
  workflow: { statuses: [{ id: 1, name: 'To Do', category: 'new', position: 0 }], transitions: [] },
  types: [{ id: 3, name: 'Task', level: 0 }],
  priorities: [{ id: 3, name: 'Medium', position: 2, isDefault: true }],
  resolutions: [],
  components: [],
  versions: [],
})

const mine = (extra: Partial<Issue> = {}) =>
  issueView(issueSummary('WEB-1', 'To Do', '2026-01-01T00:00:00Z', { summary: 'Fix the login page', reporter: ada }), extra)

function reads(role: Role, issue: Issue, more: Record<string, (init: RequestInit | undefined, url: URL) => Response> = {}) {
  return stubFetch({
    'GET /api/v1/issues/WEB-1': () => json(200, issue),
    'GET /api/v1/issues/WEB-1/comments': () => json(200, []),
    'GET /api/v1/issues/WEB-1/watchers': () => json(200, []),
    'GET /api/v1/issues/WEB-1/worklogs': () => json(200, []),
    'GET /api/v1/issues/WEB-1/history': () => json(200, []),
    'GET /api/v1/projects/WEB/scheme': () => json(200, scheme(role)),
    'GET /api/v1/projects/WEB/members': () => json(200, [{ user: ada, role }]),
    ...more,
  })
}

function Panel() {
  const { key = '' } = useParams()
  return <IssuePanel key={key} issueKey={key} closeTo={{ pathname: '/projects/WEB/board' }} />
}

function Where() {
  return <output aria-label="Location">{useLocation().pathname}</output>
}

function renderPanel() {
  const user = userEvent.setup()
  renderWithProviders(
    <CurrentUserContext.Provider value={{ ...ada, siteAdmin: false }}>
      <Routes>
        <Route path="/projects/WEB/board" element={null} />
        <Route path="/issues/:key" element={<Panel />} />
      </Routes>
      <Where />
    </CurrentUserContext.Provider>,
    { route: '/issues/WEB-1' },
  )
  return user
}

async function openMenu(user: ReturnType<typeof userEvent.setup>) {
  await screen.findByRole('heading', { name: 'Fix the login page' })
  await user.click(screen.getByRole('button', { name: 'More actions' }))
  return screen.getByRole('menu', { name: 'More actions' })
}

const itemNames = (menu: HTMLElement) => within(menu).getAllByRole('menuitem').map((item) => item.textContent)
const location = () => screen.getByRole('status', { name: 'Location' })

beforeEach(() => {
  document.cookie = 'XSRF-TOKEN=token'
})
afterEach(() => vi.unstubAllGlobals())

describe('the issue panel’s More actions', { timeout: 20_000 }, () => {
  it('offers a viewer only copying, and copies the key and the link with a toast', async () => {
    reads('viewer', mine())
    const user = renderPanel()

    const menu = await openMenu(user)
    expect(itemNames(menu)).toEqual(['Copy link', 'Copy key'])
    await user.click(within(menu).getByRole('menuitem', { name: 'Copy key' }))
    expect(await navigator.clipboard.readText()).toBe('WEB-1')
    expect(await screen.findByText('Copied WEB-1.')).toBeInTheDocument()

    await user.click(within(await openMenu(user)).getByRole('menuitem', { name: 'Copy link' }))
    expect(await navigator.clipboard.readText()).toBe(`${window.location.origin}/issues/WEB-1`)
    expect(await screen.findByText('Copied the link to WEB-1.')).toBeInTheDocument()
  })

  it('opens from the keyboard at its first item, moves with the arrows and closes on Esc back to its button, the panel open', async () => {
    reads('member', mine())
    const user = renderPanel()
    await screen.findByRole('heading', { name: 'Fix the login page' })
    screen.getByRole('button', { name: 'More actions' }).focus()

    await user.keyboard('{ArrowDown}')
    expect(screen.getByRole('menuitem', { name: 'Copy link' })).toHaveFocus()
    await user.keyboard('{ArrowUp}')
    expect(screen.getByRole('menuitem', { name: 'Delete…' })).toHaveFocus()
    await user.keyboard('{Escape}')

    expect(screen.queryByRole('menu')).not.toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'More actions' })).toHaveFocus()
    expect(location()).toHaveTextContent('/issues/WEB-1')
  })

  it('clones with the summary as changed and its sub-tasks when ticked, then opens the clone', async () => {
    const sent: unknown[] = []
    const clone = issueView(issueSummary('WEB-7', 'To Do', '2026-01-02T00:00:00Z', { summary: 'Fix the signup page' }))
    reads('member', mine({ subtaskKeys: ['WEB-2'] }), {
      'POST /api/v1/issues/WEB-1/clone': (init) => {
        sent.push(JSON.parse(String(init?.body)))
        return json(201, clone)
      },
      'GET /api/v1/issues/WEB-7/comments': () => json(200, []),
      'GET /api/v1/issues/WEB-7/watchers': () => json(200, []),
      'GET /api/v1/issues/WEB-7/history': () => json(200, []),
    })
    const user = renderPanel()

    await user.click(within(await openMenu(user)).getByRole('menuitem', { name: 'Clone…' }))
    const dialog = screen.getByRole('dialog', { name: 'Clone WEB-1' })
    const summary = within(dialog).getByRole('textbox', { name: 'Summary' })
    expect(summary).toHaveValue('CLONE - Fix the login page')
    await user.clear(summary)
    await user.type(summary, 'Fix the signup page')
    await user.click(within(dialog).getByRole('checkbox', { name: 'Clone its 1 sub-task' }))
    await user.click(within(dialog).getByRole('button', { name: 'Clone' }))

    await waitFor(() => expect(location()).toHaveTextContent('/issues/WEB-7'))
    expect(sent).toEqual([{ summary: 'Fix the signup page', subtasks: true, links: false }])
    expect(await screen.findByText('Cloned WEB-1 as WEB-7.')).toBeInTheDocument()
    expect(screen.queryByRole('dialog', { name: 'Clone WEB-1' })).not.toBeInTheDocument()
  })

  it('says beside the summary why the server refused a clone', async () => {
    reads('member', mine(), {
      'POST /api/v1/issues/WEB-1/clone': () =>
        json(400, { status: 400, title: 'Bad Request', detail: 'summary: must be a single line', errors: [{ field: 'summary', message: 'must be a single line; put details in the description' }] }),
    })
    const user = renderPanel()

    await user.click(within(await openMenu(user)).getByRole('menuitem', { name: 'Clone…' }))
    await user.click(within(screen.getByRole('dialog', { name: 'Clone WEB-1' })).getByRole('button', { name: 'Clone' }))

    expect(await screen.findByText('must be a single line; put details in the description')).toBeInTheDocument()
    expect(location()).toHaveTextContent('/issues/WEB-1')
  })

  it('deletes the issue I reported once I confirm, naming what goes with it, then closes the panel', async () => {
    let deleted = false
    const subtaskSearches: boolean[] = []
    reads('member', mine({ subtaskKeys: ['WEB-2'], attachments: [{ id: 1, issueKey: 'WEB-1', fileName: 'trace.txt', mediaType: 'text/plain', size: 10, author: ada, createdAt: '2026-01-01T00:00:00Z' }], timeTracking: { originalEstimateSeconds: null, remainingEstimateSeconds: null, timeSpentSeconds: 4 * 3600 } }), {
      'GET /api/v1/issues/WEB-1/comments': () => json(200, [1, 2].map((id) => ({ id, issueKey: 'WEB-1', author: bob, body: 'Noted', createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z' }))),
      'DELETE /api/v1/issues/WEB-1': () => {
        deleted = true
        return json(204, null)
      },
      'GET /api/v1/search': (_, url) => {
        if (url.searchParams.get('jql')?.startsWith('parent = WEB-1')) subtaskSearches.push(deleted)
        return json(200, { startAt: 0, maxResults: 100, total: 0, issues: [] })
      },
    })
    const user = renderPanel()
    // The panel has listed its sub-tasks: any search for them after the delete is asking again.
    await waitFor(() => expect(subtaskSearches).toEqual([false]), { timeout: 5000 })

    await user.click(within(await openMenu(user)).getByRole('menuitem', { name: 'Delete…' }))
    const question = await screen.findByRole('dialog', { name: 'Delete WEB-1?' })
    expect(question).toHaveTextContent(
      '“Fix the login page” and its 1 sub-task, 2 comments, 1 file and 4h of work logged (the sub-tasks with their own comments and files) will be deleted for everyone.',
    )
    await user.click(within(question).getByRole('button', { name: 'Delete' }))

    await waitFor(() => expect(location()).toHaveTextContent('/projects/WEB/board'))
    expect(deleted).toBe(true)
    expect(await screen.findByText('Deleted WEB-1.')).toBeInTheDocument()
    expect(subtaskSearches, 'the deleted issue’s sub-tasks are not asked for again').not.toContain(true)
  })

  it('offers Delete to a member only on issues they reported', async () => {
    reads('member', mine({ reporter: bob }))
    const user = renderPanel()
    expect(itemNames(await openMenu(user))).toEqual(['Copy link', 'Copy key', 'Clone…'])
  })

  it('tells the server’s refusal of a delete in its words and keeps the panel open', async () => {
    reads('admin', mine(), {
      'DELETE /api/v1/issues/WEB-1': () => json(403, { status: 403, title: 'Forbidden', detail: 'Only the reporter of WEB-1 or an admin of WEB can delete it' }),
    })
    const user = renderPanel()

    await user.click(within(await openMenu(user)).getByRole('menuitem', { name: 'Delete…' }))
    await user.click(within(await screen.findByRole('dialog', { name: 'Delete WEB-1?' })).getByRole('button', { name: 'Delete' }))

    expect(await screen.findByText('Could not delete WEB-1: Only the reporter of WEB-1 or an admin of WEB can delete it')).toBeInTheDocument()
    expect(location()).toHaveTextContent('/issues/WEB-1')
  })

  it('moves the issue to a project I may create in, asking for the status it lacks, then shows it under its new key', async () => {
    const sent: unknown[] = []
    const ops = { ...scheme('member'), project: { id: 2, key: 'OPS', name: 'Operations', callerRole: 'member' as Role }, types: [{ id: 3, name: 'Task', level: 0 }] }
    const projects = ['WEB', 'OPS', 'DOC'].map((key, id) => ({ id, key, name: key === 'OPS' ? 'Operations' : key, role: key === 'DOC' ? 'viewer' : 'member' }))
    const moved = issueView(issueSummary('OPS-3', 'Done', '2026-01-01T00:00:00Z', { projectKey: 'OPS', summary: 'Fix the login page', reporter: ada }))
    reads('member', mine({ status: 'In Review', components: ['Login'] }), {
      'GET /api/v1/projects': () => json(200, projects),
      'GET /api/v1/projects/OPS/scheme': () => json(200, { ...ops, workflow: { statuses: [{ id: 7, name: 'Done', category: 'done', position: 0 }], transitions: [] } }),
      'GET /api/v1/projects/OPS/members': () => json(200, [{ user: ada, role: 'member' }]),
      'GET /api/v1/search': () => json(200, { startAt: 0, maxResults: 100, total: 0, issues: [] }),
      'POST /api/v1/issues/WEB-1/move': (init) => {
        sent.push(JSON.parse(String(init?.body)))
        return json(200, moved)
      },
      ...Object.fromEntries(['comments', 'watchers', 'worklogs', 'history'].map((part) => [`GET /api/v1/issues/OPS-3/${part}`, () => json(200, [])])),
    })
    const user = renderPanel()

    await user.click(within(await openMenu(user)).getByRole('menuitem', { name: 'Move…' }))
    const dialog = screen.getByRole('dialog', { name: 'Move WEB-1' })
    const target = within(dialog).getByRole('combobox', { name: 'Project to move to' })
    expect(within(target).getAllByRole('option').map((option) => option.textContent)).toEqual(['Choose a project…', 'OPS – Operations'])
    await user.selectOptions(target, 'OPS')
    expect(await within(dialog).findByRole('combobox', { name: 'Status for issues in In Review' })).toHaveValue('Done')
    expect(within(dialog).getByRole('list', { name: 'What the move changes' })).toHaveTextContent('Its components (Login) belong to WEB and are dropped.')
    await user.click(within(dialog).getByRole('button', { name: 'Move' }))

    await waitFor(() => expect(location()).toHaveTextContent('/issues/OPS-3'))
    expect(sent).toEqual([{ project: 'OPS', statuses: { 'In Review': 'Done' } }])
    expect(await screen.findByText('Moved WEB-1 to OPS as OPS-3.')).toBeInTheDocument()
  })

  it('sends a sub-task’s Move… to its parent, with a link to it and a Close button', async () => {
    reads('member', mine({ type: 'Sub-task', parentKey: 'WEB-3' }), {
      'GET /api/v1/projects/WEB/scheme': () => json(200, { ...scheme('member'), types: [{ id: 5, name: 'Sub-task', level: -1 }] }),
      'GET /api/v1/search': () => json(200, { startAt: 0, maxResults: 100, total: 0, issues: [] }),
    })
    const user = renderPanel()

    await user.click(within(await openMenu(user)).getByRole('menuitem', { name: 'Move…' }))
    const dialog = screen.getByRole('dialog', { name: 'Move WEB-1' })
    expect(await within(dialog).findByRole('link', { name: 'Open WEB-3, its parent, to move it instead.' })).toHaveAttribute('href', '/issues/WEB-3')
    await user.click(within(dialog).getByText('Close', { selector: 'button' }))

    expect(screen.queryByRole('dialog', { name: 'Move WEB-1' })).not.toBeInTheDocument()
  })

  it('opens a moved issue at its old address under the key it has now', async () => {
    const moved = issueView(issueSummary('OPS-3', 'To Do', '2026-01-01T00:00:00Z', { projectKey: 'OPS', summary: 'Fix the login page', reporter: ada }))
    reads('member', moved, {
      'GET /api/v1/issues/OPS-3': () => json(200, moved),
      'GET /api/v1/projects/OPS/scheme': () => json(200, scheme('member')),
      ...Object.fromEntries(['comments', 'watchers', 'worklogs', 'history'].map((part) => [`GET /api/v1/issues/OPS-3/${part}`, () => json(200, [])])),
    })
    renderPanel()

    await waitFor(() => expect(location()).toHaveTextContent('/issues/OPS-3'))
    expect(await screen.findByRole('heading', { name: 'Fix the login page' })).toBeInTheDocument()
  })
})
