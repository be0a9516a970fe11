import type { QueryClient } from '@tanstack/react-query'
import { act, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import type { Issue } from '../api/issues'
import type { Scheme } from '../api/projects'
import { issueSummary, json, renderWithProviders, stubFetch, testQueryClient } from '../test-utils'
import { CurrentUserContext } from '../app/current-user'
import { queryKeys } from '../app/query-keys'
import { IssuePanel } from './issue-panel'
import { loadMarkdownRenderer } from '../ui/markdown-loader'

const ada = { id: 1, email: 'ada@example.com', displayName: 'Ada Lovelace' }

function issue(changes: Partial<Issue> = {}): Issue {
  return {
    ...issueSummary('WEB-1', 'To Do', '2026-01-01T00:00:00Z'),
    id: 1,
    summary: 'Mine to edit',
    description: 'Uses **Markdown**',
    creator: ada,
    reporter: ada,
    components: [],
    fixVersions: [],
    affectsVersions: [],
    subtaskKeys: [],
    links: [],
    attachments: [],
    ...changes,
  }
}

const scheme: Scheme = {
  project: { id: 1, key: 'WEB', name: 'Web app', callerRole: 'member' },
  workflow: { statuses: [{ id: 1, name: 'To Do', category: 'new', position: 0 }], transitions: [] },
  types: [{ id: 3, name: 'Task', level: 0 }],
  priorities: [{ id: 3, name: 'Medium', position: 2, isDefault: true }],
  resolutions: [],
  components: [],
  versions: [],
}

const reads = {
  'GET /api/v1/issues/WEB-1': () => json(200, issue()),
  'GET /api/v1/projects/WEB/scheme': () => json(200, scheme),
  'GET /api/v1/projects/WEB/members': () => json(200, [{ user: ada, role: 'member' }]),
  'GET /api/v1/issues/WEB-1/comments': () => json(200, []),
  'GET /api/v1/issues/WEB-1/worklogs': () => json(200, []),
  'GET /api/v1/issues/WEB-1/history': () => json(200, []),
  'GET /api/v1/issues/WEB-1/watchers': () => json(200, [ada]),
}

// The Markdown renderer is loaded apart; on a loaded machine its first compile took longer than a test waits to see text.
beforeAll(() => loadMarkdownRenderer(), 60_000)

beforeEach(() => {
  document.cookie = 'XSRF-TOKEN=token'
})
afterEach(() => vi.unstubAllGlobals())

function renderPanel() {
  const { client } = renderWithProviders(
    <CurrentUserContext.Provider value={{ ...ada, siteAdmin: false }}>
      <IssuePanel issueKey="WEB-1" closeTo={{ pathname: '/projects/WEB/board' }} />
    </CurrentUserContext.Provider>,
  )
  return Object.assign(userEvent.setup(), { client })
}

/** What a live update does to the open issue when someone else saves it. */
function savedElsewhere(client: QueryClient, changes: Partial<Issue>) {
  act(() => client.setQueryData<Issue>(queryKeys.issue('WEB-1'), (current) => current && { ...current, ...changes, version: current.version + 1 }))
}

describe('IssuePanel', () => {
  it('renders the description as Markdown', async () => {
    stubFetch(reads)
    renderPanel()

    expect(await screen.findByText('Markdown', { selector: 'strong' }, { timeout: 5000 })).toBeInTheDocument()
  })

  it('draws an issue with no files or work logged from its own answer and its comments, asking for nothing else', async () => {
    const fetch = stubFetch(reads)
    renderPanel()

    expect(await screen.findByRole('tab', { name: 'Comments' })).toBeInTheDocument()
    await screen.findByRole('region', { name: 'Attachments' })
    const asked = fetch.mock.calls.map(([input]) => new URL(String(input), 'http://localhost').pathname)
    expect(asked.filter((path) => path.startsWith('/api/v1/issues/'))).toEqual(
      expect.arrayContaining(['/api/v1/issues/WEB-1', '/api/v1/issues/WEB-1/comments']),
    )
    expect(asked.some((path) => path.endsWith('/attachments') || path.endsWith('/worklogs'))).toBe(false)
  })

  it('draws a member’s editable fields from the issue’s own answer, without waiting for the project’s scheme', async () => {
    stubFetch({
      ...reads,
      'GET /api/v1/issues/WEB-1': () => json(200, issue({ callerRole: 'member' })),
      // The scheme is still on its way (an issue opened straight from its address, with its page asking too).
      'GET /api/v1/projects/WEB/scheme': () => new Promise<Response>(() => {}) as unknown as Response,
    })
    renderPanel()

    await screen.findByRole('heading', { name: 'Mine to edit' })

    expect(screen.getByRole('combobox', { name: 'Status' })).toHaveValue('To Do')
    expect(screen.getByRole('combobox', { name: 'Priority' })).toBeInTheDocument()
  })

  it('takes the role in the issue’s own answer over an older scheme’s', async () => {
    stubFetch({ ...reads, 'GET /api/v1/issues/WEB-1': () => json(200, issue({ callerRole: 'viewer' })) })
    const client = testQueryClient()
    client.setQueryData(queryKeys.scheme('WEB'), scheme)
    renderWithProviders(
      <CurrentUserContext.Provider value={{ ...ada, siteAdmin: false }}>
        <IssuePanel issueKey="WEB-1" closeTo={{ pathname: '/projects/WEB/board' }} />
      </CurrentUserContext.Provider>,
      { client },
    )

    await screen.findByRole('heading', { name: 'Mine to edit' })

    expect(screen.queryByRole('combobox', { name: 'Status' })).not.toBeInTheDocument()
  })

  it('tells the user when someone else saved first, shows their value and can apply the edit again', async () => {
    const patches: Record<string, unknown>[] = []
    stubFetch({
      ...reads,
      'PATCH /api/v1/issues/WEB-1': (init) => {
        const body = JSON.parse(String(init?.body))
        patches.push(body)
        if (body.version === 1) {
          return json(409, { status: 409, title: 'Conflict', detail: 'stale', current: issue({ summary: 'Theirs', version: 2 }) })
        }
        return json(200, issue({ summary: body.summary, version: 3 }))
      },
    })
    const user = renderPanel()

    await user.click(await screen.findByRole('heading', { name: 'Mine to edit' }))
    await user.clear(screen.getByLabelText('Summary'))
    await user.type(screen.getByLabelText('Summary'), 'My better summary{Enter}')

    const notice = await screen.findByRole('alert')
    expect(notice).toHaveTextContent('WEB-1 was changed by someone else')
    expect(notice).toHaveTextContent('summary: now Theirs; yours was My better summary')
    expect(screen.getByRole('heading', { name: 'Theirs' })).toBeInTheDocument()

    await user.click(within(notice).getByRole('button', { name: 'Apply mine again' }))

    expect(await screen.findByRole('heading', { name: 'My better summary' })).toBeInTheDocument()
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
    expect(patches).toEqual([
      { summary: 'My better summary', version: 1 },
      { summary: 'My better summary', version: 2 },
    ])
  })

  it('keeps the summary being typed when someone else saves it meanwhile, and saves mine once I choose to keep it', async () => {
    const patches: Record<string, unknown>[] = []
    stubFetch({
      ...reads,
      'PATCH /api/v1/issues/WEB-1': (init) => {
        const body = JSON.parse(String(init?.body))
        patches.push(body)
        return json(200, issue({ summary: body.summary, version: 3 }))
      },
    })
    const user = renderPanel()
    await user.click(await screen.findByRole('heading', { name: 'Mine to edit' }))
    await user.clear(screen.getByLabelText('Summary'))
    await user.type(screen.getByLabelText('Summary'), 'Half typed')

    savedElsewhere(user.client, { summary: 'Theirs' })

    const notice = await screen.findByRole('status')
    expect(screen.getByLabelText('Summary')).toHaveValue('Half typed')
    expect(notice).toHaveTextContent('Changed by someone else: Theirs')
    await user.click(within(notice).getByRole('button', { name: 'Keep mine' }))
    expect(screen.getByLabelText('Summary')).toHaveFocus()
    expect(screen.queryByRole('status')).not.toBeInTheDocument()
    await user.type(screen.getByLabelText('Summary'), ' and done{Enter}')

    expect(await screen.findByRole('heading', { name: 'Half typed and done' })).toBeInTheDocument()
    expect(patches).toEqual([{ summary: 'Half typed and done', version: 2 }])
  })

  it('takes their summary into the field on Reload', async () => {
    stubFetch(reads)
    const user = renderPanel()
    await user.click(await screen.findByRole('heading', { name: 'Mine to edit' }))
    await user.type(screen.getByLabelText('Summary'), ' plus mine')

    savedElsewhere(user.client, { summary: 'Theirs' })
    await user.click(within(await screen.findByRole('status')).getByRole('button', { name: 'Reload' }))

    expect(screen.getByLabelText('Summary')).toHaveValue('Theirs')
    expect(screen.queryByRole('status')).not.toBeInTheDocument()
  })

  it('does not send a description saved over someone else’s newer one, and offers to apply it again', async () => {
    const patches: Record<string, unknown>[] = []
    stubFetch({
      ...reads,
      'PATCH /api/v1/issues/WEB-1': (init) => {
        patches.push(JSON.parse(String(init?.body)))
        return json(200, issue({ description: 'Mine', version: 3 }))
      },
    })
    const user = renderPanel()
    await user.click(await screen.findByRole('button', { name: 'Edit description' }))
    await user.clear(screen.getByLabelText('Description'))
    await user.type(screen.getByLabelText('Description'), 'Mine')

    savedElsewhere(user.client, { description: 'Theirs\n\n- a list' })
    expect(await screen.findByRole('status')).toHaveTextContent('Changed by someone else')
    await user.click(screen.getByRole('button', { name: 'Save' }))

    const conflict = await screen.findByRole('alert')
    // Both texts as written, lines kept, to merge by hand.
    expect([...conflict.querySelectorAll('pre')].map((text) => text.textContent)).toEqual(['Theirs\n\n- a list', 'Mine'])
    expect(patches).toEqual([])
    await user.click(within(conflict).getByRole('button', { name: 'Apply mine again' }))
    await vi.waitFor(() => expect(patches).toEqual([{ description: 'Mine', version: 2 }]))
  })

  it('says nothing when someone else changes another field during an edit, and saves with their version', async () => {
    const patches: Record<string, unknown>[] = []
    stubFetch({
      ...reads,
      'PATCH /api/v1/issues/WEB-1': (init) => {
        patches.push(JSON.parse(String(init?.body)))
        return json(200, issue({ description: 'Mine', labels: ['urgent'], version: 3 }))
      },
    })
    const user = renderPanel()
    await user.click(await screen.findByRole('button', { name: 'Edit description' }))
    await user.clear(screen.getByLabelText('Description'))
    await user.type(screen.getByLabelText('Description'), 'Mine')

    savedElsewhere(user.client, { labels: ['urgent'] })
    await screen.findByText('urgent')
    expect(screen.queryByRole('status')).not.toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Save' }))

    await vi.waitFor(() => expect(patches).toEqual([{ description: 'Mine', version: 2 }]))
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
  })
})

/** WEB-1's panel on its route, with the location it moves to shown as "Location". */
async function renderPanelOnItsRoute() {
  stubFetch(reads)
  const { Route, Routes, useLocation } = await import('react-router')
  function Where() {
    return <output aria-label="Location">{useLocation().pathname}</output>
  }
  renderWithProviders(
    <CurrentUserContext.Provider value={{ ...ada, siteAdmin: false }}>
      <Routes>
        <Route path="/issues/:key" element={<IssuePanel issueKey="WEB-1" closeTo={{ pathname: '/projects/WEB/issues' }} />} />
      </Routes>
      <Where />
    </CurrentUserContext.Provider>,
    { route: '/issues/WEB-1' },
  )
}

describe('IssuePanel keyboard and comments', { timeout: 20_000 }, () => {
  it('moves to the next and previous issue of the list on screen with j and k', async () => {
    const { listOnScreen } = await import('../app/use-list-navigation')
    listOnScreen.keys = ['WEB-0', 'WEB-1', 'WEB-2']
    await renderPanelOnItsRoute()
    const user = userEvent.setup()
    await screen.findByText('Mine to edit')

    await user.keyboard('j')
    expect(screen.getByRole('status', { name: 'Location' })).toHaveTextContent('/issues/WEB-2')
    await user.keyboard('k')
    expect(screen.getByRole('status', { name: 'Location' })).toHaveTextContent('/issues/WEB-0')
    listOnScreen.keys = []
  })

  it('goes on from the issue a first j went to when a second comes before the panel has drawn it', async () => {
    const { listOnScreen } = await import('../app/use-list-navigation')
    listOnScreen.keys = ['WEB-0', 'WEB-1', 'WEB-2', 'WEB-3']
    await renderPanelOnItsRoute()
    await screen.findByText('Mine to edit')
    const press = () => window.dispatchEvent(new KeyboardEvent('keydown', { key: 'j', bubbles: true }))

    act(() => {
      press()
      press()
    })

    expect(screen.getByRole('status', { name: 'Location' })).toHaveTextContent('/issues/WEB-3')
    listOnScreen.keys = []
  })

  it('edits my comment in place and marks it edited', async () => {
    const comment = { id: 9, issueKey: 'WEB-1', author: ada, body: 'First *take*', createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z' }
    const edits: unknown[] = []
    stubFetch({
      ...reads,
      'GET /api/v1/issues/WEB-1/comments': () => json(200, [edits.length ? { ...comment, body: 'Second take', updatedAt: '2026-01-02T00:00:00Z' } : comment]),
          'GET /api/v1/issues/WEB-1/worklogs': () => json(200, []),
      'PUT /api/v1/issues/WEB-1/comments/9': (init) => {
        edits.push(JSON.parse(String(init?.body)))
        return json(200, { ...comment, body: 'Second take', updatedAt: '2026-01-02T00:00:00Z' })
      },
    })
    const user = renderPanel()

    await user.click(await screen.findByRole('button', { name: 'Edit' }))
    const box = screen.getByRole('textbox', { name: 'Edit the comment' })
    await user.clear(box)
    await user.type(box, 'Second take')
    await user.click(screen.getByRole('button', { name: 'Save' }))

    expect(await screen.findByText('Second take')).toBeInTheDocument()
    expect(screen.getByText('(edited)')).toBeInTheDocument()
    expect(edits).toEqual([{ body: 'Second take' }])
  })

  it('edits a comment holding a mention as it was typed, and saves the mention written out', async () => {
    const comment = { id: 9, issueKey: 'WEB-1', author: ada, body: 'Over to @[Ada Lovelace](ada@example.com)', createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z' }
    const edits: { body: string }[] = []
    stubFetch({
      ...reads,
      'GET /api/v1/issues/WEB-1/comments': () => json(200, [comment]),
      'PUT /api/v1/issues/WEB-1/comments/9': (init) => {
        edits.push(JSON.parse(String(init?.body)))
        return json(200, { ...comment, ...edits.at(-1)!, updatedAt: '2026-01-02T00:00:00Z' })
      },
    })
    const user = renderPanel()

    await user.click(await screen.findByRole('button', { name: 'Edit' }))
    const box = screen.getByRole('textbox', { name: 'Edit the comment' })
    expect(box).toHaveValue('Over to @Ada Lovelace')
    await user.type(box, ', thanks')
    await user.click(screen.getByRole('button', { name: 'Save' }))

    await vi.waitFor(() => expect(edits).toEqual([{ body: 'Over to @[Ada Lovelace](ada@example.com), thanks' }]))
  })

  it('edits a description holding a mention as it was typed, and sends nothing when it is saved unchanged', async () => {
    const patches: unknown[] = []
    stubFetch({
      ...reads,
      'GET /api/v1/issues/WEB-1': () => json(200, issue({ description: 'Ask @[Ada Lovelace](ada@example.com) first' })),
      'PATCH /api/v1/issues/WEB-1': (init) => {
        patches.push(JSON.parse(String(init?.body)))
        return json(200, issue())
      },
    })
    const user = renderPanel()

    await user.click(await screen.findByRole('button', { name: 'Edit description' }))
    expect(screen.getByLabelText('Description')).toHaveValue('Ask @Ada Lovelace first')
    await user.click(screen.getByRole('button', { name: 'Save' }))

    expect(await screen.findByText('@Ada Lovelace')).toHaveClass('mention')
    expect(patches).toEqual([])
  })

  it('deletes my comment only once I confirm it in the dialog', async () => {
    const comment = { id: 9, issueKey: 'WEB-1', author: ada, body: 'Wrong issue', createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z' }
    let deleted = false
    stubFetch({
      ...reads,
      'GET /api/v1/issues/WEB-1/comments': () => json(200, deleted ? [] : [comment]),
          'GET /api/v1/issues/WEB-1/worklogs': () => json(200, []),
      'DELETE /api/v1/issues/WEB-1/comments/9': () => {
        deleted = true
        return json(204, null)
      },
    })
    const user = renderPanel()

    await user.click(await screen.findByRole('button', { name: 'Delete' }))
    await user.click(within(screen.getByRole('dialog', { name: 'Delete this comment?' })).getByRole('button', { name: 'Cancel' }))
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
    expect(deleted).toBe(false)

    await user.click(screen.getByRole('button', { name: 'Delete' }))
    await user.click(within(screen.getByRole('dialog', { name: 'Delete this comment?' })).getByRole('button', { name: 'Delete' }))
    expect(await screen.findByText('No comments yet.')).toBeInTheDocument()
    expect(deleted).toBe(true)
  })
})

describe('IssuePanel, drawn in steps', () => {
  afterEach(() => vi.useRealTimers())

  it('draws the summary, description and fields column at once, then the activity 100 ms after that frame is painted', () => {
    stubFetch({ ...reads, 'GET /api/v1/search': () => json(200, { total: 0, items: [] }) })
    vi.useFakeTimers({ toFake: ['requestAnimationFrame', 'cancelAnimationFrame', 'setTimeout', 'clearTimeout'] })
    const client = testQueryClient()
    client.setQueryData(queryKeys.issue('WEB-1'), issue())
    client.setQueryData(queryKeys.scheme('WEB'), scheme)
    renderWithProviders(
      <CurrentUserContext.Provider value={{ ...ada, siteAdmin: false }}>
        <IssuePanel issueKey="WEB-1" closeTo={{ pathname: '/projects/WEB/board' }} />
      </CurrentUserContext.Provider>,
      { client },
    )
    // A frame (its animation-frame callbacks) and the task queued from it; the rest is drawn 100 ms after that.
    const wait = (ms: number) => act(() => void vi.advanceTimersByTime(ms))

    expect(screen.getByRole('heading', { name: 'Mine to edit' })).toBeInTheDocument()
    expect(screen.getByRole('region', { name: 'Watchers' })).toBeInTheDocument()
    expect(screen.getByRole('combobox', { name: 'Status' })).toBeInTheDocument()
    expect(screen.queryByRole('tablist', { name: 'Activity' })).not.toBeInTheDocument()
    wait(50)
    expect(screen.queryByRole('tablist', { name: 'Activity' })).not.toBeInTheDocument()
    wait(100)
    expect(screen.getByRole('tablist', { name: 'Activity' })).toBeInTheDocument()
  })
})
