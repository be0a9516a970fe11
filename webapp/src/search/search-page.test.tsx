import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { Route, Routes, useLocation } from 'react-router'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { Filter } from '../api/filters'
import { CurrentUserContext } from '../app/current-user'
import { issueSummary, json, renderWithProviders, stubFetch } from '../test-utils'
import { SearchPage } from './search-page'

const ada = { id: 1, email: 'ada@example.com', displayName: 'Ada Lovelace', siteAdmin: false }
const issues = [issueSummary('WEB-2', 'To Do', '2026-01-02T00:00:00Z'), issueSummary('WEB-1', 'Done', '2026-01-01T00:00:00Z')]
const reference = {
  fields: [
    { name: 'priority', aliases: [], type: 'priority', operators: ['='], sortable: true },
    { name: 'summary', aliases: [], type: 'text', operators: ['~'], sortable: false },
  ],
  functions: [],
  reservedWords: [],
}
const filter: Filter = {
  id: 7,
  name: 'Open web bugs',
  jql: 'project = WEB AND type = Bug',
  description: null,
  owner: ada,
  projectKey: null,
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
  editable: true,
}

function searches(total = issues.length) {
  const asked: URLSearchParams[] = []
  const route = (_: unknown, url: URL) => {
    asked.push(url.searchParams)
    return json(200, { startAt: Number(url.searchParams.get('startAt')), maxResults: 50, total, issues })
  }
  return { asked, route }
}

const reads = {
  'GET /api/v1/jql/reference': () => json(200, reference),
  'GET /api/v1/jql/validate': () => json(200, { valid: true }),
  'GET /api/v1/filters': () => json(200, [filter]),
  'GET /api/v1/projects': () => json(200, [{ key: 'WEB', name: 'Web app', role: 'member' }]),
}

function Where() {
  const location = useLocation()
  return <output aria-label="Location">{decodeURIComponent(location.pathname + location.search).replaceAll('+', ' ')}</output>
}

function renderAt(route: string) {
  renderWithProviders(
    <CurrentUserContext.Provider value={ada}>
      <Routes>
        <Route path="/search" element={<SearchPage />} />
        <Route path="/filters/:filterId" element={<SearchPage />} />
      </Routes>
      <Where />
    </CurrentUserContext.Provider>,
    { route },
  )
  return userEvent.setup()
}

const where = () => screen.getByRole('status', { name: 'Location' })
const box = () => screen.getByRole('combobox', { name: 'JQL query' }) as HTMLTextAreaElement

beforeEach(() => {
  document.cookie = 'XSRF-TOKEN=token'
})
afterEach(() => vi.unstubAllGlobals())

describe('SearchPage', () => {
  it('runs the query in the URL and lists the results with their total', async () => {
    const search = searches(60)
    stubFetch({ ...reads, 'GET /api/v1/search': search.route })
    renderAt('/search?jql=project%20%3D%20WEB')

    expect(await screen.findByRole('link', { name: 'Summary of WEB-2' })).toBeInTheDocument()
    expect(screen.getByText('1–2 of 60 issues')).toBeInTheDocument()
    expect(box().value).toBe('project = WEB')
    expect(Object.fromEntries(search.asked[0])).toEqual({ jql: 'project = WEB', startAt: '0', maxResults: '50' })
  })

  it('moves through the results with j and k and opens the selected one with Enter', async () => {
    stubFetch({ ...reads, 'GET /api/v1/search': searches().route })
    const user = renderAt('/search?jql=project%20%3D%20WEB')
    await screen.findByText('Summary of WEB-1')
    box().blur()

    await user.keyboard('jjk')
    const row = screen.getByRole('row', { name: /WEB-2/ })
    expect(row).toHaveFocus()
    expect(row).toHaveClass('selected')
    await user.keyboard('{Enter}')

    expect(where()).toHaveTextContent('/issues/WEB-2')
  })

  it('suggests at the caret; accepting replaces the word, moves the caret and suggests what comes next', async () => {
    const search = searches()
    stubFetch({
      ...reads,
      'GET /api/v1/search': search.route,
      'GET /api/v1/jql/autocomplete': (_, url) => {
        const cursor = Number(url.searchParams.get('cursor'))
        if (url.searchParams.get('jql') === 'pr' && cursor === 2) {
          return json(200, {
            replaceFrom: 0,
            replaceTo: 2,
            suggestions: [
              { value: 'priority', display: 'priority', kind: 'field' },
              { value: 'project', display: 'project', kind: 'field' },
            ],
          })
        }
        if (url.searchParams.get('jql') === 'project ' && cursor === 8) {
          return json(200, { replaceFrom: 8, replaceTo: 8, suggestions: [{ value: '=', display: '=', kind: 'operator' }] })
        }
        return json(200, { replaceFrom: cursor, replaceTo: cursor, suggestions: [] })
      },
    })
    const user = renderAt('/search')
    await screen.findByText('Summary of WEB-2')

    await user.type(box(), 'pr')
    const list = await screen.findByRole('listbox', { name: 'Suggestions' })
    expect(within(list).getByRole('option', { name: /priority/ })).toHaveAttribute('aria-selected', 'true')
    await user.keyboard('{ArrowDown}')
    expect(within(list).getByRole('option', { name: /project/ })).toHaveAttribute('aria-selected', 'true')
    expect(box()).toHaveAttribute('aria-activedescendant', within(list).getByRole('option', { name: /project/ }).id)
    await user.keyboard('{Enter}')

    expect(box().value).toBe('project ')
    expect(box().selectionStart).toBe(8)
    expect(await screen.findByRole('option', { name: /=/ })).toBeInTheDocument()
    await user.keyboard('{Tab}')
    expect(box().value).toBe('project = ')
    expect(box()).toHaveFocus()

    await user.keyboard('WEB{Escape}')
    await waitFor(() => expect(screen.queryByRole('listbox')).not.toBeInTheDocument())
    await user.keyboard('{Enter}')
    await waitFor(() => expect(where()).toHaveTextContent('/search?jql=project = WEB'))
    expect(search.asked.at(-1)?.get('jql')).toBe('project = WEB')
  })

  it('narrows the last answer at once while the user types on, without waiting for the next one', async () => {
    let answer: (response: Response) => void = () => {}
    stubFetch({
      ...reads,
      'GET /api/v1/search': searches().route,
      'GET /api/v1/jql/autocomplete': (_, url) => {
        if (url.searchParams.get('jql') === 'p') {
          return json(200, {
            replaceFrom: 0,
            replaceTo: 1,
            suggestions: [
              { value: 'priority', display: 'priority', kind: 'field' },
              { value: 'project', display: 'project', kind: 'field' },
            ],
          })
        }
        return new Promise<Response>((resolve) => (answer = resolve)) as unknown as Response
      },
    })
    const user = renderAt('/search')
    await screen.findByText('Summary of WEB-2')
    await user.type(box(), 'p')
    const list = await screen.findByRole('listbox', { name: 'Suggestions' })

    await user.type(box(), 'ro')

    expect(within(list).getAllByRole('option').map((option) => option.textContent)).toEqual([expect.stringMatching(/^project/)])
    answer(json(200, { replaceFrom: 0, replaceTo: 3, suggestions: [] }))
  })

  it('underlines the word the server finds wrong and says where, once the typing has paused', async () => {
    stubFetch({
      ...reads,
      'GET /api/v1/search': searches().route,
      'GET /api/v1/jql/autocomplete': () => json(200, { replaceFrom: 9, replaceTo: 13, suggestions: [{ value: 'Done', display: 'Done', kind: 'value' }] }),
      'GET /api/v1/jql/validate': (_, url) =>
        url.searchParams.get('jql') === 'status = Doen'
          ? json(200, { valid: false, errors: [{ message: "The value 'Doen' does not exist for the field 'status'. (line 1, character 10)", line: 1, character: 10 }] })
          : json(200, { valid: true }),
    })
    const user = renderAt('/search')

    await user.type(box(), 'status = Doen')

    // The last word may still be being written: its problem is said once the typing has paused a while.
    await new Promise((resolve) => setTimeout(resolve, 800))
    expect(screen.queryByText(/The value 'Doen' does not exist/)).not.toBeInTheDocument()
    expect(await screen.findByText(/The value 'Doen' does not exist/, {}, { timeout: 3000 })).toBeInTheDocument()
    expect(box()).toHaveAttribute('aria-invalid', 'true')
    expect(box()).toHaveAccessibleDescription(/\(line 1, character 10\)/)
    expect(document.querySelector('.jql-error-mark')).toHaveTextContent('Doen')
    // The suggestions open under the message, not over it.
    const message = screen.getByText(/The value 'Doen' does not exist/)
    expect(message.compareDocumentPosition(await screen.findByRole('listbox')) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy()
  })

  it('says at once what is wrong before the last word, where the query is no longer being written', async () => {
    stubFetch({
      ...reads,
      'GET /api/v1/search': searches().route,
      'GET /api/v1/jql/autocomplete': () => json(200, { replaceFrom: 0, replaceTo: 0, suggestions: [] }),
      'GET /api/v1/jql/validate': (_, url) =>
        url.searchParams.get('jql')?.startsWith('statsu')
          ? json(200, { valid: false, errors: [{ message: "Field 'statsu' does not exist. (line 1, character 1)", line: 1, character: 1 }] })
          : json(200, { valid: true }),
    })
    const user = renderAt('/search')

    await user.type(box(), 'statsu = Done')

    expect(await screen.findByText(/Field 'statsu' does not exist/, {}, { timeout: 1400 })).toBeInTheDocument()
  })

  it('says at once an unknown field that the unfinished last clause hides from the server', async () => {
    const typed = 'statsu = Done AND priority ='
    stubFetch({
      ...reads,
      'GET /api/v1/search': searches().route,
      'GET /api/v1/jql/autocomplete': () => json(200, { replaceFrom: 0, replaceTo: 0, suggestions: [] }),
      // As the server answers: the unfinished clause stops the parser before the fields are looked up.
      'GET /api/v1/jql/validate': (_, url) =>
        url.searchParams.get('jql') === typed
          ? json(200, { valid: false, errors: [{ message: 'Expecting a value but got the end of the query. (line 1, character 29)', line: 1, character: 29 }] })
          : url.searchParams.get('jql') === 'statsu = Done'
            ? json(200, { valid: false, errors: [{ message: "Field 'statsu' does not exist. (line 1, character 1)", line: 1, character: 1 }] })
            : json(200, { valid: true }),
    })
    const user = renderAt('/search')

    await user.type(box(), typed)

    expect(await screen.findByText(/Field 'statsu' does not exist/, {}, { timeout: 1400 })).toBeInTheDocument()
    expect(document.querySelector('.jql-error-mark')).toHaveTextContent('statsu')
    expect(screen.queryByText(/Expecting a value/)).not.toBeInTheDocument()
  })

  it('shows the problem a refused search reports, with its position', async () => {
    stubFetch({
      ...reads,
      'GET /api/v1/jql/validate': () => json(200, { valid: true }),
      'GET /api/v1/search': () =>
        json(400, { title: 'Invalid JQL', status: 400, detail: 'x', errorMessages: ["Field 'foo' does not exist (line 1, character 1)"], line: 1, character: 1 }),
    })
    renderAt('/search?jql=foo%20%3D%201')

    expect(await screen.findByText("Field 'foo' does not exist (line 1, character 1)")).toBeInTheDocument()
  })

  it('says what went wrong when the search fails for another reason', async () => {
    stubFetch({ ...reads, 'GET /api/v1/search': () => json(503, { status: 503, title: 'Service Unavailable', detail: 'Database is down' }) })
    renderAt('/search?jql=project%20%3D%20WEB')

    expect(await screen.findByRole('alert')).toHaveTextContent('Search failed: Database is down')
  })

  it('sorts by a column header by rewriting ORDER BY, and flips it on a second click', async () => {
    stubFetch({ ...reads, 'GET /api/v1/search': searches().route })
    const user = renderAt('/search?jql=project%20%3D%20WEB%20ORDER%20BY%20key%20ASC')
    await screen.findByText('Summary of WEB-2')

    await user.click(screen.getByRole('button', { name: 'Priority' }))
    await waitFor(() => expect(where()).toHaveTextContent('jql=project = WEB ORDER BY priority DESC, key ASC'))
    expect(screen.getByRole('columnheader', { name: /Priority/ })).toHaveAttribute('aria-sort', 'descending')
    expect(box().value).toBe('project = WEB ORDER BY priority DESC, key ASC')

    await user.click(screen.getByRole('button', { name: 'Priority' }))
    await waitFor(() => expect(where()).toHaveTextContent('ORDER BY priority ASC, key ASC'))
    expect(screen.queryByRole('button', { name: 'Summary' })).not.toBeInTheDocument()
  })

  it('adds and removes result columns, sorts by an added one, and remembers the choice in this browser', async () => {
    localStorage.removeItem('meridian.search.columns')
    const labelled = issues.map((issue) => ({ ...issue, labels: ['hdfs', 'flaky'] }))
    stubFetch({ ...reads, 'GET /api/v1/search': () => json(200, { startAt: 0, maxResults: 50, total: 2, issues: labelled }) })
    const user = renderAt('/search?jql=project%20%3D%20WEB')
    await screen.findByText('Summary of WEB-2')
    const headers = () => screen.getAllByRole('columnheader').map((header) => header.textContent)

    await user.click(screen.getByText('Columns'))
    expect(screen.getByRole('checkbox', { name: 'Key' })).toBeDisabled()
    await user.click(screen.getByRole('checkbox', { name: 'Labels' }))
    await user.click(screen.getByRole('checkbox', { name: 'Created' }))
    await user.click(screen.getByRole('checkbox', { name: 'Priority' }))

    expect(headers().join('|')).toBe('|Key|Type|Summary|Status|Assignee|Updated|Created|Labels')
    expect(screen.getAllByText('hdfs, flaky')).toHaveLength(2)
    expect(screen.queryByRole('button', { name: 'Labels' })).not.toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Created' }))
    await waitFor(() => expect(where()).toHaveTextContent('jql=project = WEB ORDER BY created DESC'))
    expect(JSON.parse(localStorage.getItem('meridian.search.columns') ?? '[]')).toEqual(['key', 'issuetype', 'summary', 'status', 'assignee', 'updated', 'created', 'labels'])
    expect(screen.getByText('Columns').closest('details')).not.toHaveAttribute('open')
    localStorage.removeItem('meridian.search.columns')
  })

  it('adds the time tracking columns, written as Jira writes durations and sorted by them', async () => {
    localStorage.removeItem('meridian.search.columns')
    const timed = issues.map((issue, n) => ({
      ...issue,
      timeTracking: n === 0
        ? { originalEstimateSeconds: 20 * 3600, remainingEstimateSeconds: 12 * 3600, timeSpentSeconds: 8 * 3600 }
        : { originalEstimateSeconds: null, remainingEstimateSeconds: null, timeSpentSeconds: null },
    }))
    stubFetch({ ...reads, 'GET /api/v1/search': () => json(200, { startAt: 0, maxResults: 50, total: 2, issues: timed }) })
    const user = renderAt('/search?jql=project%20%3D%20WEB')
    await screen.findByText(`Summary of ${timed[0].key}`)

    await user.click(screen.getByText('Columns'))
    await user.click(screen.getByRole('checkbox', { name: 'Original estimate' }))
    await user.click(screen.getByRole('checkbox', { name: 'Remaining estimate' }))
    await user.click(screen.getByRole('checkbox', { name: 'Time spent' }))

    const [first, second] = screen.getAllByRole('row').slice(1)
    expect(within(first).getAllByRole('cell').slice(-3).map((cell) => cell.textContent)).toEqual(['2d 4h', '1d 4h', '1d'])
    expect(within(second).getAllByRole('cell').slice(-3).map((cell) => cell.textContent)).toEqual(['', '', ''])
    await user.click(screen.getByRole('button', { name: 'Remaining estimate' }))
    await waitFor(() => expect(where()).toHaveTextContent('ORDER BY remainingestimate DESC'))
    localStorage.removeItem('meridian.search.columns')
  })

  it('pages with startAt in the URL', async () => {
    const search = searches(120)
    stubFetch({ ...reads, 'GET /api/v1/search': search.route })
    const user = renderAt('/search?jql=project%20%3D%20WEB')
    await screen.findByText('Summary of WEB-2')

    await user.click(screen.getByRole('button', { name: 'Next' }))

    await waitFor(() => expect(search.asked.at(-1)?.get('startAt')).toBe('50'))
    expect(where()).toHaveTextContent('startAt=50')
    expect(await screen.findByText('51–52 of 120 issues')).toBeInTheDocument()
  })

  it('shows a total that was not counted to the end as a lower bound and still offers the next page', async () => {
    stubFetch({
      ...reads,
      'GET /api/v1/search': () => json(200, { startAt: 0, maxResults: 50, total: 10000, totalExact: false, issues }),
    })
    renderAt('/search?jql=text%20~%20timeout')

    expect(await screen.findByText('1–2 of 10,000+ issues')).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Next' })).toBeEnabled()
  })

  it('says what to do when nothing matches', async () => {
    stubFetch({ ...reads, 'GET /api/v1/search': () => json(200, { startAt: 0, maxResults: 50, total: 0, issues: [] }) })
    renderAt('/search?jql=project%20%3D%20WEB')

    expect(await screen.findByText(/No issues match this query/)).toBeInTheDocument()
  })

  it('saves the query as a new private filter and opens it', async () => {
    let sent: unknown
    stubFetch({
      ...reads,
      'GET /api/v1/search': searches().route,
      'POST /api/v1/filters': (init) => {
        sent = JSON.parse(String(init?.body))
        return json(201, { ...filter, id: 8, name: 'Mine', jql: 'project = WEB' })
      },
      'GET /api/v1/filters/8': () => json(200, { ...filter, id: 8, name: 'Mine', jql: 'project = WEB' }),
    })
    const user = renderAt('/search?jql=project%20%3D%20WEB')
    await screen.findByText('Summary of WEB-2')

    await user.click(screen.getByRole('button', { name: 'Save as filter' }))
    const dialog = screen.getByRole('dialog', { name: 'Save as filter' })
    await user.click(within(dialog).getByRole('button', { name: 'Save filter' }))
    expect(within(dialog).getByLabelText('Name')).toHaveAccessibleDescription('Name is required')
    await user.type(within(dialog).getByLabelText('Name'), 'Open web bugs')
    await user.click(within(dialog).getByRole('button', { name: 'Save filter' }))
    expect(within(dialog).getByLabelText('Name')).toHaveAccessibleDescription('You already have a filter named “Open web bugs”')
    await user.clear(within(dialog).getByLabelText('Name'))
    await user.type(within(dialog).getByLabelText('Name'), 'Mine')
    await user.click(within(dialog).getByRole('button', { name: 'Save filter' }))

    await waitFor(() => expect(where()).toHaveTextContent(/^\/filters\/8$/))
    expect(sent).toEqual({ name: 'Mine', jql: 'project = WEB', projectKey: null })
    expect(await screen.findByRole('heading', { name: /Mine/ })).toBeInTheDocument()
  })

  it("opens a saved filter's query and saves an edited one into it", async () => {
    const search = searches()
    let sent: unknown
    stubFetch({
      ...reads,
      'GET /api/v1/search': search.route,
      'GET /api/v1/jql/autocomplete': () => json(200, { replaceFrom: 0, replaceTo: 0, suggestions: [] }),
      'GET /api/v1/filters/7': () => json(200, filter),
      'PUT /api/v1/filters/7': (init) => {
        sent = JSON.parse(String(init?.body))
        return json(200, { ...filter, jql: (sent as Filter).jql })
      },
    })
    const user = renderAt('/filters/7')

    expect(await screen.findByRole('heading', { name: /Open web bugs/ })).toBeInTheDocument()
    await waitFor(() => expect(box().value).toBe('project = WEB AND type = Bug'))
    expect(search.asked[0].get('jql')).toBe('project = WEB AND type = Bug')
    expect(screen.queryByRole('button', { name: 'Save' })).not.toBeInTheDocument()

    await user.type(box(), ' AND status = Done')
    await user.click(screen.getByRole('button', { name: 'Save' }))

    await waitFor(() => expect(sent).toEqual({ name: 'Open web bugs', jql: 'project = WEB AND type = Bug AND status = Done', projectKey: null }))
    expect(await screen.findByText('Saved filter “Open web bugs”')).toBeInTheDocument()
    expect(where()).toHaveTextContent(/^\/filters\/7$/)
  })

  it('changes selected results of one project with the issue list’s bulk bar, and says so when they span projects', { timeout: 90_000 }, async () => {
    const mixed = [...issues, issueSummary('OPS-7', 'To Do', '2026-01-03T00:00:00Z', { projectKey: 'OPS' })]
    const bulk = vi.fn((body: { keys: string[] }) =>
      json(200, { updated: body.keys.length, unchanged: 0, failed: 0, results: body.keys.map((key) => ({ key, outcome: 'updated', version: 2, problem: null })) }),
    )
    stubFetch({
      ...reads,
      'GET /api/v1/search': () => json(200, { startAt: 0, maxResults: 50, total: mixed.length, issues: mixed }),
      'GET /api/v1/projects/WEB/scheme': () => json(200, { project: { id: 1, key: 'WEB', name: 'Web', callerRole: 'member' }, workflow: { statuses: [], transitions: [] }, types: [], priorities: [{ id: 1, name: 'High', position: 0, isDefault: true }], resolutions: [], components: [], versions: [] }),
      'GET /api/v1/projects/WEB/members': () => json(200, []),
      'POST /api/v1/issues/bulk': (init) => bulk(JSON.parse(String(init?.body))),
    })
    const user = renderAt('/search?jql=order%20by%20key')

    await user.click(await screen.findByRole('checkbox', { name: 'Select WEB-2' }))
    await user.click(screen.getByRole('checkbox', { name: 'Select WEB-1' }))
    const bar = screen.getByRole('region', { name: 'Change selected issues' })
    expect(within(bar).getByText('2 selected')).toBeInTheDocument()
    await user.selectOptions(await within(bar).findByRole('combobox', { name: 'Set priority' }), 'High')
    await user.click(within(bar).getByRole('button', { name: 'Apply to 2 issues' }))
    await waitFor(() => expect(bulk).toHaveBeenCalledWith({ keys: ['WEB-2', 'WEB-1'], set: { priority: 'High' } }))
    expect(where()).toHaveTextContent('/search?jql=order by key')

    await user.click(screen.getByRole('checkbox', { name: 'Select WEB-2' }))
    await user.click(screen.getByRole('checkbox', { name: 'Select OPS-7' }))
    expect(screen.getByRole('region', { name: 'Change selected issues' })).toHaveTextContent('from several projects')
  })
})
