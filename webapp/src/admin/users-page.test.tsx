import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { CurrentUserContext } from '../app/current-user'
import { json, renderWithProviders, stubFetch } from '../test-utils'
import { UsersPage } from './users-page'

const admin = { id: 1, email: 'admin@meridian.local', displayName: 'Administrator', siteAdmin: true }
const vera = { id: 2, email: 'vera@example.com', displayName: 'Vera Viewer', siteAdmin: false, active: true }

function serve(calls: string[]) {
  let accounts = [{ ...admin, active: true }, vera]
  stubFetch({
    'GET /api/v1/users/accounts': () => json(200, accounts),
    'PATCH /api/v1/users/2': (init) => {
      const { active } = JSON.parse(String(init?.body))
      calls.push(`vera active=${active}`)
      accounts = accounts.map((account) => (account.id === 2 ? { ...account, active } : account))
      return json(200, accounts[1])
    },
    'POST /api/v1/users': (init) => {
      const body = JSON.parse(String(init?.body))
      calls.push(`create ${body.email}`)
      if (body.email === 'vera@example.com') {
        return json(409, { status: 409, title: 'Conflict', detail: "A user with email 'vera@example.com' already exists" }, 'application/problem+json')
      }
      if (body.password.length < 8) {
        return json(
          400,
          { status: 400, title: 'Bad Request', detail: 'Invalid request', errors: [{ field: 'password', message: 'must be between 8 and 200 characters' }] },
          'application/problem+json',
        )
      }
      accounts = [...accounts, { id: 3, displayName: body.displayName, email: body.email, siteAdmin: false, active: true }]
      return json(201, accounts[2])
    },
  })
  renderWithProviders(
    <CurrentUserContext.Provider value={admin}>
      <UsersPage />
    </CurrentUserContext.Provider>,
  )
  return userEvent.setup()
}

beforeEach(() => {
  document.cookie = 'XSRF-TOKEN=token'
})
afterEach(() => vi.unstubAllGlobals())

describe('UsersPage', { timeout: 20_000 }, () => {
  it('deactivates someone once confirmed and reactivates them, but offers no way to deactivate oneself', async () => {
    const calls: string[] = []
    const user = serve(calls)
    await user.click(await screen.findByRole('button', { name: 'Deactivate Vera Viewer' }))
    expect(screen.queryByRole('button', { name: 'Deactivate Administrator' })).toBeNull()
    await user.click(within(screen.getByRole('dialog', { name: 'Deactivate Vera Viewer?' })).getByRole('button', { name: 'Deactivate' }))

    await user.click(await screen.findByRole('button', { name: 'Reactivate Vera Viewer' }))
    await waitFor(() => expect(calls).toEqual(['vera active=false', 'vera active=true']))
  })

  it('creates an account with a name, email and initial password, and says beside a field what the server refused', async () => {
    const calls: string[] = []
    const user = serve(calls)
    await screen.findByText('Vera Viewer')
    await user.type(screen.getByLabelText('Name'), 'Cy Coder')
    await user.type(screen.getByLabelText('Email'), 'cy@example.com')
    await user.type(screen.getByLabelText('Initial password'), 'short')
    await user.click(screen.getByRole('button', { name: 'Create user' }))
    expect(await screen.findByText('Password must be between 8 and 200 characters.')).toBeInTheDocument()

    await user.type(screen.getByLabelText('Initial password'), '-but-longer')
    await user.click(screen.getByRole('button', { name: 'Create user' }))
    expect(await screen.findByText('cy@example.com')).toBeInTheDocument()
    expect(screen.getByLabelText('Name')).toHaveValue('')

    await user.type(screen.getByLabelText('Name'), 'Vera Again')
    await user.type(screen.getByLabelText('Email'), 'vera@example.com')
    await user.type(screen.getByLabelText('Initial password'), 'long-enough')
    await user.click(screen.getByRole('button', { name: 'Create user' }))
    expect(await screen.findByText('An account with this email already exists.')).toBeInTheDocument()
    expect(screen.getByLabelText('Email')).toHaveAccessibleDescription('An account with this email already exists.')
  })
})
