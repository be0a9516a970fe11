import { screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useLocation } from 'react-router'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { CurrentUserContext } from '../app/current-user'
import { json, renderWithProviders, stubFetch } from '../test-utils'
import { ProjectListPage } from './project-list-page'

const admin = { id: 1, email: 'admin@meridian.local', displayName: 'Administrator', siteAdmin: true }
const lena = { id: 2, email: 'lena@example.com', displayName: 'Lena Lead' }
const hadoop = { id: 1, key: 'HADOOP', name: 'Apache Hadoop (demo)', description: null, lead: null, role: 'admin' }

function Where() {
  return <span data-testid="where">{useLocation().pathname}</span>
}

function serve(created: Record<string, unknown>[]) {
  stubFetch({
    'GET /api/v1/projects': () => json(200, [hadoop]),
    'GET /api/v1/users': (_, url) => json(200, url.searchParams.get('query') === 'Lena' ? [lena] : []),
    'POST /api/v1/projects': (init) => {
      const body = JSON.parse(String(init?.body))
      created.push(body)
      return json(201, { id: 2, description: null, lead: lena, role: 'admin', version: 0, ...body })
    },
  })
  renderWithProviders(
    <CurrentUserContext.Provider value={admin}>
      <ProjectListPage />
      <Where />
    </CurrentUserContext.Provider>,
    { route: '/projects' },
  )
  return userEvent.setup()
}

beforeEach(() => {
  document.cookie = 'XSRF-TOKEN=token'
})
afterEach(() => vi.unstubAllGlobals())

describe('New project', { timeout: 20_000 }, () => {
  it('suggests the key from the name as it is typed, and keeps a key typed over the suggestion', async () => {
    const user = serve([])
    const name = await screen.findByLabelText('Name')
    await user.type(name, 'Web Relaunch')
    expect(screen.getByLabelText('Key')).toHaveValue('WR')

    await user.clear(screen.getByLabelText('Key'))
    await user.type(screen.getByLabelText('Key'), 'web')
    await user.type(name, ' Site')
    expect(screen.getByLabelText('Key')).toHaveValue('WEB')
  })

  it('says beside the key that it is malformed or taken, before sending anything', async () => {
    const created: Record<string, unknown>[] = []
    const user = serve(created)
    await user.type(await screen.findByLabelText('Name'), 'Hadoop')
    await user.clear(screen.getByLabelText('Key'))
    await user.type(screen.getByLabelText('Key'), 'HADOOP')
    expect(screen.getByLabelText('Key')).toHaveAccessibleDescription('HADOOP is the key of another project')

    await user.clear(screen.getByLabelText('Key'))
    await user.type(screen.getByLabelText('Key'), '1X')
    await user.click(screen.getByRole('button', { name: 'Create project' }))
    expect(screen.getByLabelText('Key')).toHaveAccessibleDescription(/starting with a letter/)
    expect(created).toEqual([])
  })

  it('creates a scrum project by default with its description and lead, and opens its backlog', async () => {
    const created: Record<string, unknown>[] = []
    const user = serve(created)
    await user.type(await screen.findByLabelText('Name'), 'Web Relaunch')
    await user.type(screen.getByLabelText('Description (optional)'), 'The new site')
    await user.type(screen.getByLabelText('Lead'), 'Lena')
    await user.click(await screen.findByRole('option', { name: /Lena Lead/ }))
    await user.click(screen.getByRole('button', { name: 'Create project' }))

    await waitFor(() => expect(screen.getByTestId('where')).toHaveTextContent('/projects/WR/backlog'))
    expect(created).toEqual([{ key: 'WR', name: 'Web Relaunch', description: 'The new site', lead: 'lena@example.com', template: 'scrum' }])
    expect(await screen.findByText('Project Web Relaunch (WR) created')).toBeInTheDocument()
  })

  it('opens a kanban project on its board', async () => {
    const created: Record<string, unknown>[] = []
    const user = serve(created)
    await user.type(await screen.findByLabelText('Name'), 'Support')
    await user.click(screen.getByRole('radio', { name: /Kanban/ }))
    await user.click(screen.getByRole('button', { name: 'Create project' }))

    await waitFor(() => expect(screen.getByTestId('where')).toHaveTextContent('/projects/SUPP/boards'))
    expect(created[0]).toMatchObject({ key: 'SUPP', template: 'kanban' })
    expect(created[0]).not.toHaveProperty('lead')
  })
})
