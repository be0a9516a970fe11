import { screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { Route, Routes, useLocation } from 'react-router'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { CurrentUserContext } from '../app/current-user'
import { issueSummary, json, renderWithProviders, stubFetch } from '../test-utils'
import { looksLikeWords } from './natural-language'
import { SearchPage } from './search-page'

const invalid = { message: 'Expecting an operator' }

describe('looksLikeWords', () => {
  it('takes invalid text without JQL syntax for a question', () => {
    expect(looksLikeWords('my open bugs from last week', invalid)).toBe(true)
    expect(looksLikeWords('crashes on upload', invalid)).toBe(true)
  })

  it('keeps valid JQL and text with JQL operators or quotes as JQL', () => {
    expect(looksLikeWords('my open bugs', null)).toBe(false)
    expect(looksLikeWords('my open bugs', undefined)).toBe(false)
    expect(looksLikeWords('project = WEB AND', invalid)).toBe(false)
    expect(looksLikeWords('summary ~ "disk', invalid)).toBe(false)
    expect(looksLikeWords('status in (Done', invalid)).toBe(false)
    expect(looksLikeWords('priority = High order by', invalid)).toBe(false)
    expect(looksLikeWords('ab', invalid)).toBe(false)
  })
})

const ada = { id: 1, email: 'ada@example.com', displayName: 'Ada', siteAdmin: false }

function Where() {
  const location = useLocation()
  return <output aria-label="Location">{new URLSearchParams(location.search).get('jql') ?? ''}</output>
}

beforeEach(() => {
  document.cookie = 'XSRF-TOKEN=token'
})
afterEach(() => vi.unstubAllGlobals())

describe('natural-language search in the JQL box', { timeout: 20_000 }, () => {
  it('shows the JQL a question means and runs it on Enter, leaving it in the box to edit', async () => {
    const asked: string[] = []
    stubFetch({
      'GET /api/v1/jql/reference': () => json(200, { fields: [], functions: [], reservedWords: [] }),
      'GET /api/v1/jql/validate': (_, url) =>
        json(200, url.searchParams.get('jql')?.includes('=') ? { valid: true } : { valid: false, errors: [{ message: 'Expecting an operator', line: 1, character: 4 }] }),
      'GET /api/v1/jql/autocomplete': () => json(200, { replaceFrom: 0, replaceTo: 13, suggestions: [{ value: 'summary', display: 'summary', kind: 'field' }] }),
      'POST /api/v1/assistant/jql': (init) => {
        asked.push(JSON.parse(String(init?.body)).text)
        return json(200, {
          jql: 'assignee = currentUser() AND type = Bug AND resolution is EMPTY',
          interpretation: [
            { phrase: 'my', clause: 'assignee = currentUser()' },
            { phrase: 'bugs', clause: 'type = Bug' },
          ],
          unmatched: ['shiny'],
        })
      },
      'GET /api/v1/search': () => json(200, { startAt: 0, maxResults: 50, total: 1, issues: [issueSummary('WEB-1', 'To Do', '2026-01-01T00:00:00Z')] }),
      'GET /api/v1/filters': () => json(200, []),
      'GET /api/v1/projects': () => json(200, []),
    })
    renderWithProviders(
      <CurrentUserContext.Provider value={ada}>
        <Routes>
          <Route path="/search" element={<SearchPage />} />
        </Routes>
        <Where />
      </CurrentUserContext.Provider>,
      { route: '/search' },
    )
    const user = userEvent.setup()
    const box = screen.getByRole('combobox', { name: 'JQL query' }) as HTMLTextAreaElement

    await user.type(box, 'my shiny bugs')
    const line = await screen.findByRole('status', { name: 'Read as' }, { timeout: 5000 })
    expect(line).toHaveTextContent('assignee = currentUser() AND type = Bug AND resolution is EMPTY')
    expect(line).toHaveTextContent('“bugs” → type = Bug')
    expect(line).toHaveTextContent('Left out: shiny')
    expect(screen.queryByText('Expecting an operator')).toBeNull()
    expect(asked.at(-1)).toBe('my shiny bugs')

    await user.keyboard('{Enter}')

    await waitFor(() => expect(screen.getByRole('status', { name: 'Location' })).toHaveTextContent('assignee = currentUser() AND type = Bug AND resolution is EMPTY'))
    await waitFor(() => expect(box.value).toBe('assignee = currentUser() AND type = Bug AND resolution is EMPTY'))
    await waitFor(() => expect(screen.queryByRole('status', { name: 'Read as' })).toBeNull())
  })
})
