import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { Issue, TimeTracking } from '../api/issues'
import type { Role } from '../api/projects'
import type { Worklog } from '../api/worklogs'
import { CurrentUserContext } from '../app/current-user'
import { issuePanelReads, issueSummary, json, renderWithProviders, stubFetch } from '../test-utils'
import { IssuePanel } from './issue-panel'
import { TimeBar } from './time-tracking'
import { formatDuration, parseDuration, parseEstimate } from './work-duration'

const ada = { id: 1, email: 'ada@example.com', displayName: 'Ada Lovelace' }
const bob = { id: 2, email: 'bob@example.com', displayName: 'Bob Byte' }
const HOUR = 3600

const worklog = (id: number, seconds: number, author = ada, comment: string | null = null): Worklog => ({
  id, issueKey: 'WEB-1', author, started: '2026-11-26T09:00:00Z', timeSpentSeconds: seconds, comment,
  createdAt: '2026-11-26T10:00:00Z', updatedAt: '2026-11-26T10:00:00Z',
})

/** A server for one issue with the given time tracking and work logged: each PATCH is applied to it, as the real one does. */
function serve(role: Role, time: TimeTracking, worklogs: Worklog[] = []) {
  const summary = issueSummary('WEB-1', 'To Do', '2026-01-01T00:00:00Z', { timeTracking: time })
  let current: Issue = { ...summary, id: 1, description: null, creator: ada, components: [], fixVersions: [], affectsVersions: [], subtaskKeys: [], links: [], attachments: [] }
  const patches: Record<string, unknown>[] = []
  const deleted: string[] = []
  stubFetch({
    ...issuePanelReads(summary),
    'GET /api/v1/issues/WEB-1': () => json(200, current),
    'GET /api/v1/issues/WEB-1/worklogs': () => json(200, worklogs),
    'DELETE /api/v1/issues/WEB-1/worklogs/1': (_init, url) => {
      deleted.push(url.search)
      return new Response(null, { status: 204 })
    },
    'GET /api/v1/projects/WEB/scheme': () => json(200, {
      project: { id: 1, key: 'WEB', name: 'Web app', callerRole: role },
      workflow: { statuses: [{ id: 1, name: 'To Do', category: 'new', position: 0 }], transitions: [] },
      types: [{ id: 3, name: 'Task', level: 0 }], priorities: [], resolutions: [], components: [], versions: [],
    }),
    'GET /api/v1/projects/WEB/members': () => json(200, [{ user: ada, role }]),
    'PATCH /api/v1/issues/WEB-1': (init) => {
      const { version: _version, originalEstimate, remainingEstimate } = JSON.parse(String(init?.body))
      patches.push(JSON.parse(String(init?.body)))
      const seconds = (text: string | null | undefined, was: number | null) =>
        text === undefined ? was : text === null ? null : parseDuration(text)
      const before = current.timeTracking!
      current = {
        ...current,
        version: current.version + 1,
        timeTracking: {
          ...before,
          originalEstimateSeconds: seconds(originalEstimate, before.originalEstimateSeconds),
          remainingEstimateSeconds: seconds(remainingEstimate, before.remainingEstimateSeconds),
        },
      }
      return json(200, current)
    },
  })
  const user = userEvent.setup()
  renderWithProviders(
    <CurrentUserContext.Provider value={{ ...ada, siteAdmin: false }}>
      <IssuePanel issueKey="WEB-1" closeTo={{ pathname: '/projects/WEB/board' }} />
    </CurrentUserContext.Provider>,
  )
  return { user, patches, deleted }
}

beforeEach(() => {
  document.cookie = 'XSRF-TOKEN=token'
})
afterEach(() => vi.unstubAllGlobals())

describe('time tracking in the issue panel', () => {
  it('draws the time logged against the time remaining, with both estimates in Jira’s syntax', async () => {
    serve('member', { originalEstimateSeconds: 8 * HOUR, remainingEstimateSeconds: 5 * HOUR, timeSpentSeconds: 3 * HOUR })

    const bar = await screen.findByRole('img', { name: '3h logged, 5h remaining' })
    expect(bar.querySelector('.time-bar-spent')).toHaveStyle({ width: '37.5%' })
    expect(bar).not.toHaveClass('over')
    expect(screen.getByLabelText('Original estimate')).toHaveValue('1d')
    expect(screen.getByLabelText('Remaining estimate')).toHaveValue('5h')
  })

  it('shows work past the original estimate as over it', async () => {
    serve('member', { originalEstimateSeconds: 2 * HOUR, remainingEstimateSeconds: 0, timeSpentSeconds: 3 * HOUR })

    expect(await screen.findByRole('img', { name: '3h logged, 0m remaining' })).toHaveClass('over')
  })

  it('saves an estimate in place as Jira writes it, and refuses text that is not a duration beside the field', async () => {
    const { user, patches } = serve('member', { originalEstimateSeconds: null, remainingEstimateSeconds: null, timeSpentSeconds: null })

    const original = await screen.findByLabelText('Original estimate')
    await user.type(original, '3 weeks{Enter}')
    expect(await screen.findByRole('alert')).toHaveTextContent("'3 weeks' is not a duration. Use 3w 2d 4h 30m")
    expect(patches).toEqual([])

    await user.clear(original)
    await user.type(original, '1w2d 4H{Enter}')
    await vi.waitFor(() => expect(patches).toHaveLength(1))
    expect(patches[0]).toEqual({ originalEstimate: '1w 2d 4h', version: 1 })
    await vi.waitFor(() => expect(screen.getByLabelText('Original estimate')).toHaveValue('1w 2d 4h'))

    const remaining = screen.getByLabelText('Remaining estimate')
    await user.type(remaining, '-2h{Enter}')
    expect(await screen.findByRole('alert')).toHaveTextContent("'-2h' is not a duration")
    await user.clear(remaining)
    await user.tab()
    expect(patches).toHaveLength(1)
  })

  it('lists the work logged with who, how much and why, and lets only its author change it; without an estimate, nothing is said to remain', async () => {
    serve('member', { originalEstimateSeconds: null, remainingEstimateSeconds: null, timeSpentSeconds: 5400 + 2 * HOUR }, [
      worklog(1, 5400, ada, 'Reproduced the crash'),
      worklog(2, 2 * HOUR, bob),
    ])

    const log = within(await screen.findByRole('region', { name: 'Work log' }))
    expect(screen.getByRole('img', { name: '3h 30m logged' })).toBeInTheDocument()
    const [mine, theirs] = log.getAllByRole('listitem')
    expect(mine).toHaveTextContent('Ada Lovelace logged 1h 30m')
    expect(mine).toHaveTextContent('Reproduced the crash')
    expect(within(mine).getByRole('button', { name: 'Edit' })).toBeInTheDocument()
    expect(theirs).toHaveTextContent('Bob Byte logged 2h')
    expect(within(theirs).queryByRole('button', { name: 'Edit' })).not.toBeInTheDocument()
  })

  it('logs work offering to keep the issue’s remaining estimate, and asks what deleting work does to it', async () => {
    const { user, deleted } = serve('member', { originalEstimateSeconds: 8 * HOUR, remainingEstimateSeconds: 5 * HOUR, timeSpentSeconds: 3 * HOUR }, [
      worklog(1, 3 * HOUR, ada),
    ])

    await user.click(await screen.findByRole('button', { name: 'Log work' }))
    expect(screen.getByRole('radio', { name: 'Use existing estimate of 5h' })).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Cancel' }))

    const log = within(await screen.findByRole('region', { name: 'Work log' }))
    await user.click(log.getByRole('button', { name: 'Delete' }))
    const dialog = within(screen.getByRole('dialog', { name: 'Delete 3h of work?' }))
    await user.click(dialog.getByRole('radio', { name: 'Use existing estimate of 5h' }))
    await user.click(dialog.getByRole('button', { name: 'Delete' }))

    await vi.waitFor(() => expect(deleted).toEqual(['?adjustEstimate=leave']))
  })

  it('gives a viewer the numbers but no way to log work or change estimates', async () => {
    serve('viewer', { originalEstimateSeconds: 4 * HOUR, remainingEstimateSeconds: 3 * HOUR, timeSpentSeconds: HOUR }, [worklog(1, HOUR, ada)])

    expect(await screen.findByRole('img', { name: '1h logged, 3h remaining' })).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Log work' })).not.toBeInTheDocument()
    expect(screen.getByRole('definition', { name: 'Original estimate' })).toHaveTextContent('4h')
    expect(screen.queryByRole('textbox', { name: 'Original estimate' })).not.toBeInTheDocument()
    expect(await screen.findByRole('region', { name: 'Work log' })).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Edit' })).not.toBeInTheDocument()
  })
})

describe('the time-tracking bar', () => {
  it('says no time is logged, as Jira does, beside what an estimated issue has left', () => {
    render(<TimeBar time={{ originalEstimateSeconds: 4 * HOUR, remainingEstimateSeconds: 4 * HOUR, timeSpentSeconds: null }} />)

    expect(screen.getByRole('img', { name: 'No time logged, 4h remaining' })).toBeInTheDocument()
  })
})

describe('Jira’s durations', () => {
  it('reads 1d as 8h and 1w as 5d, a bare number as minutes, and writes the largest units first', () => {
    expect(parseDuration('3w 2d 4h 30m')).toBe((((3 * 5 + 2) * 8 + 4) * 60 + 30) * 60)
    expect(parseDuration('90')).toBe(90 * 60)
    expect(parseDuration('2h 1h')).toBeNull()
    expect(formatDuration(8 * HOUR + 60)).toBe('1d 1m')
    expect(parseEstimate('')).toEqual({ value: null })
  })
})
