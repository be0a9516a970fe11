import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import type { Card, Sprint } from '../api/planning'
import { renderWithProviders } from '../test-utils'
import { workloadOf } from './sprint-workload'
import { SprintWorkload } from './sprint-workload-dialog'

const ada = { id: 1, email: 'ada@example.com', displayName: 'Ada' }
const bob = { id: 2, email: 'bob@example.com', displayName: 'Bob' }
const sprint = { id: 11, name: 'Sprint 1' } as Sprint
const HOUR = 3600
const card = (key: string, points: number | null, assignee: Card['assignee'], done = false, estimateSeconds: number | null = null) =>
  ({ key, storyPoints: points, assignee, statusCategory: done ? 'done' : 'new', estimateSeconds }) as Card

describe('sprint workload', () => {
  it('counts issues and points per assignee, done apart, the most points first and unassigned work last', () => {
    const loads = workloadOf([card('W-1', 3, ada, true), card('W-2', null, null), card('W-3', 5, bob), card('W-4', 2, ada)])

    expect(loads.map((load) => [load.assignee?.displayName ?? 'Unassigned', load.issues, load.points, load.doneIssues, load.donePoints])).toEqual([
      ['Ada', 2, 5, 1, 3],
      ['Bob', 1, 5, 0, 0],
      ['Unassigned', 1, 0, 0, 0],
    ])
  })

  it('opens as a table from the sprint’s header', async () => {
    renderWithProviders(<SprintWorkload sprint={sprint} cards={[card('W-1', 3, ada, true), card('W-3', 8, bob)]} />)
    await userEvent.setup().click(screen.getByRole('button', { name: 'Workload' }))

    const rows = within(screen.getByRole('dialog', { name: 'Workload of Sprint 1' })).getAllByRole('row')
    const cells = (row: HTMLElement) => within(row).getAllByRole('cell').map((cell) => cell.textContent?.trim())
    expect(cells(rows[1])).toEqual([expect.stringContaining('Bob'), '1', '8', '–', '1', '0 of 1 issues · 0 of 8 points'])
    expect(cells(rows[2])).toEqual([expect.stringContaining('Ada'), '1', '3', '–', '0', '1 of 1 issues · 3 of 3 points'])
  })

  it('sums what remains of each assignee’s estimates over the issues not done, and counts those without one', () => {
    const loads = workloadOf([
      card('W-1', 3, ada, false, 12 * HOUR),
      card('W-2', 2, ada, false, 4 * HOUR),
      card('W-3', 1, ada, true, 8 * HOUR),
      card('W-4', 1, ada),
      card('W-5', null, null, false, 2 * HOUR),
      card('W-6', null, null, true),
    ])

    expect(loads.map((load) => [load.assignee?.displayName ?? 'Unassigned', load.issues, load.remainingSeconds, load.unestimated])).toEqual([
      ['Ada', 4, 16 * HOUR, 1],
      ['Unassigned', 2, 2 * HOUR, 0],
    ])
  })

  it('shows the remaining estimate beside the issue counts, as Jira writes durations', async () => {
    renderWithProviders(<SprintWorkload sprint={sprint} cards={[card('W-1', 3, ada, false, 12 * HOUR), card('W-2', 2, ada), card('W-3', 1, bob, false, 90 * 60)]} />)
    await userEvent.setup().click(screen.getByRole('button', { name: 'Workload' }))

    const table = within(screen.getByRole('dialog', { name: 'Workload of Sprint 1' }))
    expect(table.getAllByRole('columnheader').map((header) => header.textContent)).toEqual([
      'Assignee', 'Issues', 'Story points', 'Remaining estimate', 'Unestimated', 'Done',
    ])
    const rows = table.getAllByRole('row')
    const cells = (row: HTMLElement) => within(row).getAllByRole('cell').map((cell) => cell.textContent?.trim())
    expect(cells(rows[1]).slice(1, 5)).toEqual(['2', '5', '1d 4h', '1'])
    expect(cells(rows[2]).slice(1, 5)).toEqual(['1', '1', '1h 30m', '0'])
  })

  it('offers no Workload for a sprint without issues, rather than a button that looks broken', () => {
    renderWithProviders(<SprintWorkload sprint={sprint} cards={[]} />)

    expect(screen.queryByRole('button', { name: 'Workload' })).not.toBeInTheDocument()
  })
})
