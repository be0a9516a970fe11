import { screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { Worklog } from '../api/worklogs'
import { json, renderWithProviders, stubFetch } from '../test-utils'
import { LogWorkDialog } from './log-work-dialog'
import { spentProblem } from './work-duration'

const ada = { id: 1, email: 'ada@example.com', displayName: 'Ada Lovelace' }

function render(worklog?: Worklog, remaining?: number | null) {
  const onClose = vi.fn()
  renderWithProviders(<LogWorkDialog issueKey="WEB-1" worklog={worklog} remaining={remaining} onClose={onClose} />)
  return { user: userEvent.setup(), onClose }
}

const sent = (fetchMock: ReturnType<typeof stubFetch>, method: string) =>
  fetchMock.mock.calls.filter(([, init]) => init?.method === method).map(([url, init]) => ({ url: String(url), body: JSON.parse(String(init?.body)) }))

beforeEach(() => {
  document.cookie = 'XSRF-TOKEN=token'
})
afterEach(() => vi.unstubAllGlobals())

describe('the Log work dialog', () => {
  it('logs the time spent, when it started and why, then closes', async () => {
    const fetchMock = stubFetch({ 'POST /api/v1/issues/WEB-1/worklogs': () => json(201, { id: 9 }) })
    const { user, onClose } = render()

    await user.type(screen.getByLabelText('Time spent'), '2h 30m')
    const started = screen.getByLabelText('Date started')
    await user.clear(started)
    await user.type(started, '2026-11-26T09:15')
    await user.type(screen.getByLabelText('Work description'), 'Paired on the crash')
    await user.click(screen.getByRole('button', { name: 'Log work' }))

    await waitFor(() => expect(onClose).toHaveBeenCalled())
    expect(sent(fetchMock, 'POST')).toEqual([{
      url: '/api/v1/issues/WEB-1/worklogs',
      body: { timeSpent: '2h 30m', started: new Date('2026-11-26T09:15').toISOString(), comment: 'Paired on the crash' },
    }])
  })

  it('refuses time that is not a duration beside the field, in words, and sends nothing', async () => {
    const fetchMock = stubFetch({})
    const { user, onClose } = render()

    await user.type(screen.getByLabelText('Time spent'), '3 weeks')
    await user.click(screen.getByRole('button', { name: 'Log work' }))

    expect(screen.getByLabelText('Time spent')).toHaveAccessibleDescription("'3 weeks' is not a duration. Use 3w 2d 4h 30m (1d = 8h, 1w = 5d)")
    expect(fetchMock).not.toHaveBeenCalled()
    expect(onClose).not.toHaveBeenCalled()
  })

  it('shows the server’s refusal at the field it names and stays open', async () => {
    stubFetch({
      'POST /api/v1/issues/WEB-1/worklogs': () => json(400, {
        status: 400, title: 'Bad Request', detail: 'comment: must be at most 64 KiB',
        errors: [{ field: 'comment', message: 'must be at most 64 KiB' }],
      }),
    })
    const { user, onClose } = render()

    await user.type(screen.getByLabelText('Time spent'), '1h')
    await user.click(screen.getByRole('button', { name: 'Log work' }))

    await waitFor(() => expect(screen.getByLabelText('Work description')).toHaveAccessibleDescription('must be at most 64 KiB'))
    expect(onClose).not.toHaveBeenCalled()
  })

  it('edits work logged before, starting from what was logged', async () => {
    const fetchMock = stubFetch({ 'PUT /api/v1/issues/WEB-1/worklogs/4': () => json(200, { id: 4 }) })
    const { user } = render({
      id: 4, issueKey: 'WEB-1', author: ada, started: '2026-11-26T09:00:00Z', timeSpentSeconds: 5400, comment: 'Review',
      createdAt: '2026-11-26T10:00:00Z', updatedAt: '2026-11-26T10:00:00Z',
    })

    const spent = screen.getByLabelText('Time spent')
    expect(spent).toHaveValue('1h 30m')
    expect(screen.getByLabelText('Work description')).toHaveValue('Review')
    await user.clear(spent)
    await user.type(spent, '2h')
    await user.click(screen.getByRole('button', { name: 'Save' }))

    await waitFor(() => expect(sent(fetchMock, 'PUT')).toHaveLength(1))
    expect(sent(fetchMock, 'PUT')[0].body).toEqual({ timeSpent: '2h', started: '2026-11-26T09:00:00.000Z', comment: 'Review' })
  })

  it('sets the remaining estimate to what is typed, as Jira’s “Set to”, written as Jira writes it', async () => {
    const fetchMock = stubFetch({ 'POST /api/v1/issues/WEB-1/worklogs': () => json(201, { id: 9 }) })
    const { user, onClose } = render(undefined, 5 * 3600)

    expect(screen.getByRole('radio', { name: 'Adjust automatically' })).toBeChecked()
    await user.type(screen.getByLabelText('Time spent'), '1h')
    await user.type(screen.getByLabelText('Set to (remaining estimate)'), '1d2h')
    expect(screen.getByRole('radio', { name: 'Set to' })).toBeChecked()
    await user.click(screen.getByRole('button', { name: 'Log work' }))

    await waitFor(() => expect(onClose).toHaveBeenCalled())
    const [post] = sent(fetchMock, 'POST')
    expect(new URL(post.url, 'http://localhost').searchParams.toString()).toBe('adjustEstimate=new&newEstimate=1d+2h')
  })

  it('leaves the estimate as it is, naming it as Jira does', async () => {
    const fetchMock = stubFetch({ 'POST /api/v1/issues/WEB-1/worklogs': () => json(201, { id: 9 }) })
    const { user, onClose } = render(undefined, 5 * 3600)

    await user.type(screen.getByLabelText('Time spent'), '1h')
    await user.click(screen.getByRole('radio', { name: 'Use existing estimate of 5h' }))
    await user.click(screen.getByRole('button', { name: 'Log work' }))

    await waitFor(() => expect(onClose).toHaveBeenCalled())
    expect(sent(fetchMock, 'POST')[0].url).toBe('/api/v1/issues/WEB-1/worklogs?adjustEstimate=leave')
  })

  it('refuses an amount to reduce by that is not a duration beside it, and sends nothing', async () => {
    const fetchMock = stubFetch({})
    const { user, onClose } = render(undefined, null)

    expect(screen.getByRole('radio', { name: 'Leave estimate unset' })).toBeInTheDocument()
    await user.type(screen.getByLabelText('Time spent'), '1h')
    await user.click(screen.getByRole('radio', { name: 'Reduce by' }))
    await user.click(screen.getByRole('button', { name: 'Log work' }))
    expect(screen.getByLabelText('Reduce by (remaining estimate)')).toHaveAccessibleDescription(
      'Say how much to take from the estimate. Use 3w 2d 4h 30m (1d = 8h, 1w = 5d)',
    )
    await user.type(screen.getByLabelText('Reduce by (remaining estimate)'), 'a bit')
    expect(screen.getByLabelText('Reduce by (remaining estimate)')).toHaveAccessibleDescription("'a bit' is not a duration. Use 3w 2d 4h 30m (1d = 8h, 1w = 5d)")

    expect(fetchMock).not.toHaveBeenCalled()
    expect(onClose).not.toHaveBeenCalled()
  })

  it('shows the server’s refusal of an estimate beside its option', async () => {
    stubFetch({
      'POST /api/v1/issues/WEB-1/worklogs': () => json(400, {
        status: 400, title: 'Bad Request', detail: 'reduceBy: too much',
        errors: [{ field: 'reduceBy', message: 'too much' }],
      }),
    })
    const { user, onClose } = render()

    await user.type(screen.getByLabelText('Time spent'), '1h')
    await user.type(screen.getByLabelText('Reduce by (remaining estimate)'), '2h')
    await user.click(screen.getByRole('button', { name: 'Log work' }))

    await waitFor(() => expect(screen.getByLabelText('Reduce by (remaining estimate)')).toHaveAccessibleDescription('too much'))
    expect(onClose).not.toHaveBeenCalled()
  })

  it('offers no “Reduce by” when changing logged work, as Jira', () => {
    stubFetch({})
    render({
      id: 4, issueKey: 'WEB-1', author: ada, started: '2026-11-26T09:00:00Z', timeSpentSeconds: 5400, comment: null,
      createdAt: '2026-11-26T10:00:00Z', updatedAt: '2026-11-26T10:00:00Z',
    })

    expect(screen.getByRole('radio', { name: 'Leave the estimate as it is' })).toBeInTheDocument()
    expect(screen.getByRole('radio', { name: 'Set to' })).toBeInTheDocument()
    expect(screen.queryByRole('radio', { name: 'Reduce by' })).not.toBeInTheDocument()
  })

  it('asks for at least a minute', () => {
    expect(spentProblem('')).toMatch(/^Say how long you worked/)
    expect(spentProblem('0m')).toBe('Log at least a minute (1m).')
    expect(spentProblem('45m')).toBeNull()
  })
})
