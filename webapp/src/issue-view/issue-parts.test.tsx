import { cleanup, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { Issue, IssueLink } from '../api/issues'
import type { Scheme } from '../api/projects'
import { CurrentUserContext } from '../app/current-user'
import { queryKeys } from '../app/query-keys'
import { issueSummary, json, renderWithProviders, stubFetch, testQueryClient } from '../test-utils'
import { IssuePanel } from './issue-panel'

const ada = { id: 1, email: 'ada@example.com', displayName: 'Ada Lovelace' }
const bob = { id: 2, email: 'bob@example.com', displayName: 'Bob Byte' }

function issue(changes: Partial<Issue> = {}): Issue {
  return {
    ...issueSummary('WEB-1', 'To Do', '2026-01-01T00:00:00Z'),
    id: 1,
    description: null,
    creator: ada,
    components: [],
    fixVersions: [],
    affectsVersions: [],
    subtaskKeys: [],
    links: [],
    attachments: [],
    ...changes,
  }
}

const link = (id: number, description: string, key: string, status = 'To Do'): IssueLink => ({
  id, type: 'Blocks', direction: 'outward', description, key, summary: `Summary of ${key}`, status,
})

const scheme: Scheme = {
  project: { id: 1, key: 'WEB', name: 'Web app', callerRole: 'member' },
  workflow: { statuses: [{ id: 1, name: 'To Do', category: 'new', position: 0 }], transitions: [] },
  types: [
    { id: 3, name: 'Task', level: 0 },
    { id: 5, name: 'Sub-task', level: -1 },
  ],
  priorities: [{ id: 3, name: 'Medium', position: 2, isDefault: true }],
  resolutions: [],
  components: [],
  versions: [],
}

function reads(current: () => Issue) {
  return {
    'GET /api/v1/issues/WEB-1': () => json(200, current()),
    'GET /api/v1/projects/WEB/scheme': () => json(200, scheme),
    'GET /api/v1/projects/WEB/members': () => json(200, [{ user: ada, role: 'member' }, { user: bob, role: 'member' }]),
    'GET /api/v1/issues/WEB-1/comments': () => json(200, []),
    'GET /api/v1/issues/WEB-1/worklogs': () => json(200, []),
    'GET /api/v1/issues/WEB-1/watchers': () => json(200, [ada]),
    'GET /api/v1/search': () => json(200, { startAt: 0, maxResults: 100, total: 0, issues: [] }),
  }
}

beforeEach(() => {
  document.cookie = 'XSRF-TOKEN=token'
})
afterEach(() => vi.unstubAllGlobals())

function renderPanel(client = testQueryClient()) {
  renderWithProviders(
    <CurrentUserContext.Provider value={{ ...ada, siteAdmin: false }}>
      <IssuePanel issueKey="WEB-1" closeTo={{ pathname: '/projects/WEB/board' }} />
    </CurrentUserContext.Provider>,
    { client },
  )
  return userEvent.setup()
}

describe('the issue panel’s links', () => {
  const threeLinks = () => issue({ links: [link(1, 'relates to', 'WEB-3'), link(2, 'blocks', 'WEB-2'), link(3, 'blocks', 'WEB-4')] })

  it('lists links under what they say, in the order of the link types, each opening its issue', async () => {
    stubFetch(reads(threeLinks))
    renderPanel()

    const links = await screen.findByRole('region', { name: 'Links' })
    expect(within(links).getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent)).toEqual(['blocks', 'relates to'])
    expect(within(links).getByRole('link', { name: 'WEB-2' })).toHaveAttribute('href', '/issues/WEB-2')
  })

  it('checks the key before adding a link, then shows the new link', async () => {
    let current = issue()
    const posted: unknown[] = []
    stubFetch({
      ...reads(() => current),
      'POST /api/v1/issues/WEB-1/links': (init) => {
        posted.push(JSON.parse(String(init?.body)))
        current = { ...current, links: [link(9, 'is blocked by', 'OPS-7')] }
        return json(200, current.links)
      },
    })
    const user = renderPanel()

    await user.click(await screen.findByRole('button', { name: 'Add link' }))
    const form = screen.getByRole('form', { name: 'Add link' })
    await user.selectOptions(within(form).getByLabelText('Link type'), 'is blocked by')
    await user.type(within(form).getByLabelText('Issue'), 'web-1{Enter}')
    expect(within(form).getByText('An issue cannot be linked to itself')).toBeInTheDocument()
    await user.clear(within(form).getByLabelText('Issue'))
    await user.type(within(form).getByLabelText('Issue'), ' ops-7 {Enter}')

    expect(await screen.findByRole('heading', { name: 'is blocked by' })).toBeInTheDocument()
    expect(posted).toEqual([{ type: 'is blocked by', issue: 'OPS-7' }])
    expect(screen.queryByRole('form', { name: 'Add link' })).not.toBeInTheDocument()
  })

  it('removes a link', async () => {
    stubFetch({ ...reads(threeLinks), 'DELETE /api/v1/issues/WEB-1/links/1': () => json(204, null) })
    const user = renderPanel()

    await user.click(await screen.findByRole('button', { name: 'Remove link: relates to WEB-3' }))

    await vi.waitFor(() => expect(screen.queryByRole('heading', { name: 'relates to' })).not.toBeInTheDocument())
    expect(screen.getByRole('link', { name: 'WEB-2' })).toBeInTheDocument()
  })

  it('shows the server’s answer under the key when the issue to link does not exist', async () => {
    stubFetch({
      ...reads(() => issue()),
      'POST /api/v1/issues/WEB-1/links': () => json(404, { status: 404, title: 'Not Found', detail: 'Issue WEB-99 does not exist' }),
    })
    const user = renderPanel()
    await user.click(await screen.findByRole('button', { name: 'Add link' }))
    await user.type(screen.getByLabelText('Issue'), 'WEB-99{Enter}')

    expect(await screen.findByText('Issue WEB-99 does not exist')).toBeInTheDocument()
  })
})

describe('the issue panel’s sub-tasks and parent', () => {
  it('lists sub-tasks with their statuses and creates one inline, ready for the next', async () => {
    const created: unknown[] = []
    let children = [issueSummary('WEB-5', 'Done', '2026-01-02T00:00:00Z', { statusCategory: 'done', parentKey: 'WEB-1' })]
    stubFetch({
      ...reads(() => issue({ subtaskKeys: children.map((child) => child.key) })),
      'GET /api/v1/search': (_, url) => {
        expect(url.searchParams.get('jql')).toBe('parent = WEB-1 ORDER BY key ASC')
        return json(200, { startAt: 0, maxResults: 100, total: children.length, issues: children })
      },
      'POST /api/v1/issues': (init) => {
        const body = JSON.parse(String(init?.body))
        created.push(body)
        const child = issueSummary('WEB-6', 'To Do', '2026-01-03T00:00:00Z', { summary: body.summary, parentKey: 'WEB-1' })
        children = [...children, child]
        return json(201, { ...issue(child), key: 'WEB-6' })
      },
    })
    const user = renderPanel()

    const section = await screen.findByRole('region', { name: 'Sub-tasks' })
    expect(await within(section).findByText('1 of 1 done')).toBeInTheDocument()
    await user.click(within(section).getByRole('button', { name: 'Add sub-task' }))
    await user.type(within(section).getByLabelText('New sub-task'), 'Write the tests{Enter}')

    expect(await within(section).findByText('Write the tests')).toBeInTheDocument()
    expect(created).toEqual([{ project: 'WEB', type: 'Sub-task', summary: 'Write the tests', parent: 'WEB-1' }])
    expect(within(section).getByLabelText('New sub-task')).toHaveValue('')
    expect(within(section).getByText('1 of 2 done')).toBeInTheDocument()
  })

  it('shows a viewer the sub-tasks there are with nothing to add, and no section without any', async () => {
    let children = [issueSummary('WEB-5', 'Done', '2026-01-02T00:00:00Z', { statusCategory: 'done', parentKey: 'WEB-1' })]
    stubFetch({
      ...reads(() => issue({ subtaskKeys: children.map((child) => child.key) })),
      'GET /api/v1/search': () => json(200, { startAt: 0, maxResults: 100, total: children.length, issues: children }),
    })
    // The role known as the panel opens, as on the board it is opened from.
    const viewing = () => {
      const client = testQueryClient()
      client.setQueryData(queryKeys.scheme('WEB'), { ...scheme, project: { ...scheme.project, callerRole: 'viewer' } })
      return client
    }
    renderPanel(viewing())

    const section = await screen.findByRole('region', { name: 'Sub-tasks' })
    expect(await within(section).findByText('1 of 1 done')).toBeInTheDocument()
    expect(within(section).queryByRole('button', { name: 'Add sub-task' })).not.toBeInTheDocument()
    cleanup()

    children = []
    renderPanel(viewing())
    await screen.findByRole('region', { name: 'Attachments' })
    expect(screen.queryByRole('region', { name: 'Sub-tasks' })).not.toBeInTheDocument()
  })

  it('shows the parent with its summary and a link to it', async () => {
    stubFetch({
      ...reads(() => issue({ type: 'Sub-task', parentKey: 'WEB-0' })),
      'GET /api/v1/issues/WEB-0': () => json(200, issue({ key: 'WEB-0', summary: 'The parent' })),
    })
    renderPanel()

    expect(await screen.findByRole('link', { name: 'WEB-0' })).toHaveAttribute('href', '/issues/WEB-0')
    expect(await screen.findByText('The parent')).toBeInTheDocument()
    expect(screen.queryByRole('region', { name: 'Sub-tasks' })).not.toBeInTheDocument()
  })
})

describe('the issue panel’s watchers and history', () => {
  it('stops and starts my watching, and adds a project member as a watcher', async () => {
    const calls: string[] = []
    stubFetch({
      ...reads(() => issue()),
      'DELETE /api/v1/issues/WEB-1/watchers': (_, url) => {
        calls.push(`unwatch ${url.search}`)
        return json(200, [])
      },
      'POST /api/v1/issues/WEB-1/watchers': (_, url) => {
        calls.push(`watch ${url.search}`)
        return json(200, url.search ? [ada, bob] : [ada])
      },
    })
    const user = renderPanel()
    const watchers = await screen.findByRole('region', { name: 'Watchers' })
    expect(await within(watchers).findByText('Ada Lovelace (you)')).toBeInTheDocument()

    await user.click(within(watchers).getByRole('button', { name: 'Watching' }))
    await user.click(await within(watchers).findByRole('button', { name: 'Watch' }))
    await within(watchers).findByRole('button', { name: 'Watching' })
    await user.selectOptions(within(watchers).getByLabelText('Add watcher'), 'bob@example.com')

    expect(await within(watchers).findByText('Bob Byte')).toBeInTheDocument()
    expect(calls).toEqual(['unwatch ', 'watch ', 'watch ?email=bob%40example.com'])
  })

  it('shows the change history in a tab beside the comments', async () => {
    stubFetch({
      ...reads(() => issue()),
      'GET /api/v1/issues/WEB-1/history': () =>
        json(200, [{ at: '2026-01-02T00:00:00Z', actor: bob, items: [{ field: 'status', from: 'To Do', to: 'In Progress' }] }]),
    })
    const user = renderPanel()

    await user.click(await screen.findByRole('tab', { name: 'History' }))

    const history = await screen.findByRole('tabpanel', { name: 'History' })
    expect(await within(history).findByText('Status')).toBeInTheDocument()
    expect(history).toHaveTextContent('Bob Byte')
    expect(screen.getByRole('tab', { name: 'History' })).toHaveAttribute('aria-selected', 'true')
  })
})
