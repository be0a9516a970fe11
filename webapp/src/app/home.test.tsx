import { screen } from '@testing-library/react'
import { useLocation } from 'react-router'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { boardScheme } from '../board/test-scheme'
import { json, renderWithProviders, stubFetch } from '../test-utils'
import { AppRoutes } from './app-routes'

function Where() {
  const location = useLocation()
  return <output aria-label="Location">{location.pathname}</output>
}

function visitHome(projects: { key: string; name: string; role: string }[]) {
  stubFetch({
    'GET /api/v1/session': () => json(200, { user: { id: 1, email: 'ada@example.com', displayName: 'Ada', siteAdmin: false }, csrfToken: 'x' }),
    'GET /api/v1/projects': () => json(200, projects),
    'GET /api/v1/projects/WEB/scheme': () => json(200, boardScheme),
    'GET /api/v1/projects/WEB/members': () => json(200, []),
    'GET /api/v1/issues/columns': () => json(200, []),
  })
  renderWithProviders(
    <>
      <AppRoutes />
      <Where />
    </>,
    { route: '/' },
  )
}

beforeEach(() => localStorage.clear())
afterEach(() => vi.unstubAllGlobals())

describe('the first page after signing in', () => {
  it('is the board of the only project someone belongs to', async () => {
    visitHome([{ key: 'WEB', name: 'Web app', role: 'member' }])

    expect(await screen.findByText('/projects/WEB/board')).toBeInTheDocument()
  })

  it('is the list of projects to choose from when there are several', async () => {
    visitHome([
      { key: 'WEB', name: 'Web app', role: 'member' },
      { key: 'OPS', name: 'Operations', role: 'member' },
    ])

    expect(await screen.findByText('/projects')).toBeInTheDocument()
  })
})
