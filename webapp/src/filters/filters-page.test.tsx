import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { Filter } from '../api/filters'
import { CurrentUserContext } from '../app/current-user'
import { json, renderWithProviders, stubFetch } from '../test-utils'
import { FiltersPage } from './filters-page'

const ada = { id: 1, email: 'ada@example.com', displayName: 'Ada Lovelace' }
const bob = { id: 2, email: 'bob@example.com', displayName: 'Bob Builder' }
const filter = (id: number, name: string, changes: Partial<Filter> = {}): Filter => ({
  id,
  name,
  jql: `labels = f${id}`,
  description: null,
  owner: ada,
  projectKey: null,
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
  editable: true,
  ...changes,
})

beforeEach(() => {
  document.cookie = 'XSRF-TOKEN=token'
})
afterEach(() => {
  vi.unstubAllGlobals()
  vi.restoreAllMocks()
})

function renderPage() {
  renderWithProviders(
    <CurrentUserContext.Provider value={{ ...ada, siteAdmin: false }}>
      <FiltersPage />
    </CurrentUserContext.Provider>,
  )
  return userEvent.setup()
}

describe('FiltersPage', () => {
  it("lists the user's filters apart from shared ones and offers changes only where allowed", async () => {
    stubFetch({
      'GET /api/v1/filters': () => json(200, [filter(1, 'Mine'), filter(2, 'Team board', { owner: bob, projectKey: 'WEB', editable: false })]),
    })
    renderPage()

    const [mine, shared] = await screen.findAllByRole('table')
    expect(within(mine).getByRole('link', { name: 'Mine' })).toHaveAttribute('href', '/filters/1')
    expect(within(mine).getByRole('button', { name: 'Delete Mine' })).toBeInTheDocument()
    expect(within(shared).getByText('Team board').closest('tr')).toHaveTextContent(/Team board.*Bob Builder.*WEB/)
    expect(within(shared).queryByRole('button')).not.toBeInTheDocument()
  })

  it('deletes a filter once the user confirms', async () => {
    let filters = [filter(1, 'Mine'), filter(3, 'Old')]
    stubFetch({
      'GET /api/v1/filters': () => json(200, filters),
      'DELETE /api/v1/filters/3': () => {
        filters = filters.filter((kept) => kept.id !== 3)
        return json(204, null)
      },
    })
    const user = renderPage()

    await user.click(await screen.findByRole('button', { name: 'Delete Old' }))
    await user.click(within(screen.getByRole('dialog', { name: 'Delete the filter “Old”?' })).getByRole('button', { name: 'Cancel' }))
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Old' })).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Delete Old' }))
    await user.click(within(screen.getByRole('dialog', { name: 'Delete the filter “Old”?' })).getByRole('button', { name: 'Delete' }))

    await waitFor(() => expect(screen.queryByRole('link', { name: 'Old' })).not.toBeInTheDocument())
    expect(screen.getByRole('status')).toHaveTextContent('Deleted filter “Old”')
  })

  it('renames a filter, shares it with a project and shows invalid JQL under the query', async () => {
    const sent: unknown[] = []
    stubFetch({
      'GET /api/v1/filters': () => json(200, [filter(1, 'Mine')]),
      'GET /api/v1/projects': () => json(200, [{ key: 'WEB', name: 'Web app', role: 'member' }]),
      'PUT /api/v1/filters/1': (init) => {
        const body = JSON.parse(String(init?.body))
        sent.push(body)
        if (body.jql.includes('Doen')) {
          return json(400, { title: 'Invalid JQL', status: 400, errorMessages: ["The value 'Doen' does not exist (line 1, character 10)"], line: 1, character: 10 })
        }
        return json(200, filter(1, body.name, { jql: body.jql, projectKey: body.projectKey }))
      },
    })
    const user = renderPage()

    await user.click(await screen.findByRole('button', { name: 'Edit Mine' }))
    const dialog = screen.getByRole('dialog', { name: 'Edit filter “Mine”' })
    await user.clear(within(dialog).getByLabelText('Name'))
    await user.type(within(dialog).getByLabelText('Name'), 'Web labels')
    await within(dialog).findByRole('option', { name: 'Members of Web app (WEB)' })
    await user.selectOptions(within(dialog).getByLabelText('Shared with'), 'WEB')
    await user.clear(within(dialog).getByLabelText('JQL'))
    await user.type(within(dialog).getByLabelText('JQL'), 'status = Doen')
    await user.click(within(dialog).getByRole('button', { name: 'Save changes' }))

    await waitFor(() => expect(within(dialog).getByLabelText('JQL')).toHaveAccessibleDescription(/The value 'Doen' does not exist/))
    await user.clear(within(dialog).getByLabelText('JQL'))
    await user.type(within(dialog).getByLabelText('JQL'), 'status = Done')
    await user.click(within(dialog).getByRole('button', { name: 'Save changes' }))

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
    expect(sent.at(-1)).toEqual({ name: 'Web labels', jql: 'status = Done', projectKey: 'WEB' })
  })
})
