import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import type { Issue } from '../api/issues'
import { json, renderWithProviders, stubFetch } from '../test-utils'
import { History } from './history'

const ada = { id: 1, email: 'ada@example.com', displayName: 'Ada Lovelace' }

describe('the issue’s history', () => {
  it('names every field in words with a capital, whatever name the server keeps it under', async () => {
    stubFetch({
      'GET /api/v1/issues/WEB-1/history': () =>
        json(200, [
          {
            at: '2026-01-02T00:00:00Z',
            actor: ada,
            items: [
              { field: 'status', from: 'To Do', to: 'Done' },
              { field: 'storyPoints', from: null, to: '5' },
              { field: 'fixVersions', from: null, to: '2.0' },
              { field: 'Attachment', from: null, to: 'report.pdf' },
              { field: 'Sprint', from: null, to: 'Sprint 1' },
              { field: 'epicLink', from: null, to: 'WEB-9' },
              { field: 'constructor', from: null, to: 'x' },
            ],
          },
        ]),
    })
    renderWithProviders(<History issue={{ key: 'WEB-1', creator: ada, createdAt: '2026-01-01T00:00:00Z' } as Issue} />)

    const history = await screen.findByRole('region', { name: 'History' })
    await within(history).findByText('Status')
    expect([...history.querySelectorAll('.history-item strong')].map((label) => label.textContent)).toEqual([
      'Status',
      'Story points',
      'Fix versions',
      'Attachment',
      'Sprint',
      'Epic link',
      'Constructor',
    ])
  })
})
