import { screen, waitFor, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { json, stubFetch } from '../test-utils'
import { ada, body, renderSettings, scheme } from './settings-fixtures'

beforeEach(() => {
  document.cookie = 'XSRF-TOKEN=token'
})
afterEach(() => {
  vi.unstubAllGlobals()
  vi.restoreAllMocks()
})

describe('Workflow settings', { timeout: 20_000 }, () => {
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
      'GET /api/v1/projects/WEB/workflow/usage': () => json(200, [{ statusId: 1, status: 'To Do', issues: 3 }, { statusId: 2, status: 'Done', issues: 0 }]),
    })
    const user = renderSettings('workflow')

    await user.type(await screen.findByRole('textbox', { name: 'New status' }), 'Blocked')
    await user.click(screen.getByRole('button', { name: 'Add status' }))
    const form = screen.getByRole('form', { name: 'Add a transition' })
    await user.type(within(form).getByRole('textbox', { name: 'Transition name' }), 'Block')
    await user.selectOptions(within(form).getByRole('combobox', { name: 'To' }), 'Blocked')
    await user.click(within(form).getByRole('button', { name: 'Add transition' }))
    await user.click(screen.getByRole('button', { name: 'Remove status To Do' }))
    await screen.findByText(/3 issues in/)
    await user.selectOptions(screen.getByRole('combobox', { name: 'Issues in To Do move to' }), 'Blocked')
    await user.click(screen.getByRole('button', { name: 'Save workflow' }))
    const asked = screen.getByRole('dialog', { name: 'Save the workflow and move issues?' })
    expect(asked).toHaveTextContent('Issues in a removed status move: 3 issues in “To Do” to “Blocked”.')
    await user.click(within(asked).getByRole('button', { name: 'Save and move' }))

    expect(await screen.findByRole('alert')).toHaveTextContent("Status 'To Do' still has 3 issues")
    expect(saved[0]).toEqual({
      statuses: [
        { name: 'Blocked', category: 'indeterminate' },
        { id: 2, name: 'Done', category: 'done' },
      ],
      transitions: [
        { name: 'Finish', to: 'Done' },
        { name: 'Blocked', to: 'Blocked' },
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
      'GET /api/v1/projects/WEB/workflow/usage': () => json(200, [{ statusId: 1, status: 'To Do', issues: 3 }, { statusId: 2, status: 'Done', issues: 0 }]),
    })
    const user = renderSettings('workflow')

    await user.click(await screen.findByRole('button', { name: 'Remove status To Do' }))
    expect(await screen.findByRole('combobox', { name: 'Issues in To Do move to' })).toHaveValue('status-2')
    await user.click(screen.getByRole('button', { name: 'Save workflow' }))
    await user.click(within(screen.getByRole('dialog', { name: 'Save the workflow and move issues?' })).getByRole('button', { name: 'Cancel' }))

    expect(saved).toEqual([])
    expect(screen.getByRole('button', { name: 'Save workflow' })).toBeEnabled()
  })

  it('removes a status without issues without asking where they go', async () => {
    const saved: unknown[] = []
    stubFetch({
      'GET /api/v1/projects/WEB/scheme': () => json(200, scheme('admin')),
      'GET /api/v1/projects/WEB/workflow/usage': () => json(200, [{ statusId: 1, status: 'To Do', issues: 0 }]),
      'PUT /api/v1/projects/WEB/workflow': (init) => {
        saved.push(body(init))
        return json(200, scheme('admin'))
      },
    })
    const user = renderSettings('workflow')

    await user.click(await screen.findByRole('button', { name: 'Remove status To Do' }))
    expect(await screen.findByText('“To Do” has no issues.')).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Save workflow' }))

    await waitFor(() => expect(saved).toHaveLength(1))
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
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
    await user.click(within(question).getByRole('button', { name: 'Keep editing' }))
    expect(screen.getByRole('textbox', { name: 'Name of status 2' })).toHaveValue('Blocked')

    await user.click(screen.getByRole('button', { name: 'Save workflow' }))
    await waitFor(() => expect(screen.getByRole('button', { name: 'Save workflow' })).toBeDisabled())
    await user.click(screen.getByRole('link', { name: 'Members' }))
    expect(await screen.findByRole('combobox', { name: 'Role of Ada' })).toBeInTheDocument()
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
    expect(await screen.findByRole('alert')).toHaveTextContent('The maximum must be at most 999.')
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
})
