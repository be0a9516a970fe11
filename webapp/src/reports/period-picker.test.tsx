import { act, fireEvent, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useLocation } from 'react-router'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { CreatedResolved } from '../api/planning'
import { json, renderWithProviders, stubFetch } from '../test-utils'
import { CreatedReport } from './flow-reports'
import { dayText, isCalendarDay } from '../app/calendar-day'
import { periodOf, periodQuery, withPeriod } from './period'

afterEach(() => vi.unstubAllGlobals())

function Where() {
  const location = useLocation()
  return <output aria-label="Location">{location.search}</output>
}

/**
 * A server that answers every period with the days it was asked for (a preset: the first quarter of 2026). `asked`:
 * each query without its time zone, which `zones` keeps.
 */
function renderReport(route = '/') {
  const asked: string[] = []
  const zones: (string | null)[] = []
  stubFetch({
    'GET /api/v1/boards/1/reports/created-resolved': (_, url) => {
      const query = new URLSearchParams(url.search)
      zones.push(query.get('zone'))
      query.delete('zone')
      asked.push(`?${query}`)
      if (url.searchParams.get('from') === '1990-01-01') {
        const message = 'a period can be at most 30 years long: pick a later start'
        return json(400, { status: 400, title: 'Bad Request', detail: `from: ${message}`, errors: [{ field: 'from', message }] }, 'application/problem+json')
      }
      const from = url.searchParams.get('from') ?? '2026-01-01'
      const to = url.searchParams.get('to') ?? '2026-03-31'
      const body: CreatedResolved = { timeframe: { from, to, step: 'DAY', zone: url.searchParams.get('zone') ?? 'UTC' }, days: [from], created: [2], resolved: [1], createdTotal: [2], resolvedTotal: [1] }
      return json(200, body)
    },
  })
  renderWithProviders(
    <>
      <CreatedReport boardId={1} table />
      <Where />
    </>,
    { route },
  )
  return { asked, zones, location: () => screen.getByRole('status', { name: 'Location' }).textContent }
}

describe('period picker', () => {
  it('opens on the last three months, as Jira does, and puts a chosen preset in the URL', async () => {
    const user = userEvent.setup()
    const { asked, location } = renderReport()
    expect(await screen.findByRole('cell', { name: '2026-01-01' })).toBeInTheDocument()
    expect(screen.getByRole('combobox', { name: 'Period' })).toHaveValue('3m')
    expect(asked).toEqual(['?period=3m'])

    await user.selectOptions(screen.getByRole('combobox', { name: 'Period' }), 'Last 7 days')

    expect(location()).toBe('?period=7d')
    await waitFor(() => expect(asked).toContain('?period=7d'))
    await user.selectOptions(screen.getByRole('combobox', { name: 'Period' }), 'Last 3 months')
    expect(location()).toBe('')
  })

  it("asks for the report in the reader's time zone, far from UTC", async () => {
    vi.stubEnv('TZ', 'Pacific/Kiritimati')
    try {
      const { zones } = renderReport('/?from=2026-01-01&to=2026-01-31')
      expect(await screen.findByRole('cell', { name: '2026-01-01' })).toBeInTheDocument()
      expect(zones).toEqual(['Pacific/Kiritimati'])
    } finally {
      vi.unstubAllEnvs()
    }
  })

  it('keeps a preset from the URL across a reload', async () => {
    const { asked } = renderReport('/?report=created&period=all')
    expect(await screen.findByRole('cell', { name: '2026-01-01' })).toBeInTheDocument()
    expect(screen.getByRole('combobox', { name: 'Period' })).toHaveValue('all')
    expect(asked).toEqual(['?period=all'])
  })

  it('turns to custom dates starting from the days on screen and asks for the dates chosen', async () => {
    const user = userEvent.setup()
    const { asked, location } = renderReport('/?report=created')
    await screen.findByRole('cell', { name: '2026-01-01' })

    await user.selectOptions(screen.getByRole('combobox', { name: 'Period' }), 'Custom dates')

    expect(location()).toBe('?report=created&from=2026-01-01&to=2026-03-31')
    expect(screen.getByLabelText('From')).toHaveValue('2026-01-01')
    await userEvent.clear(screen.getByLabelText('From'))
    await user.type(screen.getByLabelText('From'), '2026-02-15{Enter}')
    expect(location()).toBe('?report=created&from=2026-02-15&to=2026-03-31')
    expect(await screen.findByRole('cell', { name: '2026-02-15' })).toBeInTheDocument()
    expect(asked.at(-1)).toBe('?from=2026-02-15&to=2026-03-31')
  })

  it('tells a start after the end inline and does not ask the server', async () => {
    const { asked } = renderReport('/?from=2026-03-10&to=2026-03-01')

    const alert = await screen.findByRole('alert')

    expect(alert).toHaveTextContent(`'From' (${dayText('2026-03-10', true)}) must be on or before 'To' (${dayText('2026-03-01', true)})`)
    expect(alert).not.toHaveTextContent('2026-03-10')
    expect(screen.getByLabelText('From')).toHaveAttribute('aria-invalid', 'true')
    expect(asked).toEqual([])
  })

  it('tells a date that is no day inline and does not ask the server', async () => {
    const { asked } = renderReport('/?from=2026-13-45&to=2026-03-01')

    expect(await screen.findByRole('alert')).toHaveTextContent("'From' must be a day written like 2024-01-31 (was '2026-13-45')")
    expect(asked).toEqual([])
  })

  it("shows the server's refusal of a period inline, in words without the field's name before them", async () => {
    renderReport('/?from=1990-01-01&to=2026-03-01')

    const group = screen.getByRole('group', { name: 'Report period' })
    expect(await within(group).findByRole('alert')).toHaveTextContent(/^A period can be at most 30 years long: pick a later start\.$/)
  })

  it('asks for a typed day once the reader stops typing, not for each day the input passes through', async () => {
    const { asked, location } = renderReport('/?from=2026-01-01&to=2026-03-31')
    await screen.findByRole('cell', { name: '2026-01-01' })
    const from = screen.getByLabelText('From')
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    try {
      for (const typed of ['2026-03-01', '2026-03-15', '0002-03-15', '0020-03-15', '0202-03-15', '2024-03-15']) {
        fireEvent.change(from, { target: { value: typed } })
        act(() => vi.advanceTimersByTime(300))
      }
      expect(from).toHaveValue('2024-03-15')
      expect(location()).toBe('?from=2026-01-01&to=2026-03-31')
      act(() => vi.advanceTimersByTime(400))
      expect(location()).toBe('?from=2024-03-15&to=2026-03-31')
    } finally {
      vi.useRealTimers()
    }
    await waitFor(() => expect(asked.at(-1)).toBe('?from=2024-03-15&to=2026-03-31'))
    expect(asked).toEqual(['?from=2026-01-01&to=2026-03-31', '?from=2024-03-15&to=2026-03-31'])
  })

  it('keeps a year below 1000 as a draft even when the reader pauses on it', async () => {
    const { location } = renderReport('/?from=2026-01-01&to=2026-03-31')
    await screen.findByRole('cell', { name: '2026-01-01' })
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    try {
      fireEvent.change(screen.getByLabelText('From'), { target: { value: '0201-01-01' } })
      act(() => vi.advanceTimersByTime(2000))
      expect(location()).toBe('?from=2026-01-01&to=2026-03-31')
    } finally {
      vi.useRealTimers()
    }
  })

  it('applies whatever day was typed when the reader leaves the field or presses Enter', async () => {
    const { location } = renderReport('/?from=2026-01-01&to=2026-03-31')
    await screen.findByRole('cell', { name: '2026-01-01' })
    const from = screen.getByLabelText('From')

    fireEvent.change(from, { target: { value: '0201-01-01' } })
    fireEvent.keyDown(from, { key: 'Enter' })
    expect(location()).toBe('?from=0201-01-01&to=2026-03-31')

    fireEvent.change(from, { target: { value: '' } })
    fireEvent.blur(from)
    expect(location()).toBe('?from=&to=2026-03-31')
    expect(await screen.findByRole('alert')).toHaveTextContent("Choose a 'From' date.")
  })

  it("starts custom dates on the reader's day, not the UTC day already begun, when no report is on screen", async () => {
    vi.stubEnv('TZ', 'Pacific/Honolulu')
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(Date.parse('2026-11-27T08:25:00Z'))
    try {
      const user = userEvent.setup()
      const { location } = renderReport('/?period=zz')
      await user.selectOptions(screen.getByRole('combobox', { name: 'Period' }), 'Custom dates')
      expect(location()).toBe('?from=2026-11-26&to=2026-11-26')
    } finally {
      vi.useRealTimers()
      vi.unstubAllEnvs()
    }
  })
})

describe('periodQuery', () => {
  it("asks in the reader's time zone, so that days and today are the reader's, not UTC's", () => {
    vi.stubEnv('TZ', 'America/Los_Angeles')
    try {
      expect(periodQuery(periodOf(new URLSearchParams('period=7d')))).toEqual({ period: '7d', zone: 'America/Los_Angeles' })
      expect(periodQuery(periodOf(new URLSearchParams('from=2026-01-01&to=2026-01-31')))).toEqual({ from: '2026-01-01', to: '2026-01-31', zone: 'America/Los_Angeles' })
    } finally {
      vi.unstubAllEnvs()
    }
  })
})

describe('periodOf', () => {
  it('reads an unknown preset as the default and says so', () => {
    expect(periodOf(new URLSearchParams('period=3y'))).toMatchObject({ preset: '3m', errors: { period: "There is no period '3y': choose one from the list" } })
  })

  it('asks for both dates of a custom period', () => {
    expect(periodOf(new URLSearchParams('to=2026-03-01')).errors).toEqual({ from: "Choose a 'From' date" })
  })

  it('changes the period in the query and keeps the rest', () => {
    const params = new URLSearchParams('board=4&report=flow&period=7d')
    expect(withPeriod(params, { from: '2026-01-01', to: '2026-01-31' }).toString()).toBe('board=4&report=flow&from=2026-01-01&to=2026-01-31')
    expect(withPeriod(new URLSearchParams('from=2026-01-01&to=2026-01-31'), { preset: '6m' }).toString()).toBe('period=6m')
  })

  it('knows a day from a date-like text that is none', () => {
    expect(isCalendarDay('2024-02-29')).toBe(true)
    expect(isCalendarDay('2023-02-29')).toBe(false)
    expect(isCalendarDay('2024-1-31')).toBe(false)
  })
})
