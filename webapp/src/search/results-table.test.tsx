import { screen } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { issueSummary, renderWithProviders } from '../test-utils'
import { ResultsTable } from './results-table'

const maximiliana = { id: 2, email: 'max@example.com', displayName: 'Maximiliana van den Berghe-Oosterhout' }

describe('ResultsTable', () => {
  it('cuts a long assignee to the column and says the whole name on hover, leaving room for the time columns', () => {
    const issue = issueSummary('WEB-1', 'To Do', '2026-01-01T00:00:00Z', { assignee: maximiliana })
    renderWithProviders(
      <ResultsTable issues={[issue]} sorting={{ jql: '', reference: undefined, aliases: {}, onSort: vi.fn() }} stale={false}
        columns={['key', 'summary', 'assignee', 'originalestimate', 'remainingestimate', 'timespent']} />,
    )

    const cell = screen.getByRole('cell', { name: /Maximiliana/ })

    expect(cell).toHaveClass('col-assignee')
    expect(cell.querySelector('.status-cell')).toHaveAttribute('title', maximiliana.displayName)
    expect(screen.getByRole('columnheader', { name: 'Time spent' })).toHaveClass('col-time')
  })
})
