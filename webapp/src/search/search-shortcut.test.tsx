import { screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { AppRoutes } from '../app/app-routes'
import { json, renderWithProviders, stubFetch } from '../test-utils'

afterEach(() => vi.unstubAllGlobals())

describe('the / shortcut', () => {
  it('opens the search page from anywhere with the JQL box focused, and focuses it again there', async () => {
    stubFetch({
      'GET /api/v1/session': () => json(200, { user: { id: 1, email: 'ada@example.com', displayName: 'Ada', siteAdmin: false }, csrfToken: 'x' }),
      'GET /api/v1/projects': () => json(200, []),
      'GET /api/v1/myself/tokens': () => json(200, []),
      'GET /api/v1/search': () => json(200, { startAt: 0, maxResults: 50, total: 0, issues: [] }),
      'GET /api/v1/jql/reference': () => json(200, { fields: [], functions: [], reservedWords: [] }),
      'GET /api/v1/jql/autocomplete': () => json(200, { replaceFrom: 0, replaceTo: 0, suggestions: [] }),
    })
    renderWithProviders(<AppRoutes />, { route: '/account/tokens' })
    const user = userEvent.setup()
    await screen.findByRole('heading', { name: /API tokens/ })

    await user.keyboard('/')

    const box = await screen.findByRole('combobox', { name: 'JQL query' })
    await waitFor(() => expect(box).toHaveFocus())
    await user.keyboard('a/b')
    expect(box).toHaveValue('a/b')

    await user.click(screen.getByRole('heading', { name: /Search/ }))
    expect(box).not.toHaveFocus()
    await user.keyboard('/')
    await waitFor(() => expect(box).toHaveFocus())
    expect(box).toHaveValue('a/b')
  })
})
