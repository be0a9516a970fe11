import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { Issue } from '../api/issues'
import type { Role, Scheme } from '../api/projects'
import { CurrentUserContext } from '../app/current-user'
import { queryKeys } from '../app/query-keys'
import { issueSummary, json, renderWithProviders, stubFetch, testQueryClient } from '../test-utils'
import { parseDueDate, parseParentKey, parseStoryPoints, splitLabels } from './field-parsing'
import { previewIssue } from './issue-cache'
import { IssuePanel } from './issue-panel'

const ada = { id: 1, email: 'ada@example.com', displayName: 'Ada Lovelace' }
const vera = { id: 2, email: 'vera@example.com', displayName: 'Vera Viewer' }

const deadEnd: Scheme['workflow'] = { statuses: [{ id: 1, name: 'To Do', category: 'new', position: 0 }], transitions: [] }

function scheme(callerRole: Role, workflow = deadEnd): Scheme {
  return {
    project: { id: 1, key: 'WEB', name: 'Web app', callerRole },
    workflow,
    types: [
      { id: 3, name: 'Task', level: 0 },
      { id: 4, name: 'Bug', level: 0 },
    ],
    priorities: [{ id: 3, name: 'Medium', position: 2, isDefault: true }],
    resolutions: [
      { id: 1, name: 'Done' },
      { id: 2, name: 'Won’t Fix' },
    ],
    components: [
      { id: 1, name: 'build' },
      { id: 2, name: 'docs' },
    ],
    versions: [
      { id: 1, name: '1.0', released: true },
      { id: 2, name: '2.0', released: false },
      { id: 3, name: '0.9', released: true, archived: true },
    ],
  }
}

/** A server for one issue: each PATCH is applied to it and answered with the result, as the real one does. */
function serve(role: Role, start: Partial<Issue> = {}, workflow?: Scheme['workflow']) {
  let current: Issue = {
    ...previewIssue(issueSummary('WEB-1', 'To Do', '2026-01-01T00:00:00Z')), id: 1, summary: 'Fields to edit', creator: ada,
    reporter: ada, ...start,
  }
  const patches: Record<string, unknown>[] = []
  const searches: Record<string, string>[] = []
  stubFetch({
    'GET /api/v1/issues/WEB-1': () => json(200, current),
    'GET /api/v1/issues/WEB-7': () => json(200, { ...current, key: 'WEB-7', summary: 'The epic above' }),
    'GET /api/v1/projects/WEB/scheme': () => json(200, scheme(role, workflow)),
    'GET /api/v1/projects/WEB/members': () => json(200, [{ user: ada, role }, { user: vera, role: 'viewer' }]),
    'GET /api/v1/issues/WEB-1/comments': () => json(200, []),
    'GET /api/v1/issues/WEB-1/worklogs': () => json(200, []),
    'GET /api/v1/issues/WEB-1/history': () => json(200, []),
    'GET /api/v1/issues/WEB-1/watchers': () => json(200, []),
    'GET /api/v1/search': () => json(200, { startAt: 0, maxResults: 100, total: 0, issues: [] }),
    'GET /api/v1/issues': (_, url) => {
      searches.push(Object.fromEntries(url.searchParams))
      const found = [issueSummary('WEB-1', 'To Do', '2026-01-01T00:00:00Z'), { ...issueSummary('WEB-7', 'To Do', '2026-01-01T00:00:00Z'), summary: 'The epic above' }]
      return json(200, { page: 0, size: 9, total: found.length, items: found })
    },
    'PATCH /api/v1/issues/WEB-1': (init) => {
      const { version: _version, parent, ...changes } = JSON.parse(String(init?.body))
      patches.push(JSON.parse(String(init?.body)))
      if (parent === 'WEB-404') {
        return json(400, { status: 400, title: 'Bad Request', detail: 'parent: no issue WEB-404 in project WEB' })
      }
      current = { ...current, ...changes, ...(parent !== undefined ? { parentKey: parent } : {}), version: current.version + 1 }
      return json(200, current)
    },
  })
  const user = userEvent.setup()
  // Known before the panel opens, as on the board it is opened from: the fields are drawn for the role at once.
  const client = testQueryClient()
  client.setQueryData(queryKeys.scheme('WEB'), scheme(role, workflow))
  renderWithProviders(
    <CurrentUserContext.Provider value={{ ...ada, siteAdmin: false }}>
      <IssuePanel issueKey="WEB-1" closeTo={{ pathname: '/projects/WEB/board' }} />
    </CurrentUserContext.Provider>,
    { client },
  )
  return { user, patches, searches }
}

beforeEach(() => {
  document.cookie = 'XSRF-TOKEN=token'
})
afterEach(() => vi.unstubAllGlobals())

describe('Issue fields edited in place', () => {
  it('offers the members as assignees, not the viewers, whom the server would refuse', async () => {
    serve('member')
    const picker = await screen.findByRole('combobox', { name: 'Assignee' })
    await waitFor(() => expect(within(picker).getByRole('option', { name: 'Ada Lovelace' })).toBeInTheDocument())
    expect(within(picker).queryByRole('option', { name: 'Vera Viewer' })).not.toBeInTheDocument()
  })

  it('changes the type, and adds and removes components and versions from the project’s lists', async () => {
    const { user, patches } = serve('member', { components: ['build'] })

    await user.selectOptions(await screen.findByLabelText('Type'), 'Bug')
    await user.selectOptions(screen.getByLabelText('Add component'), 'docs')
    await user.click(await screen.findByRole('button', { name: 'Remove component build' }))
    const fixOptions = within(screen.getByLabelText('Add fix version')).getAllByRole('option').map((o) => o.textContent)
    expect(fixOptions).toEqual(['Add…', '1.0', '2.0'])
    await user.selectOptions(screen.getByLabelText('Add fix version'), '2.0')
    await user.selectOptions(screen.getByLabelText('Add affects version'), '1.0')

    expect(patches.map(({ version: _v, ...changes }) => changes)).toEqual([
      { type: 'Bug' },
      { components: ['build', 'docs'] },
      { components: ['docs'] },
      { fixVersions: ['2.0'] },
      { affectsVersions: ['1.0'] },
    ])
    expect(await screen.findByRole('button', { name: 'Remove affects version 1.0' })).toBeInTheDocument()
    expect(screen.getByLabelText('Type')).toHaveValue('Bug')
  })

  it('changes a done issue’s resolution to another of the project’s', async () => {
    const { user, patches } = serve('member', { status: 'Done', statusCategory: 'done', resolution: 'Done' })

    await user.selectOptions(await screen.findByLabelText('Resolution'), 'Won’t Fix')

    await vi.waitFor(() => expect(patches).toHaveLength(1))
    expect(patches[0]).toMatchObject({ resolution: 'Won’t Fix' })
    await vi.waitFor(() => expect(screen.getByLabelText('Resolution')).toHaveValue('Won’t Fix'))
  })

  it('saves story points and the due date on Enter, refuses a bad number beside the field, and clears them', async () => {
    const { user, patches } = serve('member', { storyPoints: 3 })

    const points = await screen.findByLabelText('Story points')
    await user.clear(points)
    await user.type(points, '-2{Enter}')
    expect(await screen.findByRole('alert')).toHaveTextContent('Enter a number from 0 to 1000')
    expect(patches).toEqual([])

    await user.clear(points)
    await user.type(points, '5{Enter}')
    await vi.waitFor(() => expect(patches).toHaveLength(1))
    expect(patches[0]).toMatchObject({ storyPoints: 5 })
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()

    await user.type(screen.getByLabelText('Due date'), '2027-03-31')
    await user.tab()
    await vi.waitFor(() => expect(patches).toHaveLength(2))
    expect(patches[1]).toMatchObject({ dueDate: '2027-03-31' })

    await user.clear(screen.getByLabelText('Story points'))
    await user.tab()
    await vi.waitFor(() => expect(patches).toHaveLength(3))
    expect(patches[2]).toMatchObject({ storyPoints: null })
  })

  it('drops what is typed in a field on Esc and leaves the panel open; the next Esc is the panel’s', async () => {
    const { user, patches } = serve('member')
    const reachedPage = vi.fn()
    const listener = (event: KeyboardEvent) => event.key === 'Escape' && reachedPage()
    window.addEventListener('keydown', listener)
    try {
      const label = await screen.findByLabelText('Add label')
      await user.type(label, 'draft-label')
      await user.keyboard('{Escape}')
      expect(label).toHaveValue('')
      const points = screen.getByLabelText('Story points')
      await user.type(points, '8')
      await user.keyboard('{Escape}')
      expect(points).toHaveValue(null)
      expect(reachedPage).not.toHaveBeenCalled()

      await user.keyboard('{Escape}')
      expect(reachedPage).toHaveBeenCalledOnce()
      expect(patches).toEqual([])
    } finally {
      window.removeEventListener('keydown', listener)
    }
  })

  it('sets the parent by key, shows it with its summary, and says why the server refused another', async () => {
    const { user, patches } = serve('member')

    const parent = await screen.findByLabelText('Parent')
    await user.type(parent, 'web-7{Enter}')
    await vi.waitFor(() => expect(patches).toHaveLength(1))
    expect(patches[0]).toMatchObject({ parent: 'WEB-7' })
    expect(await screen.findByText('The epic above')).toBeInTheDocument()

    await user.clear(screen.getByLabelText('Parent'))
    await user.type(screen.getByLabelText('Parent'), 'WEB-404{Enter}')
    expect(await screen.findByText(/no issue WEB-404 in project WEB/)).toBeInTheDocument()
  })

  it('offers the project’s issues matching the words typed as the parent, never the issue itself', async () => {
    const { user, searches } = serve('member')
    const parent = await screen.findByLabelText('Parent')

    await user.type(parent, 'epic')

    await vi.waitFor(() => expect(document.querySelector('datalist option[value="WEB-7"]')).toHaveTextContent('The epic above'))
    expect(parent).toHaveAttribute('list', document.querySelector('datalist')?.id)
    expect(document.querySelector('datalist option[value="WEB-1"]')).toBeNull()
    expect(searches.at(-1)).toMatchObject({ project: 'WEB', text: 'epic' })
    expect(searches.map((search) => search.text)).not.toContain('e')
  })

  it('says under Status that no transition leads out of a dead-end status, with a link to the workflow for an admin', async () => {
    serve('admin')

    const note = await screen.findByText(/^No transition leads out of To Do/)

    expect(note).toHaveTextContent('No transition leads out of To Do (Project settings → Workflow)')
    expect(screen.getByLabelText('Status')).toHaveAccessibleDescription(note.textContent!)
    expect(within(note).getByRole('link', { name: 'Project settings → Workflow' })).toHaveAttribute('href', '/projects/WEB/settings/workflow')
  })

  it('says nothing under Status when a transition leads out, nor to a viewer', async () => {
    const workflow: Scheme['workflow'] = {
      statuses: [{ id: 1, name: 'To Do', category: 'new', position: 0 }, { id: 2, name: 'Done', category: 'done', position: 1 }],
      transitions: [{ id: 1, name: 'Finish', fromStatusId: 1, toStatusId: 2 }],
    }
    serve('member', {}, workflow)

    expect(await screen.findByRole('option', { name: 'Done' })).toBeInTheDocument()
    expect(screen.queryByText(/No transition leads out/)).not.toBeInTheDocument()
  })

  it('shows a viewer each field as its value in words, named by its label, with no control to use', async () => {
    serve('viewer', { assignee: ada, priority: null, components: ['build'], fixVersions: ['2.0'], storyPoints: 8, dueDate: '2027-01-15' })

    const value = (name: string) => screen.getByRole('definition', { name })
    expect(await screen.findByRole('definition', { name: 'Status' })).toHaveTextContent('To Do')
    expect(value('Assignee')).toHaveTextContent('Ada Lovelace')
    expect(within(value('Assignee')).getByLabelText('Ada Lovelace')).toHaveClass('avatar')
    expect(value('Priority')).toHaveTextContent(/^None$/)
    expect(value('Type')).toHaveTextContent('Task')
    expect(value('Components')).toHaveTextContent('build')
    expect(value('Fix versions')).toHaveTextContent('2.0')
    expect(value('Affects versions')).toHaveTextContent(/^None$/)
    expect(value('Story points')).toHaveTextContent('8')
    expect(value('Due date')).toHaveTextContent('2027-01-15')
    expect(value('Original estimate')).toHaveTextContent(/^None$/)
    expect(value('Reporter')).toHaveTextContent('Ada Lovelace')
    const fields = document.querySelector('dl.fields') as HTMLElement
    expect(within(fields).queryAllByRole('combobox')).toEqual([])
    expect(within(fields).queryAllByRole('textbox')).toEqual([])
    expect(within(fields).queryAllByRole('button')).toEqual([])
    expect(screen.queryByText(/No transition leads out/)).not.toBeInTheDocument()
  })

  it('gives a member controls, not values named by the labels', async () => {
    serve('member')

    expect(await screen.findByRole('combobox', { name: 'Priority' })).toBeEnabled()
    expect(screen.queryByRole('definition', { name: 'Priority' })).not.toBeInTheDocument()
    expect(screen.getByRole('definition', { name: 'Reporter' })).toHaveTextContent('Ada Lovelace')
  })
})

describe('field parsing', () => {
  it('accepts what the server accepts and explains the rest', () => {
    expect(parseStoryPoints('')).toEqual({ value: null })
    expect(parseStoryPoints('0.5')).toEqual({ value: 0.5 })
    expect(parseStoryPoints('1001')).toHaveProperty('error')
    expect(parseStoryPoints('abc')).toHaveProperty('error')
    expect(parseDueDate('2027-02-01')).toEqual({ value: '2027-02-01' })
    expect(parseDueDate('tomorrow')).toHaveProperty('error')
    expect(parseDueDate('2027-13-45')).toHaveProperty('error')
    expect(parseParentKey('hadoop-12')).toEqual({ value: 'HADOOP-12' })
    expect(parseParentKey('12')).toHaveProperty('error')
    expect(parseParentKey('')).toEqual({ value: null })
  })

  it('reads labels as Jira does: spaces and commas separate them', () => {
    expect(splitLabels(' needs triage,ui  ui ')).toEqual(['needs', 'triage', 'ui'])
    expect(splitLabels(' , ')).toEqual([])
  })
})
