import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { issueSummary } from '../test-utils'
import { IssueCard } from './issue-card'

const HOUR = 3600

describe('a board card', () => {
  it('shows what remains of the estimate, as Jira writes it', () => {
    render(<IssueCard issue={issueSummary('WEB-1', 'To Do', '2026-01-01T00:00:00Z', {
      timeTracking: { originalEstimateSeconds: 16 * HOUR, remainingEstimateSeconds: 12 * HOUR, timeSpentSeconds: 4 * HOUR },
    })} />)

    expect(screen.getByTitle('Remaining estimate: 1d 4h')).toHaveTextContent('Estimate 1d 4h')
  })

  it('falls back to the original estimate when none remains set', () => {
    render(<IssueCard issue={issueSummary('WEB-1', 'To Do', '2026-01-01T00:00:00Z', {
      timeTracking: { originalEstimateSeconds: 2 * HOUR, remainingEstimateSeconds: null, timeSpentSeconds: null },
    })} />)

    expect(screen.getByTitle('Remaining estimate: 2h')).toBeInTheDocument()
  })

  it('shows no estimate on an issue without one', () => {
    render(<IssueCard issue={issueSummary('WEB-1', 'To Do', '2026-01-01T00:00:00Z', {
      timeTracking: { originalEstimateSeconds: null, remainingEstimateSeconds: null, timeSpentSeconds: 3 * HOUR },
    })} />)

    expect(screen.queryByTitle(/Remaining estimate/)).not.toBeInTheDocument()
  })
})
