import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import type { Card } from '../api/planning'
import { issueSummary } from '../test-utils'
import { IssueCard } from './issue-card'

const scrumCard: Card = {
  id: 3, key: 'WEB-3', summary: 'Cart page', type: 'Story', subtask: false, status: 'To Do', statusCategory: 'new', priority: 'High',
  assignee: null, storyPoints: 5, subtaskPoints: null, epicKey: 'WEB-2', epicSummary: 'New checkout flow', parentKey: 'WEB-2', rank: 'a', estimateSeconds: 9000,
}

describe('a board card', () => {
  it('shows its story points and its epic on the workflow board', () => {
    render(<IssueCard issue={issueSummary('WEB-3', 'To Do', '2026-01-01T00:00:00Z', { storyPoints: 5, epicKey: 'WEB-2', epicSummary: 'New checkout flow' })} />)

    expect(screen.getByTitle('Story points: 5')).toHaveTextContent('Story points 5')
    expect(screen.getByTitle('Epic: WEB-2 New checkout flow')).toHaveTextContent('New checkout flow')
  })

  it("shows a configured board's card the same way, its points and estimate in the row of its other marks", () => {
    render(<IssueCard issue={scrumCard} />)

    const points = screen.getByTitle('Story points: 5')
    expect(points.parentElement).toBe(screen.getByTitle('Epic: WEB-2 New checkout flow').parentElement)
    expect(points.parentElement).toContainElement(screen.getByLabelText('Story'))
    expect(points.parentElement).toContainElement(screen.getByTitle('Remaining estimate: 2h 30m'))
  })

  it('shows neither points nor an epic on an issue without them', () => {
    render(<IssueCard issue={issueSummary('WEB-9', 'To Do', '2026-01-01T00:00:00Z')} />)

    expect(screen.queryByTitle(/Story points/)).toBeNull()
    expect(screen.queryByTitle(/Epic:/)).toBeNull()
  })
})
