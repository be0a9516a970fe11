import { screen, waitFor } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { BoardConfig } from '../api/planning'
import { json, renderWithProviders, stubFetch } from '../test-utils'
import { CurrentUserContext } from './current-user'
import { Layout } from './layout'

const ada = { id: 1, email: 'ada@example.com', displayName: 'Ada', siteAdmin: false }

function openProject(boards: Pick<BoardConfig, 'id' | 'kind' | 'name'>[], projects = [{ key: 'WEB', name: 'Web app', role: 'member' }]) {
  const asked = stubFetch({
    'GET /api/v1/projects': () => json(200, projects),
    'GET /api/v1/boards': () => json(200, boards),
    'GET /api/v1/notifications/unread-count': () => json(200, { unread: 0 }),
  })
  renderWithProviders(
    <CurrentUserContext.Provider value={ada}>
      <Layout />
    </CurrentUserContext.Provider>,
    { route: '/projects/WEB/issues' },
  )
  return asked
}

const boardsAsked = (asked: ReturnType<typeof stubFetch>) => asked.mock.calls.some(([url]) => String(url).startsWith('/api/v1/boards'))

beforeEach(() => localStorage.clear())
afterEach(() => vi.unstubAllGlobals())

describe('the project navigation', () => {
  it('leaves Backlog out of a project whose boards are all kanban, as Jira does', async () => {
    const asked = openProject([{ id: 1, kind: 'kanban', name: 'WEB Kanban' }])

    await waitFor(() => expect(boardsAsked(asked)).toBe(true))

    await waitFor(() => expect(screen.queryByRole('link', { name: 'Backlog' })).not.toBeInTheDocument())
    expect(screen.getByRole('link', { name: 'Boards' })).toBeInTheDocument()
  })

  it('lists Backlog for a project with a scrum board', async () => {
    const asked = openProject([
      { id: 1, kind: 'kanban', name: 'WEB Kanban' },
      { id: 2, kind: 'scrum', name: 'WEB Scrum' },
    ])

    await waitFor(() => expect(boardsAsked(asked)).toBe(true))

    expect(await screen.findByRole('link', { name: 'Backlog' })).toHaveAttribute('href', '/projects/WEB/backlog')
  })
})

describe('New issue in the sidebar', () => {
  it('is not offered to someone who only views every project they see', async () => {
    openProject([], [{ key: 'WEB', name: 'Web app', role: 'viewer' }])

    await screen.findByRole('option', { name: 'Web app' })

    expect(screen.queryByRole('button', { name: 'New issue' })).not.toBeInTheDocument()
  })

  it('is offered to someone who can add issues to one of their projects', async () => {
    openProject([], [
      { key: 'WEB', name: 'Web app', role: 'viewer' },
      { key: 'OPS', name: 'Operations', role: 'member' },
    ])

    await screen.findByRole('option', { name: 'Web app' })

    expect(screen.getByRole('button', { name: 'New issue' })).toBeVisible()
  })
})
