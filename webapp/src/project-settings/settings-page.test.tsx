import { screen, waitFor, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { json, stubFetch } from '../test-utils'
import { ada, body, bob, project, renderSettings, scheme } from './settings-fixtures'

beforeEach(() => {
  document.cookie = 'XSRF-TOKEN=token'
})
afterEach(() => {
  vi.unstubAllGlobals()
  vi.restoreAllMocks()
})

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
    await user.type(screen.getByRole('combobox', { name: 'Person to add' }), 'cy@example.com')
    await user.click(screen.getByRole('button', { name: 'Add' }))
    await waitFor(() => expect(calls).toEqual(['bob viewer', 'cy member']))

    await user.selectOptions(screen.getByRole('combobox', { name: 'Role of Ada' }), 'member')
    expect(await screen.findByRole('alert')).toHaveTextContent('ada@example.com is the last admin of WEB')
  })

  it('adds a person picked by name from the suggestions with the keyboard, sending their email', async () => {
    const vera = { id: 4, email: 'vera@example.com', displayName: 'Vera Viewer' }
    const added: string[] = []
    stubFetch({
      'GET /api/v1/projects/WEB/scheme': () => json(200, scheme('admin')),
      'GET /api/v1/projects/WEB/members': () => json(200, [{ user: ada, role: 'admin' }]),
      'GET /api/v1/users': (_, url) => json(200, url.searchParams.get('query') === 'Vera' ? [vera] : []),
      'PUT /api/v1/projects/WEB/members/vera%40example.com': (init) => {
        added.push(`vera ${body(init).role}`)
        return json(200, { user: vera, role: body(init).role })
      },
    })
    const user = renderSettings('members')

    await user.type(await screen.findByRole('combobox', { name: 'Person to add' }), 'Vera')
    await screen.findByRole('option', { name: /Vera Viewer/ })
    await user.keyboard('{ArrowDown}{Enter}')
    expect(screen.getByRole('combobox', { name: 'Person to add' })).toHaveValue('Vera Viewer <vera@example.com>')
    await user.selectOptions(screen.getByRole('combobox', { name: 'Role of the new member' }), 'Viewer')
    await user.click(screen.getByRole('button', { name: 'Add' }))
    await waitFor(() => expect(added).toEqual(['vera viewer']))
  })

  it('asks to pick someone when only a name is typed, and says plainly when no one has the email typed', async () => {
    const calls: string[] = []
    stubFetch({
      'GET /api/v1/projects/WEB/scheme': () => json(200, scheme('admin')),
      'GET /api/v1/projects/WEB/members': () => json(200, [{ user: ada, role: 'admin' }]),
      'GET /api/v1/users': () => json(200, []),
      'PUT /api/v1/projects/WEB/members/nobody%40nowhere.local': () => {
        calls.push('nobody')
        return json(404, { status: 404, title: 'Not Found', detail: "User 'nobody@nowhere.local' does not exist" }, 'application/problem+json')
      },
    })
    const user = renderSettings('members')
    const box = await screen.findByRole('combobox', { name: 'Person to add' })

    await user.type(box, 'Vera')
    await user.click(screen.getByRole('button', { name: 'Add' }))
    expect(screen.getByRole('alert')).toHaveTextContent('Pick a person from the suggestions, or type their full email.')
    expect(calls).toEqual([])

    await user.clear(box)
    await user.type(box, 'nobody@nowhere.local')
    await user.click(screen.getByRole('button', { name: 'Add' }))
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'No one has the email nobody@nowhere.local. A site admin can create their account under Users.',
    )
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
    expect(await screen.findByText('Admin')).toBeInTheDocument()
    expect(screen.queryByRole('combobox')).toBeNull()
    expect(screen.queryByRole('button', { name: 'Add' })).toBeNull()
  })

  it('puts reordered priorities back on Discard changes, and asks before leaving them unsaved', async () => {
    stubFetch({ 'GET /api/v1/projects/WEB/scheme': () => json(200, scheme('admin')) })
    const user = renderSettings('priorities')
    const order = () => within(screen.getByRole('region', { name: 'Priorities' })).getAllByRole('listitem').map((item) => item.textContent?.replace(/default.*/, '').trim())

    await user.click(await screen.findByRole('button', { name: 'Move Low up' }))
    await user.click(screen.getByRole('link', { name: 'Resolutions' }))
    await user.click(within(screen.getByRole('dialog', { name: 'Discard your changes to the priorities?' })).getByRole('button', { name: 'Keep editing' }))
    expect(order()).toEqual(['Low', 'High'])

    await user.click(screen.getByRole('button', { name: 'Discard changes' }))
    expect(order()).toEqual(['High', 'Low'])
    await user.click(screen.getByRole('link', { name: 'Resolutions' }))
    expect(await screen.findByRole('region', { name: 'Resolutions' })).toBeInTheDocument()
    expect(screen.queryByRole('dialog')).toBeNull()
  })

  it('renames and deletes components, showing the refusal inline', async () => {
    const calls: string[] = []
    stubFetch({
      'GET /api/v1/projects/WEB/scheme': () => json(200, scheme('admin')),
      'PUT /api/v1/projects/WEB/components/Storage': (init) => {
        calls.push(`rename ${body(init).name}`)
        return json(200, scheme('admin', { components: [{ id: 1, name: body(init).name, description: null }] }))
      },
      'DELETE /api/v1/projects/WEB/components/Disks': () =>
        json(409, { status: 409, title: 'Conflict', detail: "Component 'Disks' is on 2 issues; take it off them before deleting it" }, 'application/problem+json'),
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
    expect(calls).toEqual(['rename Disks'])
  })

  it('releases a version with the Releases page’s dialog, which asks where its unresolved issues go, and archives another', async () => {
    const v10 = { id: 1, name: '1.0', released: false, archived: false, releaseDate: null as string | null }
    const v11 = { id: 2, name: '1.1', released: false, archived: false, releaseDate: '2026-09-01' }
    const row = (version: typeof v10, unresolved: number) => ({ version, toDo: unresolved, inProgress: 0, done: 1, unresolved, affected: 0 })
    const calls: string[] = []
    stubFetch({
      'GET /api/v1/projects/WEB/scheme': () => json(200, scheme('admin', { versions: [v10, v11] })),
      'GET /api/v1/projects/WEB/versions/progress': () => json(200, [row(v10, 2), row(v11, 0)]),
      'POST /api/v1/projects/WEB/versions/1.0/release': (init) => {
        calls.push(`release 1.0 ${JSON.stringify(body(init))}`)
        return json(200, scheme('admin', { versions: [{ ...v10, released: true }, v11] }))
      },
      'PATCH /api/v1/projects/WEB/versions/1.1': (init) => {
        calls.push(`1.1 ${JSON.stringify(body(init))}`)
        return json(200, scheme('admin', { versions: [{ ...v10, released: true }, { ...v11, archived: true }] }))
      },
    })
    const user = renderSettings('versions')

    expect(await screen.findByRole('link', { name: '1.1' })).toHaveAttribute('href', '/projects/WEB/releases/1.1')
    expect(screen.queryByRole('button', { name: 'Release 1.0' })).toBeNull()
    await user.click(screen.getByRole('button', { name: 'Actions for 1.0' }))
    await user.click(screen.getByRole('menuitem', { name: 'Release…' }))
    const dialog = screen.getByRole('dialog', { name: 'Release 1.0' })
    expect(within(dialog).getByRole('radio', { name: /Move 2 unresolved issues to/ })).toBeChecked()
    await user.clear(within(dialog).getByLabelText('Release date'))
    await user.type(within(dialog).getByLabelText('Release date'), '2026-08-01')
    await user.click(within(dialog).getByRole('button', { name: 'Release' }))
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Release 1.0' })).toBeNull())

    await user.click(screen.getByRole('button', { name: 'Actions for 1.1' }))
    await user.click(screen.getByRole('menuitem', { name: 'Archive' }))
    await waitFor(() => expect(calls).toEqual(['release 1.0 {"releaseDate":"2026-08-01","moveUnresolvedTo":"1.1"}', '1.1 {"archived":true}']))
  })

  it('lists versions without their actions for those who only read the settings', async () => {
    stubFetch({
      'GET /api/v1/projects/WEB/scheme': () => json(200, scheme('member')),
      'GET /api/v1/projects/WEB/versions/progress': () =>
        json(200, [{ version: scheme('member').versions[0], toDo: 1, inProgress: 0, done: 0, unresolved: 1, affected: 0 }]),
    })
    renderSettings('versions')

    expect(await screen.findByRole('link', { name: '1.0' })).toBeInTheDocument()
    expect(screen.getByText('Unreleased')).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Actions for 1.0' })).toBeNull()
    expect(screen.queryByRole('button', { name: 'Create version' })).toBeNull()
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
    await user.click(within(question).getByRole('button', { name: 'Keep editing' }))
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

  it('shows the project lead and saves another person picked as lead', async () => {
    const patches: unknown[] = []
    stubFetch({
      'GET /api/v1/projects/WEB/scheme': () => json(200, scheme('admin')),
      'GET /api/v1/projects/WEB': () => json(200, patches.length ? { ...project, lead: bob, version: 4 } : project),
      'PATCH /api/v1/projects/WEB': (init) => {
        patches.push(body(init))
        return json(200, { ...project, lead: bob, version: 4 })
      },
      'GET /api/v1/projects': () => json(200, [project]),
      'GET /api/v1/users': () => json(200, [bob]),
    })
    const user = renderSettings('details')

    const lead = await screen.findByLabelText('Lead')
    expect(lead).toHaveAttribute('placeholder', `${ada.displayName} <${ada.email}>`)
    await user.type(lead, 'Bo')
    await user.click(await screen.findByRole('option', { name: new RegExp(bob.displayName) }))

    await waitFor(() => expect(patches).toEqual([{ lead: bob.email, version: 3 }]))
    await waitFor(() => expect(screen.getByLabelText('Lead')).toHaveAttribute('placeholder', `${bob.displayName} <${bob.email}>`))
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
})
