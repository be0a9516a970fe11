import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { Route, Routes, useLocation, useParams } from 'react-router'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { Scheme } from '../api/projects'
import { CurrentUserContext } from '../app/current-user'
import { queryKeys } from '../app/query-keys'
import { listOnScreen } from '../app/use-list-navigation'
import { issueSummary, issueView, json, renderWithProviders, stubFetch } from '../test-utils'
import { IssuePanel } from './issue-panel'

const ada = { id: 1, email: 'ada@example.com', displayName: 'Ada Lovelace' }

const scheme: Scheme = {
  project: { id: 1, key: 'WEB', name: 'Web app', callerRole: 'member' },
  workflow: { statuses: [{ id: 1, name: 'To Do', category: 'new', position: 0 }], transitions: [] },
  types: [{ id: 3, name: 'Task', level: 0 }],
  priorities: [{ id: 3, name: 'Medium', position: 2, isDefault: true }],
  resolutions: [],
  components: [],
  versions: [],
}

function reads(key: string) {
  const at = `GET /api/v1/issues/${key}`
  const issue = issueView(issueSummary(key, 'To Do', '2026-01-01T00:00:00Z', { reporter: ada }), { description: `Saved text of ${key}` })
  return { [at]: () => json(200, issue), [`${at}/comments`]: () => json(200, []), [`${at}/watchers`]: () => json(200, []), [`${at}/history`]: () => json(200, []) }
}

function stubReads() {
  stubFetch({
    ...reads('WEB-1'),
    ...reads('WEB-2'),
    'GET /api/v1/projects/WEB/scheme': () => json(200, scheme),
    'GET /api/v1/projects/WEB/members': () => json(200, [{ user: ada, role: 'member' }]),
  })
}

function Board() {
  return (
    <>
      {['WEB-1', 'WEB-2'].map((key) => (
        <a key={key} href={`/issues/${key}`} data-nav-key={key} onClick={(event) => event.preventDefault()}>
          Card {key}
        </a>
      ))}
    </>
  )
}

function Panel() {
  const { key = '' } = useParams()
  return <IssuePanel key={key} issueKey={key} closeTo={{ pathname: '/projects/WEB/board' }} />
}

function Where() {
  return <output aria-label="Location">{useLocation().pathname}</output>
}

function renderApp(route = '/issues/WEB-1') {
  const { unmount, client } = renderWithProviders(
    <CurrentUserContext.Provider value={{ ...ada, siteAdmin: false }}>
      <Board />
      <Routes>
        <Route path="/projects/WEB/board" element={null} />
        <Route path="/issues/:key" element={<Panel />} />
      </Routes>
      <Where />
    </CurrentUserContext.Provider>,
    { route },
  )
  return Object.assign(userEvent.setup(), { unmount, client })
}

const location = () => screen.getByRole('status', { name: 'Location' })
const question = (name: string) => screen.findByRole('dialog', { name })

beforeEach(() => {
  document.cookie = 'XSRF-TOKEN=token'
  sessionStorage.clear()
})
afterEach(() => {
  vi.unstubAllGlobals()
  listOnScreen.keys = []
})

describe('text being written in the issue panel', { timeout: 20_000 }, () => {
  it('asks before Esc throws away a description being written, and goes on writing on Keep editing', async () => {
    stubReads()
    const user = renderApp()
    await user.click(await screen.findByRole('button', { name: /Edit description/ }))
    await user.type(screen.getByRole('textbox', { name: 'Description' }), ' and more')

    await user.keyboard('{Escape}')
    const asked = await question('Discard changes?')
    expect(asked).toHaveTextContent('Your changes to the description are not saved.')
    await user.click(within(asked).getByRole('button', { name: 'Keep editing' }))

    expect(screen.getByRole('textbox', { name: 'Description' })).toHaveValue('Saved text of WEB-1 and more')
    expect(location()).toHaveTextContent('/issues/WEB-1')

    await waitFor(() => expect(screen.getByRole('textbox', { name: 'Description' })).toHaveFocus())
    await user.keyboard('{Escape}')
    await user.click(within(await question('Discard changes?')).getByRole('button', { name: 'Discard' }))
    expect(screen.queryByRole('textbox', { name: 'Description' })).not.toBeInTheDocument()
    expect(screen.getByText('Saved text of WEB-1')).toBeInTheDocument()
    expect(sessionStorage.length).toBe(0)
  })

  it('leaves an unchanged description at once on Esc, without asking', async () => {
    stubReads()
    const user = renderApp()
    await user.click(await screen.findByRole('button', { name: /Edit description/ }))

    await user.keyboard('{Escape}')

    expect(screen.queryByRole('textbox', { name: 'Description' })).not.toBeInTheDocument()
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
  })

  it('asks before the panel closes over a comment being written, and stays open on Keep editing', async () => {
    stubReads()
    const user = renderApp()
    await user.type(await screen.findByRole('textbox', { name: 'Add a comment' }), 'Half a thought')

    await user.click(screen.getByRole('button', { name: 'Close issue' }))
    const asked = await question('Discard your changes to your comment?')
    await user.click(within(asked).getByRole('button', { name: 'Keep editing' }))
    expect(location()).toHaveTextContent('/issues/WEB-1')
    expect(screen.getByRole('textbox', { name: 'Add a comment' })).toHaveValue('Half a thought')

    await user.click(screen.getByRole('button', { name: 'Close issue' }))
    await user.click(within(await question('Discard your changes to your comment?')).getByRole('button', { name: 'Discard' }))
    await waitFor(() => expect(location()).toHaveTextContent('/projects/WEB/board'))
    expect(sessionStorage.length).toBe(0)
  })

  it('asks before Esc empties a comment being written', async () => {
    stubReads()
    const user = renderApp()
    await user.type(await screen.findByRole('textbox', { name: 'Add a comment' }), 'Half a thought')

    await user.keyboard('{Escape}')
    await user.click(within(await question('Discard changes?')).getByRole('button', { name: 'Discard' }))

    expect(screen.getByRole('textbox', { name: 'Add a comment' })).toHaveValue('')
    expect(location()).toHaveTextContent('/issues/WEB-1')
  })

  it('offers a description and a comment back when the issue is opened again after its panel went without asking', async () => {
    stubReads()
    const first = renderApp()
    await first.click(await screen.findByRole('button', { name: /Edit description/ }))
    await first.type(screen.getByRole('textbox', { name: 'Description' }), ' and more')
    await first.type(await screen.findByRole('textbox', { name: 'Add a comment' }), 'Half a thought')
    // The tab reloaded, or another issue opened in its place from a link in the panel.
    first.unmount()

    const user = renderApp()
    expect(await screen.findByRole('textbox', { name: 'Add a comment' })).toHaveValue('Half a thought')
    const offer = screen.getByText('You have an unsaved description from before.').parentElement!
    await user.click(within(offer).getByRole('button', { name: 'Restore it' }))
    expect(screen.getByRole('textbox', { name: 'Description' })).toHaveValue('Saved text of WEB-1 and more')
  })

  it('forgets a description offered back on Discard it', async () => {
    stubReads()
    sessionStorage.setItem('meridian.draft.WEB-1:description', JSON.stringify({ text: 'Old draft', base: 'Saved text of WEB-1' }))
    const user = renderApp()

    await user.click(await screen.findByRole('button', { name: 'Discard it' }))

    expect(screen.queryByText('You have an unsaved description from before.')).not.toBeInTheDocument()
    expect(sessionStorage.length).toBe(0)
  })

  it('takes a comment and a description being written along when someone else moves the issue, and says so', async () => {
    const moved = issueView(issueSummary('OPS-9', 'To Do', '2026-01-01T00:00:00Z', { projectKey: 'OPS', reporter: ada }), { description: 'Saved text of WEB-1' })
    let movedAway = false
    stubFetch({
      ...reads('WEB-1'),
      ...reads('OPS-9'),
      'GET /api/v1/issues/WEB-1': () => json(200, movedAway ? moved : issueView(issueSummary('WEB-1', 'To Do', '2026-01-01T00:00:00Z', { reporter: ada }), { description: 'Saved text of WEB-1' })),
      'GET /api/v1/issues/OPS-9': () => json(200, moved),
      'GET /api/v1/projects/WEB/scheme': () => json(200, scheme),
      'GET /api/v1/projects/OPS/scheme': () => json(200, { ...scheme, project: { ...scheme.project, id: 2, key: 'OPS', name: 'Operations' } }),
      'GET /api/v1/projects/WEB/members': () => json(200, [{ user: ada, role: 'member' }]),
      'GET /api/v1/projects/OPS/members': () => json(200, [{ user: ada, role: 'member' }]),
    })
    const { client, ...user } = renderApp()
    await user.click(await screen.findByRole('button', { name: /Edit description/ }))
    await user.type(screen.getByRole('textbox', { name: 'Description' }), ' and more')
    await user.type(await screen.findByRole('textbox', { name: 'Add a comment' }), 'Half a thought')

    movedAway = true
    await client.invalidateQueries({ queryKey: queryKeys.issue('WEB-1') })

    await waitFor(() => expect(location()).toHaveTextContent('/issues/OPS-9'))
    expect(await screen.findByText('WEB-1 was moved to OPS as OPS-9.')).toBeInTheDocument()
    expect(await screen.findByRole('textbox', { name: 'Add a comment' })).toHaveValue('Half a thought')
    const offer = screen.getByText('You have an unsaved description from before.').parentElement!
    await user.click(within(offer).getByRole('button', { name: 'Restore it' }))
    expect(screen.getByRole('textbox', { name: 'Description' })).toHaveValue('Saved text of WEB-1 and more')
    expect(Object.keys(sessionStorage).filter((name) => name.includes('WEB-1'))).toEqual([])
  })

  it('gives the focus back to the card of the issue open when the panel closes, after j moved to it', async () => {
    stubReads()
    listOnScreen.keys = ['WEB-1', 'WEB-2']
    const user = renderApp()
    await screen.findByRole('button', { name: /Edit description/ })

    await user.keyboard('j')
    await waitFor(() => expect(location()).toHaveTextContent('/issues/WEB-2'))
    await screen.findByText('Saved text of WEB-2')
    await user.keyboard('{Escape}')

    await waitFor(() => expect(location()).toHaveTextContent('/projects/WEB/board'))
    await waitFor(() => expect(screen.getByRole('link', { name: 'Card WEB-2' })).toHaveFocus())
  })
})
