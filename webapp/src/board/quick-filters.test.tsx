import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useLocation } from 'react-router'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { Scheme } from '../api/projects'
import { AppRoutes } from '../app/app-routes'
import { issueSummary, json, renderWithProviders, stubFetch } from '../test-utils'
import { boardLabels } from './board-state'

const ada = { id: 1, email: 'ada@example.com', displayName: 'Ada' }
const bob = { id: 2, email: 'bob@example.com', displayName: 'Bob' }
const scheme: Scheme = {
  project: { id: 1, key: 'WEB', name: 'Web app', callerRole: 'member' },
  workflow: { statuses: [{ id: 1, name: 'To Do', category: 'new', position: 0 }], transitions: [] },
  types: [
    { id: 3, name: 'Task', level: 0 },
    { id: 4, name: 'Bug', level: 0 },
  ],
  priorities: [],
  resolutions: [],
  components: [],
  versions: [],
}
const cards = [
  issueSummary('WEB-1', 'To Do', '2026-01-02T00:00:00Z', { type: 'Bug', labels: ['ui', 'flaky'], assignee: bob }),
  issueSummary('WEB-2', 'To Do', '2026-01-01T00:00:00Z', { labels: ['docs'] }),
]

afterEach(() => vi.unstubAllGlobals())

/** A server that narrows the one column by the filters it is given, and remembers each request's filters. */
function Where() {
  const location = useLocation()
  return <output aria-label="Location">{location.pathname + location.search}</output>
}

function renderBoard(route = '/projects/WEB/board') {
  const asked: Record<string, string>[] = []
  stubFetch({
    'GET /api/v1/session': () => json(200, { user: { ...ada, siteAdmin: false }, csrfToken: 'x' }),
    'GET /api/v1/projects': () => json(200, []),
    'GET /api/v1/projects/WEB/scheme': () => json(200, scheme),
    'GET /api/v1/projects/WEB/members': () => json(200, [{ user: ada, role: 'member' }, { user: bob, role: 'member' }]),
    'GET /api/v1/issues/columns': (_, url) => {
      const filters = Object.fromEntries(['assignee', 'type', 'label'].flatMap((name) => {
        const value = url.searchParams.get(name)
        return value ? [[name, value]] : []
      }))
      asked.push(filters)
      const items = cards.filter((issue) => (!filters.type || issue.type === filters.type)
        && (!filters.label || issue.labels.includes(filters.label))
        && (!filters.assignee || issue.assignee?.email === filters.assignee))
      return json(200, [{ status: 'To Do', statusCategory: 'new', total: items.length, items }])
    },
  })
  renderWithProviders(
    <>
      <AppRoutes />
      <Where />
    </>,
    { route },
  )
  return { user: userEvent.setup(), asked }
}

const column = () => screen.getByRole('region', { name: 'To Do' })

describe('the board’s quick filters', { timeout: 15_000 }, () => {
  it('narrows the columns by assignee, type and label through the server, and clears back to every card', async () => {
    const { user, asked } = renderBoard()
    await within(await screen.findByRole('region', { name: 'To Do' })).findByText('WEB-2')

    expect(within(screen.getByLabelText('Label filter')).getAllByRole('option').map((o) => o.textContent))
      .toEqual(['Any label', 'docs', 'flaky', 'ui'])
    await user.selectOptions(screen.getByLabelText('Type filter'), 'Bug')
    expect(await within(column()).findByText('WEB-1')).toBeInTheDocument()
    expect(within(column()).queryByText('WEB-2')).not.toBeInTheDocument()

    await user.selectOptions(screen.getByLabelText('Label filter'), 'flaky')
    await user.selectOptions(await screen.findByRole('option', { name: 'Bob' }).then((o) => o.closest('select')!), 'bob@example.com')
    await vi.waitFor(() => expect(asked.at(-1)).toEqual({ type: 'Bug', label: 'flaky', assignee: 'bob@example.com' }))
    expect(await within(column()).findByText('WEB-1')).toBeInTheDocument()

    await user.selectOptions(screen.getByLabelText('Type filter'), 'All types')
    await user.selectOptions(screen.getByLabelText('Label filter'), 'Any label')
    await user.selectOptions(screen.getByLabelText('Assignee filter'), 'Anyone')
    expect(await within(column()).findByText('WEB-2')).toBeInTheDocument()
  })

  it('keeps “Only my issues” and the assignee list in step', async () => {
    const { user, asked } = renderBoard()
    await within(await screen.findByRole('region', { name: 'To Do' })).findByText('WEB-2')

    await user.click(screen.getByRole('button', { name: 'Only my issues' }))
    expect(screen.getByLabelText('Assignee filter')).toHaveValue('me')
    await vi.waitFor(() => expect(asked.at(-1)).toEqual({ assignee: 'me' }))
    await user.selectOptions(screen.getByLabelText('Assignee filter'), 'Unassigned')
    expect(screen.getByRole('button', { name: 'Only my issues' })).toHaveAttribute('aria-pressed', 'false')
  })

  it('keeps the filters in the URL, so a link or a reload shows the board filtered the same way', async () => {
    const { user, asked } = renderBoard('/projects/WEB/board?type=Bug&text=WEB-1')
    await within(await screen.findByRole('region', { name: 'To Do' })).findByText('WEB-1')

    expect(screen.getByLabelText('Type filter')).toHaveValue('Bug')
    expect(screen.getByLabelText('Filter cards')).toHaveValue('WEB-1')
    expect(asked.at(-1)).toEqual({ type: 'Bug' })
    await user.selectOptions(screen.getByLabelText('Label filter'), 'ui')
    await waitFor(() => expect(screen.getByRole('status', { name: 'Location' })).toHaveTextContent('/projects/WEB/board?type=Bug&text=WEB-1&label=ui'))
    await user.clear(screen.getByLabelText('Filter cards'))
    await waitFor(() => expect(screen.getByRole('status', { name: 'Location' })).toHaveTextContent(/\/projects\/WEB\/board\?type=Bug&label=ui$/))
  })

  it('says when the filters leave no card, and clears them back to every card', async () => {
    const { user } = renderBoard()
    await within(await screen.findByRole('region', { name: 'To Do' })).findByText('WEB-2')

    await user.selectOptions(screen.getByLabelText('Label filter'), 'docs')
    await user.selectOptions(screen.getByLabelText('Type filter'), 'Bug')
    expect(await screen.findByText('No cards match these filters.')).toBeInTheDocument()

    await user.click(screen.getByRole('button', { name: 'Clear filters' }))

    expect(await within(column()).findByText('WEB-2')).toBeInTheDocument()
    expect(within(column()).getByText('WEB-1')).toBeInTheDocument()
    expect(screen.getByLabelText('Type filter')).toHaveValue('')
    expect(screen.queryByText('No cards match these filters.')).not.toBeInTheDocument()
  })
})

describe('boardLabels', () => {
  it('lists the loaded cards’ labels once, sorted, with the chosen one even when no card shows it', () => {
    const columns = [{ status: 'To Do', statusCategory: 'new' as const, total: 2, items: cards }]
    expect(boardLabels(columns, '')).toEqual(['docs', 'flaky', 'ui'])
    expect(boardLabels([], 'gone')).toEqual(['gone'])
    expect(boardLabels(undefined, '')).toEqual([])
  })
})
