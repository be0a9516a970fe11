import { screen, waitFor, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { json, stubFetch } from '../test-utils'
import { body, renderSettings, scheme } from './settings-fixtures'

beforeEach(() => {
  document.cookie = 'XSRF-TOKEN=token'
})
afterEach(() => {
  vi.unstubAllGlobals()
  vi.restoreAllMocks()
})

describe('Issue types and resolutions settings', { timeout: 20_000 }, () => {
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
