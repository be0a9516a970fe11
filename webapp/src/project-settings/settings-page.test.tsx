import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { Route, Routes } from 'react-router'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { Project, Role, Scheme } from '../api/projects'
import { CurrentUserContext } from '../app/current-user'
import { json, renderWithProviders, stubFetch } from '../test-utils'
import { SettingsPage } from './settings-page'

const ada = { id: 1, email: 'ada@example.com', displayName: 'Ada' }
const bob = { id: 2, email: 'bob@example.com', displayName: 'Bob' }

function scheme(role: Role, changes: Partial<Scheme> = {}): Scheme {
  return {
    project: { id: 1, key: 'WEB', name: 'Web', callerRole: role },
    workflow: {
      statuses: [
        { id: 1, name: 'To Do', category: 'new', position: 0 },
        { id: 2, name: 'Done', category: 'done', position: 1 },
      ],
      transitions: [{ id: 5, name: 'Finish', fromStatusId: null, toStatusId: 2 }],
    },
    types: [],
    priorities: [
      { id: 1, name: 'High', position: 0, isDefault: false },
      { id: 2, name: 'Low', position: 1, isDefault: true },
    ],
    resolutions: [],
    components: [{ id: 1, name: 'Storage', description: null }],
    versions: [{ id: 1, name: '1.0', released: false, archived: false, releaseDate: null }],
    ...changes,
  }
}

const project: Project = {
  id: 1,
  key: 'WEB',
  name: 'Web',
  description: null,
  lead: ada,
  aiTrainingEnabled: true,
  role: 'admin',
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
  version: 3,
}

beforeEach(() => {
  document.cookie = 'XSRF-TOKEN=token'
})
afterEach(() => {
  vi.unstubAllGlobals()
  vi.restoreAllMocks()
})

function renderSettings(section: string) {
  renderWithProviders(
    <CurrentUserContext.Provider value={{ ...ada, siteAdmin: false }}>
      <Routes>
        <Route path="/projects/:projectKey/settings/:section?" element={<SettingsPage />} />
      </Routes>
    </CurrentUserContext.Provider>,
    { route: `/projects/WEB/settings/${section}` },
  )
  return userEvent.setup()
}

const body = (init: RequestInit | undefined) => JSON.parse(String(init?.body))

describe('SettingsPage', { timeout: 20_000 }, () => {
  it('changes a member’s role, adds a member by email and shows the server’s refusal inline', async () => {
    const calls: string[] = []
    stubFetch({
      'GET /api/v1/projects/WEB/scheme': () => json(200, scheme('admin')),
      'GET /api/v1/projects/WEB/members': () => json(200, [{ user: ada, role: 'admin' }, { user: bob, role: 'member' }]),
      'PUT /api/v1/projects/WEB/members/bob%40example.com': (init) => {
        calls.push(`bob ${body(init).role}`)
        return json(200, { user: bob, role: body(init).role })
      },
      'PUT /api/v1/projects/WEB/members/ada%40example.com': () =>
        json(409, { status: 409, title: 'Conflict', detail: 'ada@example.com is the last admin of WEB; make someone else admin first' }, 'application/problem+json'),
      'PUT /api/v1/projects/WEB/members/cy%40example.com': (init) => {
        calls.push(`cy ${body(init).role}`)
        return json(200, { user: { id: 3, email: 'cy@example.com', displayName: 'Cy' }, role: body(init).role })
      },
      'GET /api/v1/users': () => json(200, []),
    })
    const user = renderSettings('members')

    await user.selectOptions(await screen.findByRole('combobox', { name: 'Role of Bob' }), 'viewer')
    await user.type(screen.getByRole('combobox', { name: 'Email of the person to add' }), 'cy@example.com')
    await user.click(screen.getByRole('button', { name: 'Add' }))
    await waitFor(() => expect(calls).toEqual(['bob viewer', 'cy member']))

    await user.selectOptions(screen.getByRole('combobox', { name: 'Role of Ada' }), 'member')
    expect(await screen.findByRole('alert')).toHaveTextContent('ada@example.com is the last admin of WEB')
  })

  it('removes a member once the dialog’s Remove is pressed, saying what they lose', async () => {
    const removed: string[] = []
    stubFetch({
      'GET /api/v1/projects/WEB/scheme': () => json(200, scheme('admin')),
      'GET /api/v1/projects/WEB/members': () => json(200, [{ user: ada, role: 'admin' }, ...(removed.length ? [] : [{ user: bob, role: 'member' }])]),
      'DELETE /api/v1/projects/WEB/members/bob%40example.com': () => {
        removed.push('bob')
        return json(204, null)
      },
    })
    const user = renderSettings('members')

    await user.click(await screen.findByRole('button', { name: 'Remove Bob' }))
    const asked = screen.getByRole('dialog', { name: 'Remove Bob from WEB?' })
    expect(asked).toHaveTextContent('Bob loses access to its issues.')
    await user.click(within(asked).getByRole('button', { name: 'Remove' }))

    await waitFor(() => expect(screen.queryByRole('button', { name: 'Remove Bob' })).toBeNull())
    expect(removed).toEqual(['bob'])
  })

  it('shows the settings read-only to someone who is not a project admin', async () => {
    stubFetch({
      'GET /api/v1/projects/WEB/scheme': () => json(200, scheme('member')),
      'GET /api/v1/projects/WEB/members': () => json(200, [{ user: ada, role: 'admin' }]),
    })
    renderSettings('members')

    expect(await screen.findByText('Only admins of WEB can change these settings.')).toBeInTheDocument()
    expect(await screen.findByText('admin')).toBeInTheDocument()
    expect(screen.queryByRole('combobox')).toBeNull()
    expect(screen.queryByRole('button', { name: 'Add' })).toBeNull()
  })

  it('saves a workflow with a new status and transition, and shows why the server refused one', async () => {
    const saved: unknown[] = []
    let refuse = true
    stubFetch({
      'GET /api/v1/projects/WEB/scheme': () => json(200, scheme('admin')),
      'PUT /api/v1/projects/WEB/workflow': (init) => {
        saved.push(body(init))
        if (refuse) {
          refuse = false
          return json(409, { status: 409, title: 'Conflict', detail: "Status 'To Do' still has 3 issues; move them to another status before removing it" }, 'application/problem+json')
        }
        return json(200, scheme('admin'))
      },
    })
    const user = renderSettings('workflow')

    await user.type(await screen.findByRole('textbox', { name: 'New status' }), 'Blocked')
    await user.click(screen.getByRole('button', { name: 'Add status' }))
    const form = screen.getByRole('form', { name: 'Add a transition' })
    await user.type(within(form).getByRole('textbox', { name: 'Transition name' }), 'Block')
    await user.selectOptions(within(form).getByRole('combobox', { name: 'To' }), 'Blocked')
    await user.click(within(form).getByRole('button', { name: 'Add transition' }))
    await user.click(screen.getByRole('button', { name: 'Remove status To Do' }))
    await user.selectOptions(screen.getByRole('combobox', { name: 'Issues in To Do move to' }), 'Blocked')
    await user.click(screen.getByRole('button', { name: 'Save workflow' }))
    const asked = screen.getByRole('dialog', { name: 'Save the workflow and move issues?' })
    expect(asked).toHaveTextContent('Issues in a removed status move: “To Do” to “Blocked”.')
    await user.click(within(asked).getByRole('button', { name: 'Save and move' }))

    expect(await screen.findByRole('alert')).toHaveTextContent("Status 'To Do' still has 3 issues")
    expect(saved[0]).toEqual({
      statuses: [
        { id: 2, name: 'Done', category: 'done' },
        { name: 'Blocked', category: 'indeterminate' },
      ],
      transitions: [
        { name: 'Finish', to: 'Done' },
        { name: 'Block', to: 'Blocked' },
      ],
      moveIssues: { 'To Do': 'Blocked' },
    })
  })

  it('saves nothing when the person does not confirm moving a removed status’s issues', async () => {
    const saved: unknown[] = []
    stubFetch({
      'GET /api/v1/projects/WEB/scheme': () => json(200, scheme('admin')),
      'PUT /api/v1/projects/WEB/workflow': (init) => {
        saved.push(body(init))
        return json(200, scheme('admin'))
      },
    })
    const user = renderSettings('workflow')

    await user.click(await screen.findByRole('button', { name: 'Remove status To Do' }))
    expect(screen.getByRole('combobox', { name: 'Issues in To Do move to' })).toHaveValue('status-2')
    await user.click(screen.getByRole('button', { name: 'Save workflow' }))
    await user.click(within(screen.getByRole('dialog', { name: 'Save the workflow and move issues?' })).getByRole('button', { name: 'Cancel' }))

    expect(saved).toEqual([])
    expect(screen.getByRole('button', { name: 'Save workflow' })).toBeEnabled()
  })

  it('asks before another section drops an unsaved workflow, and lets it go once saved', async () => {
    const blocked = { id: 3, name: 'Blocked', category: 'indeterminate' as const, position: 2 }
    stubFetch({
      'GET /api/v1/projects/WEB/scheme': () => json(200, scheme('admin')),
      'PUT /api/v1/projects/WEB/workflow': () => json(200, scheme('admin', { workflow: { ...scheme('admin').workflow, statuses: [...scheme('admin').workflow.statuses, blocked] } })),
      'GET /api/v1/projects/WEB/members': () => json(200, [{ user: ada, role: 'admin' }]),
    })
    const user = renderSettings('workflow')
    await user.type(await screen.findByRole('textbox', { name: 'New status' }), 'Blocked')
    await user.click(screen.getByRole('button', { name: 'Add status' }))

    await user.click(screen.getByRole('link', { name: 'Members' }))
    const question = screen.getByRole('dialog', { name: 'Discard your changes to the workflow?' })
    expect(question).toHaveTextContent('The statuses and transitions you added, renamed, moved or removed are not saved.')
    await user.click(within(question).getByRole('button', { name: 'Cancel' }))
    expect(screen.getByRole('textbox', { name: 'Name of status 3' })).toHaveValue('Blocked')

    await user.click(screen.getByRole('button', { name: 'Save workflow' }))
    await waitFor(() => expect(screen.getByRole('button', { name: 'Save workflow' })).toBeDisabled())
    await user.click(screen.getByRole('link', { name: 'Members' }))
    expect(await screen.findByRole('combobox', { name: 'Role of Ada' })).toBeInTheDocument()
    expect(screen.queryByRole('dialog')).toBeNull()
  })

  it('puts reordered priorities back on Discard changes, and asks before leaving them unsaved', async () => {
    stubFetch({ 'GET /api/v1/projects/WEB/scheme': () => json(200, scheme('admin')) })
    const user = renderSettings('priorities')
    const order = () => within(screen.getByRole('region', { name: 'Priorities' })).getAllByRole('listitem').map((item) => item.textContent?.replace(/default.*/, '').trim())

    await user.click(await screen.findByRole('button', { name: 'Move Low up' }))
    await user.click(screen.getByRole('link', { name: 'Resolutions' }))
    await user.click(within(screen.getByRole('dialog', { name: 'Discard your changes to the priorities?' })).getByRole('button', { name: 'Cancel' }))
    expect(order()).toEqual(['Low', 'High'])

    await user.click(screen.getByRole('button', { name: 'Discard changes' }))
    expect(order()).toEqual(['High', 'Low'])
    await user.click(screen.getByRole('link', { name: 'Resolutions' }))
    expect(await screen.findByRole('region', { name: 'Resolutions' })).toBeInTheDocument()
    expect(screen.queryByRole('dialog')).toBeNull()
  })

  it('sets a column’s WIP limits, checks them before sending and shows the server’s field errors', async () => {
    const sent: unknown[] = []
    let answer: 'refuse' | 'accept' = 'refuse'
    stubFetch({
      'GET /api/v1/projects/WEB/scheme': () => json(200, scheme('admin')),
      'PUT /api/v1/projects/WEB/statuses/Done/wip': (init) => {
        sent.push(body(init))
        if (answer === 'refuse') {
          answer = 'accept'
          return json(400, { status: 400, title: 'Bad Request', detail: 'max: too many', errors: [{ field: 'max', message: 'must be at most 999' }] }, 'application/problem+json')
        }
        const done = { id: 2, name: 'Done', category: 'done' as const, position: 1, wipMin: null, wipMax: 3 }
        return json(200, scheme('admin', { workflow: { statuses: [scheme('admin').workflow.statuses[0], done], transitions: [] } }))
      },
    })
    const user = renderSettings('workflow')
    const form = await screen.findByRole('form', { name: 'WIP limits of Done' })

    await user.type(within(form).getByRole('textbox', { name: 'Maximum of Done' }), '0')
    await user.click(within(form).getByRole('button', { name: 'Save limits' }))
    expect(await screen.findByRole('alert')).toHaveTextContent('The maximum must be a whole number from 1, or empty for no maximum.')
    await user.clear(within(form).getByRole('textbox', { name: 'Maximum of Done' }))
    await user.type(within(form).getByRole('textbox', { name: 'Minimum of Done' }), '4')
    await user.type(within(form).getByRole('textbox', { name: 'Maximum of Done' }), '3')
    await user.click(within(form).getByRole('button', { name: 'Save limits' }))
    expect(await screen.findByRole('alert')).toHaveTextContent('The minimum (4) must not be above the maximum (3).')
    expect(sent).toEqual([])

    await user.clear(within(form).getByRole('textbox', { name: 'Minimum of Done' }))
    await user.click(within(form).getByRole('button', { name: 'Save limits' }))
    expect(await screen.findByRole('alert')).toHaveTextContent('max: must be at most 999')
    await user.click(within(screen.getByRole('form', { name: 'WIP limits of Done' })).getByRole('button', { name: 'Save limits' }))

    await waitFor(() => expect(sent).toEqual([{ min: null, max: 3 }, { min: null, max: 3 }]))
    expect(await screen.findByRole('textbox', { name: 'Maximum of Done' })).toHaveValue('3')
    expect(screen.queryByRole('alert')).toBeNull()
  })

  it('shows a viewer the WIP limits without a way to change them', async () => {
    const done = { id: 2, name: 'Done', category: 'done' as const, position: 1, wipMin: 1, wipMax: 4 }
    stubFetch({
      'GET /api/v1/projects/WEB/scheme': () => json(200, scheme('viewer', { workflow: { statuses: [scheme('viewer').workflow.statuses[0], done], transitions: [] } })),
    })
    renderSettings('workflow')

    const limits = await screen.findByRole('region', { name: 'WIP limits' })
    expect(limits).toHaveTextContent('Donemin 1, max 4')
    expect(within(limits).queryByRole('button')).toBeNull()
  })

  it('renames and deletes components and releases and archives versions', async () => {
    const calls: string[] = []
    stubFetch({
      'GET /api/v1/projects/WEB/scheme': () => json(200, scheme('admin')),
      'PUT /api/v1/projects/WEB/components/Storage': (init) => {
        calls.push(`rename ${body(init).name}`)
        return json(200, scheme('admin', { components: [{ id: 1, name: body(init).name, description: null }] }))
      },
      'DELETE /api/v1/projects/WEB/components/Disks': () =>
        json(409, { status: 409, title: 'Conflict', detail: "Component 'Disks' is on 2 issues; take it off them before deleting it" }, 'application/problem+json'),
      'PATCH /api/v1/projects/WEB/versions/1.0': (init) => {
        calls.push(`version ${JSON.stringify(body(init))}`)
        return json(200, scheme('admin', { versions: [{ id: 1, name: '1.0', released: true, archived: false, releaseDate: null }] }))
      },
    })
    const user = renderSettings('components')

    await user.click(await screen.findByRole('button', { name: 'Edit Storage' }))
    const name = screen.getByRole('textbox', { name: 'Component name' })
    await user.clear(name)
    await user.type(name, 'Disks')
    await user.click(screen.getByRole('button', { name: 'Save' }))
    await user.click(await screen.findByRole('button', { name: 'Delete Disks' }))
    await user.click(within(screen.getByRole('dialog', { name: 'Delete the component “Disks”?' })).getByRole('button', { name: 'Delete' }))
    expect(await screen.findByRole('alert')).toHaveTextContent('is on 2 issues')

    await user.click(screen.getByRole('link', { name: 'Versions' }))
    await user.click(await screen.findByRole('button', { name: 'Release 1.0' }))
    expect(await screen.findByRole('button', { name: 'Unrelease 1.0' })).toBeInTheDocument()
    expect(calls).toEqual(['rename Disks', 'version {"released":true}'])
  })

  it('asks before leaving a typed project name unsaved, and not once it is saved', async () => {
    let current = project
    stubFetch({
      'GET /api/v1/projects/WEB/scheme': () => json(200, scheme('admin')),
      'GET /api/v1/projects/WEB': () => json(200, current),
      'PATCH /api/v1/projects/WEB': (init) => {
        current = { ...project, name: body(init).name, version: 4 }
        return json(200, current)
      },
      'GET /api/v1/projects': () => json(200, [current]),
      'GET /api/v1/projects/WEB/members': () => json(200, [{ user: ada, role: 'admin' }]),
    })
    const user = renderSettings('details')
    await user.type(await screen.findByRole('textbox', { name: 'Name' }), ' shop')

    await user.click(screen.getByRole('link', { name: 'Members' }))
    const question = screen.getByRole('dialog', { name: 'Discard your changes to the project details?' })
    await user.click(within(question).getByRole('button', { name: 'Cancel' }))
    await user.click(screen.getByRole('button', { name: 'Save' }))
    await waitFor(() => expect(current.name).toBe('Web shop'))

    await user.click(screen.getByRole('link', { name: 'Members' }))
    expect(await screen.findByRole('combobox', { name: 'Role of Ada' })).toBeInTheDocument()
    expect(screen.queryByRole('dialog')).toBeNull()
  })

  it('turns AI training off for the project with the version it was read at', async () => {
    const patches: unknown[] = []
    stubFetch({
      'GET /api/v1/projects/WEB/scheme': () => json(200, scheme('admin')),
      'GET /api/v1/projects/WEB': () => json(200, patches.length ? { ...project, aiTrainingEnabled: false, version: 4 } : project),
      'PATCH /api/v1/projects/WEB': (init) => {
        patches.push(body(init))
        return json(200, { ...project, aiTrainingEnabled: false, version: 4 })
      },
      'GET /api/v1/projects': () => json(200, [project]),
    })
    const user = renderSettings('details')

    await user.click(await screen.findByRole('switch', { name: /AI training/ }))

    await waitFor(() => expect(patches).toEqual([{ aiTrainingEnabled: false, version: 3 }]))
    expect(await screen.findByText(/left out of the assistant/)).toBeInTheDocument()
  })

  it('keeps a name typed but not saved when AI training is switched, and follows a description changed elsewhere', async () => {
    let current = project
    stubFetch({
      'GET /api/v1/projects/WEB/scheme': () => json(200, scheme('admin')),
      'GET /api/v1/projects/WEB': () => json(200, current),
      'PATCH /api/v1/projects/WEB': (init) => {
        current = { ...current, ...body(init), description: 'Set elsewhere meanwhile', version: current.version + 1 }
        return json(200, current)
      },
      'GET /api/v1/projects': () => json(200, [current]),
    })
    const user = renderSettings('details')
    await user.type(await screen.findByRole('textbox', { name: 'Name' }), ' shop')

    await user.click(screen.getByRole('switch', { name: /AI training/ }))

    expect(await screen.findByText(/left out of the assistant/)).toBeInTheDocument()
    await waitFor(() => expect(screen.getByRole('textbox', { name: 'Description' })).toHaveValue('Set elsewhere meanwhile'))
    expect(screen.getByRole('textbox', { name: 'Name' })).toHaveValue('Web shop')
  })

  it('adds an issue type at a level, renames one, and shows why the server refused to remove one', async () => {
    const calls: string[] = []
    const types = [
      { id: 1, name: 'Task', level: 0 },
      { id: 2, name: 'Sub-task', level: -1 },
    ]
    stubFetch({
      'GET /api/v1/projects/WEB/scheme': () => json(200, scheme('admin', { types })),
      'POST /api/v1/projects/WEB/types': (init) => {
        calls.push(`add ${body(init).name} ${body(init).level}`)
        return json(200, scheme('admin', { types: [...types, { id: 3, name: body(init).name, level: 1 }] }))
      },
      'PUT /api/v1/projects/WEB/types/Task': (init) => {
        calls.push(`rename ${body(init).name}`)
        return json(200, scheme('admin', { types: [{ id: 1, name: body(init).name, level: 0 }, types[1]] }))
      },
      'DELETE /api/v1/projects/WEB/types/Work': () =>
        json(409, { status: 409, title: 'Conflict', detail: "Issue type 'Work' is used by 4 issues; change their type before removing it" }, 'application/problem+json'),
    })
    const user = renderSettings('types')

    expect((await screen.findByRole('button', { name: 'Rename Sub-task' })).closest('li')).toHaveTextContent('Sub-task (under an issue)')
    await user.type(screen.getByRole('textbox', { name: 'New issue type' }), 'Initiative')
    await user.selectOptions(screen.getByRole('combobox', { name: 'Level' }), 'epic')
    await user.click(screen.getByRole('button', { name: 'Add issue type' }))
    expect((await screen.findByRole('button', { name: 'Rename Initiative' })).closest('li')).toHaveTextContent('Epic (holds issues)')
    expect(screen.getByRole('textbox', { name: 'New issue type' })).toHaveValue('')

    await user.click(screen.getByRole('button', { name: 'Rename Task' }))
    const name = screen.getByRole('textbox', { name: 'Issue type name' })
    await user.clear(name)
    await user.type(name, 'Work')
    await user.click(screen.getByRole('button', { name: 'Save' }))
    await user.click(await screen.findByRole('button', { name: 'Remove Work' }))
    await user.click(within(screen.getByRole('dialog', { name: 'Remove the issue type “Work”?' })).getByRole('button', { name: 'Cancel' }))
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Remove Work' }))
    await user.click(within(screen.getByRole('dialog', { name: 'Remove the issue type “Work”?' })).getByRole('button', { name: 'Remove' }))

    expect(await screen.findByRole('alert')).toHaveTextContent("Issue type 'Work' is used by 4 issues")
    expect(calls).toEqual(['add Initiative epic', 'rename Work'])
  })

  it('adds and removes resolutions, naming the one issues get by default, read-only for others', async () => {
    const resolutions = [
      { id: 1, name: 'Done' },
      { id: 2, name: 'Duplicate' },
    ]
    const removed: string[] = []
    stubFetch({
      'GET /api/v1/projects/WEB/scheme': () => json(200, scheme('admin', { resolutions })),
      'POST /api/v1/projects/WEB/resolutions': (init) => json(200, scheme('admin', { resolutions: [...resolutions, { id: 3, name: body(init).name }] })),
      'DELETE /api/v1/projects/WEB/resolutions/Duplicate': () => {
        removed.push('Duplicate')
        return json(200, scheme('admin', { resolutions: [resolutions[0]] }))
      },
    })
    const user = renderSettings('resolutions')

    expect(await screen.findByText('default when resolving')).toBeInTheDocument()
    await user.type(screen.getByRole('textbox', { name: 'New resolution' }), 'Fixed')
    await user.click(screen.getByRole('button', { name: 'Add resolution' }))
    expect(await screen.findByText('Fixed')).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Remove Duplicate' }))
    await user.click(within(screen.getByRole('dialog', { name: 'Remove the resolution “Duplicate”?' })).getByRole('button', { name: 'Remove' }))
    await waitFor(() => expect(screen.queryByText('Duplicate')).toBeNull())
    expect(removed).toEqual(['Duplicate'])
  })

  it('shows issue types without the means to change them to someone who is not an admin', async () => {
    stubFetch({ 'GET /api/v1/projects/WEB/scheme': () => json(200, scheme('member', { types: [{ id: 1, name: 'Task', level: 0 }] })) })
    renderSettings('types')

    expect(await screen.findByText('Task')).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Rename Task' })).toBeNull()
    expect(screen.queryByRole('textbox', { name: 'New issue type' })).toBeNull()
  })
})
