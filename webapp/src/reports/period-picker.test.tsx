import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useLocation } from 'react-router'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { CreatedResolved } from '../api/planning'
import { json, renderWithProviders, stubFetch } from '../test-utils'
import { CreatedReport } from './flow-reports'
import { isCalendarDay } from '../app/calendar-day'
import { periodOf, withPeriod } from './period'

afterEach(() => vi.unstubAllGlobals())

function Where() {
  const location = useLocation()
  return <output aria-label="Location">{location.search}</output>
}

/** A server that answers every period with the days it was asked for (a preset: the first quarter of 2026). */
function renderReport(route = '/') {
  const asked: string[] = []
  stubFetch({
    'GET /api/v1/boards/1/reports/created-resolved': (_, url) => {
      asked.push(url.search)
      if (url.searchParams.get('from') === '1990-01-01') {
        return json(400, { status: 400, title: 'Bad Request', detail: 'from: from and to must be at most 30 years apart' }, 'application/problem+json')
      }
      const from = url.searchParams.get('from') ?? '2026-01-01'
      const to = url.searchParams.get('to') ?? '2026-03-31'
      const body: CreatedResolved = { timeframe: { from, to, step: 'DAY' }, days: [from], created: [2], resolved: [1], createdTotal: [2], resolvedTotal: [1] }
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
  return { asked, location: () => screen.getByRole('status', { name: 'Location' }).textContent }
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
    await user.type(screen.getByLabelText('From'), '2026-02-15')
    expect(location()).toBe('?report=created&from=2026-02-15&to=2026-03-31')
    expect(await screen.findByRole('cell', { name: '2026-02-15' })).toBeInTheDocument()
    expect(asked.at(-1)).toBe('?from=2026-02-15&to=2026-03-31')
  })

  it('tells a start after the end inline and does not ask the server', async () => {
    const { asked } = renderReport('/?from=2026-03-10&to=2026-03-01')

    const alert = await screen.findByRole('alert')

    expect(alert).toHaveTextContent("'From' (2026-03-10) must be on or before 'To' (2026-03-01)")
    expect(screen.getByLabelText('From')).toHaveAttribute('aria-invalid', 'true')
    expect(asked).toEqual([])
  })

  it('tells a date that is no day inline and does not ask the server', async () => {
    const { asked } = renderReport('/?from=2026-13-45&to=2026-03-01')

    expect(await screen.findByRole('alert')).toHaveTextContent("'From' must be a day written like 2024-01-31 (was '2026-13-45')")
    expect(asked).toEqual([])
  })

  it("shows the server's refusal of a period inline", async () => {
    renderReport('/?from=1990-01-01&to=2026-03-01')

    const group = screen.getByRole('group', { name: 'Report period' })
    expect(await within(group).findByRole('alert')).toHaveTextContent('at most 30 years apart')
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
