import { screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { readerZone } from '../app/calendar-day'
import { json, renderWithProviders, stubFetch } from '../test-utils'
import { IssueSummary } from './issue-summary'

beforeEach(() => {
  document.cookie = 'XSRF-TOKEN=token'
})
afterEach(() => vi.unstubAllGlobals())

describe('IssueSummary', { timeout: 30_000 }, () => {
  it('summarizes on demand and names the model that wrote the summary', async () => {
    const fetchMock = stubFetch({
      'POST /api/v1/issues/WEB-1/summary': () =>
        json(200, {
          text: '**WEB-1** (Disk full): a bug, **Done** (Fixed).\n\n**Resolution**, Bob Chen on 2026-11-26 10:00 UTC:\n\n> I just committed this.',
          citations: ['WEB-1'],
          model: 'local/meridian-extractive@1',
        }),
    })
    renderWithProviders(<IssueSummary issueKey="WEB-1" />)
    expect(fetchMock).not.toHaveBeenCalled()

    await userEvent.setup().click(screen.getByRole('button', { name: 'Summarize' }))

    expect(await screen.findByText('I just committed this.', {}, { timeout: 10_000 })).toBeInTheDocument()
    expect(screen.getByText('Summarized by Meridian’s own assistant')).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Summarize again' })).toBeEnabled()
    expect(fetchMock.mock.calls[0][1]?.method).toBe('POST')
    expect(new URL(String(fetchMock.mock.calls[0][0]), 'http://localhost').searchParams.get('zone')).toBe(readerZone())
  })

  it('says why when the server refuses', async () => {
    stubFetch({
      'POST /api/v1/issues/WEB-1/summary': () =>
        json(404, { status: 404, title: 'Not Found', detail: 'Issue WEB-1 does not exist' }, 'application/problem+json'),
    })
    renderWithProviders(<IssueSummary issueKey="WEB-1" />)

    await userEvent.setup().click(screen.getByRole('button', { name: 'Summarize' }))

    expect(await screen.findByRole('alert')).toHaveTextContent('Issue WEB-1 does not exist')
  })
})
