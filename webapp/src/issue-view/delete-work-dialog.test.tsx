import { screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { Worklog } from '../api/worklogs'
import { renderWithProviders, stubFetch } from '../test-utils'
import { DeleteWorkDialog } from './delete-work-dialog'

const work: Worklog = {
  id: 4, issueKey: 'WEB-1', author: { id: 1, email: 'ada@example.com', displayName: 'Ada Lovelace' }, started: '2026-11-26T09:00:00Z',
  timeSpentSeconds: 7200, comment: null, createdAt: '2026-11-26T10:00:00Z', updatedAt: '2026-11-26T10:00:00Z',
}

function render() {
  const onClose = vi.fn()
  renderWithProviders(<DeleteWorkDialog issueKey="WEB-1" worklog={work} onClose={onClose} />)
  return { user: userEvent.setup(), onClose }
}

const deletes = (fetchMock: ReturnType<typeof stubFetch>) =>
  fetchMock.mock.calls.filter(([, init]) => init?.method === 'DELETE').map(([url]) => String(url))

beforeEach(() => {
  document.cookie = 'XSRF-TOKEN=token'
})
afterEach(() => vi.unstubAllGlobals())

describe('deleting logged work', () => {
  it('gives the time back to the remaining estimate unless told otherwise', async () => {
    const fetchMock = stubFetch({ 'DELETE /api/v1/issues/WEB-1/worklogs/4': () => new Response(null, { status: 204 }) })
    const { user, onClose } = render()

    expect(screen.getByRole('dialog', { name: 'Delete 2h of work?' })).toBeInTheDocument()
    expect(screen.getByText('The remaining estimate goes back up by the time deleted.')).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Delete' }))

    await waitFor(() => expect(onClose).toHaveBeenCalled())
    expect(deletes(fetchMock)).toEqual(['/api/v1/issues/WEB-1/worklogs/4'])
  })

  it('increases the estimate by what is typed, as Jira’s “Increase by”', async () => {
    const fetchMock = stubFetch({ 'DELETE /api/v1/issues/WEB-1/worklogs/4': () => new Response(null, { status: 204 }) })
    const { user, onClose } = render()

    expect(screen.queryByRole('radio', { name: 'Reduce by' })).not.toBeInTheDocument()
    await user.type(screen.getByLabelText('Increase by (remaining estimate)'), '90')
    await user.click(screen.getByRole('button', { name: 'Delete' }))

    await waitFor(() => expect(onClose).toHaveBeenCalled())
    expect(deletes(fetchMock)).toEqual(['/api/v1/issues/WEB-1/worklogs/4?adjustEstimate=manual&increaseBy=1h+30m'])
  })

  it('refuses a new estimate that is not a duration beside it and keeps the work', async () => {
    const fetchMock = stubFetch({})
    const { user, onClose } = render()

    await user.type(screen.getByLabelText('Set to (remaining estimate)'), 'tomorrow')
    await user.click(screen.getByRole('button', { name: 'Delete' }))

    expect(screen.getByLabelText('Set to (remaining estimate)')).toHaveAccessibleDescription("'tomorrow' is not a duration. Use 3w 2d 4h 30m (1d = 8h, 1w = 5d)")
    expect(fetchMock).not.toHaveBeenCalled()
    expect(onClose).not.toHaveBeenCalled()
  })
})
