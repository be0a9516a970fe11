import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { ApiToken } from '../api/tokens'
import { json, renderWithProviders, stubFetch } from '../test-utils'
import { TokensPage } from './tokens-page'

const token = (id: number, name: string): ApiToken => ({ id, name, prefix: `mrd_${id}abcde`, createdAt: '2026-11-01T08:00:00Z', lastUsedAt: null })

beforeEach(() => {
  document.cookie = 'XSRF-TOKEN=token'
})
afterEach(() => vi.unstubAllGlobals())

function renderPage() {
  renderWithProviders(<TokensPage />)
  return userEvent.setup()
}

describe('TokensPage', () => {
  it('shows under the name why the server refused a name already in use, until the name changes', async () => {
    const refusal = 'You already have a token named “ci”. Choose another name or revoke that one.'
    stubFetch({
      'GET /api/v1/myself/tokens': () => json(200, [token(1, 'ci')]),
      'POST /api/v1/myself/tokens': () =>
        json(409, { status: 409, title: 'Conflict', detail: refusal, errors: [{ field: 'name', message: refusal }] }, 'application/problem+json'),
    })
    const user = renderPage()

    const name = await screen.findByRole('textbox', { name: /Token name/ })
    await user.type(name, 'ci')
    await user.click(screen.getByRole('button', { name: 'Create token' }))

    expect(await screen.findByText(refusal)).toBeInTheDocument()
    expect(name).toHaveAttribute('aria-invalid', 'true')
    expect(screen.queryByRole('status')).not.toBeInTheDocument()
    await user.type(name, '-2')
    expect(screen.queryByText(refusal)).not.toBeInTheDocument()
    expect(name).toHaveAttribute('aria-invalid', 'false')
  })

  it('revokes a token only once the dialog’s Revoke is pressed', async () => {
    let tokens = [token(1, 'ci'), token(2, 'laptop')]
    const revoked: number[] = []
    stubFetch({
      'GET /api/v1/myself/tokens': () => json(200, tokens),
      'DELETE /api/v1/myself/tokens/2': () => {
        revoked.push(2)
        tokens = tokens.filter((kept) => kept.id !== 2)
        return json(204, null)
      },
    })
    const user = renderPage()

    const row = (await screen.findByRole('cell', { name: 'laptop' })).closest('tr')!
    await user.click(within(row).getByRole('button', { name: 'Revoke' }))
    const asked = screen.getByRole('dialog', { name: 'Revoke “laptop”?' })
    expect(asked).toHaveTextContent('Scripts using it will stop working.')
    await user.click(within(asked).getByRole('button', { name: 'Cancel' }))
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
    expect(revoked).toEqual([])

    await user.click(within(row).getByRole('button', { name: 'Revoke' }))
    await user.click(within(screen.getByRole('dialog', { name: 'Revoke “laptop”?' })).getByRole('button', { name: 'Revoke' }))

    await waitFor(() => expect(screen.queryByRole('cell', { name: 'laptop' })).not.toBeInTheDocument())
    expect(revoked).toEqual([2])
    expect(screen.getByRole('cell', { name: 'ci' })).toBeInTheDocument()
  })

  it('takes a new token’s secret off the screen once that token is revoked', async () => {
    let tokens: ApiToken[] = []
    stubFetch({
      'GET /api/v1/myself/tokens': () => json(200, tokens),
      'POST /api/v1/myself/tokens': () => {
        tokens = [token(3, 'laptop')]
        return json(201, { token: tokens[0], secret: 'mrd_3abcde-the-secret' })
      },
      'DELETE /api/v1/myself/tokens/3': () => {
        tokens = []
        return json(204, null)
      },
    })
    const user = renderPage()

    await user.type(await screen.findByRole('textbox', { name: /Token name/ }), 'laptop')
    await user.click(screen.getByRole('button', { name: 'Create token' }))
    expect(await screen.findByLabelText('New token secret')).toHaveTextContent('mrd_3abcde-the-secret')

    const row = (await screen.findByRole('cell', { name: 'laptop' })).closest('tr')!
    await user.click(within(row).getByRole('button', { name: 'Revoke' }))
    await user.click(within(screen.getByRole('dialog', { name: 'Revoke “laptop”?' })).getByRole('button', { name: 'Revoke' }))

    await waitFor(() => expect(screen.queryByLabelText('New token secret')).not.toBeInTheDocument())
  })
})
