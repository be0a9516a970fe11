import { screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { DraftSuggestions } from '../api/inference'
import type { Scheme } from '../api/projects'
import { json, renderWithProviders } from '../test-utils'
import { CreateIssueDialog } from './create-issue-dialog'

const scheme: Scheme = {
  project: { id: 1, key: 'WEB', name: 'Web app', callerRole: 'member' },
  workflow: { statuses: [{ id: 1, name: 'To Do', category: 'new', position: 0 }], transitions: [] },
  types: [
    { id: 2, name: 'Bug', level: 0 },
    { id: 3, name: 'Task', level: 0 },
  ],
  priorities: [
    { id: 2, name: 'High', position: 1, isDefault: false },
    { id: 3, name: 'Medium', position: 2, isDefault: true },
  ],
  resolutions: [],
  components: [
    { id: 1, name: 'Storage' },
    { id: 2, name: 'Web' },
  ],
  versions: [],
}

const suggestions: DraftSuggestions = {
  projectKey: 'WEB',
  modelVersion: 'v3',
  fields: [
    { field: 'type', value: 'Bug', confidence: 0.82 },
    { field: 'priority', value: 'High', confidence: 0.61 },
    { field: 'component', value: 'Storage', confidence: 0.55 },
    { field: 'assignee', value: 'Ada Lovelace', confidence: 0.4 },
  ],
  possibleDuplicates: [{ key: 'WEB-12', summary: 'Disk fills up on restart', status: 'Open', score: 0.91 }],
}

interface Asked {
  body: { summary: string; description: string }
  signal: AbortSignal | null | undefined
}

/** The project's reads, and the suggestions endpoint answered by `answer` (which may wait). */
function serve(answer: (asked: Asked) => Promise<Response> | Response) {
  const asked: Asked[] = []
  const created: Record<string, unknown>[] = []
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
      const key = `${init?.method ?? 'GET'} ${new URL(String(input), 'http://localhost').pathname}`
      if (key === 'GET /api/v1/projects') return json(200, [{ key: 'WEB', name: 'Web app', role: 'member' }])
      if (key === 'GET /api/v1/projects/WEB/scheme') return json(200, scheme)
      if (key === 'GET /api/v1/projects/WEB/members')
        return json(200, [{ user: { id: 1, email: 'ada@example.com', displayName: 'Ada Lovelace' }, role: 'member' }])
      if (key === 'POST /api/v1/projects/WEB/suggestions') {
        const one = { body: JSON.parse(String(init?.body)), signal: init?.signal }
        asked.push(one)
        return answer(one)
      }
      if (key === 'POST /api/v1/issues') {
        created.push(JSON.parse(String(init?.body)))
        return json(201, { key: 'WEB-7', summary: 'x' })
      }
      throw new Error(`unexpected request ${key}`)
    }),
  )
  return { asked, created }
}

async function openDialog() {
  renderWithProviders(<CreateIssueDialog defaultProject="WEB" onClose={vi.fn()} />)
  await screen.findByRole('option', { name: 'Ada Lovelace' })
  return userEvent.setup()
}

beforeEach(() => {
  document.cookie = 'XSRF-TOKEN=token'
})
afterEach(() => vi.unstubAllGlobals())

describe('CreateIssueDialog suggestions', { timeout: 30_000 }, () => {
  it('asks once the typing pauses and shows each suggestion with its confidence and the possible duplicates', async () => {
    const { asked } = serve(() => json(200, suggestions))
    const user = await openDialog()

    await user.type(screen.getByLabelText('Summary'), 'Disk full after restart')

    const panel = await screen.findByRole('region', { name: 'Suggestions' })
    expect(asked.map((a) => a.body)).toEqual([{ summary: 'Disk full after restart', description: '' }])
    expect(panel).toHaveTextContent('Type Bug 82%')
    expect(panel).toHaveTextContent('Assignee Ada Lovelace 40%')
    expect(panel).toHaveTextContent('Learned from WEB’s issues')
    expect(screen.getByRole('link', { name: 'WEB-12' })).toHaveAttribute('href', '/issues/WEB-12')
    expect(panel).toHaveTextContent('Disk fills up on restart · Open')
  })

  it('fills the form with one click per suggestion and never overwrites what the user chose', async () => {
    const { created } = serve(() => json(200, suggestions))
    const user = await openDialog()
    await user.selectOptions(screen.getByLabelText('Priority'), 'Medium')

    await user.type(screen.getByLabelText('Summary'), 'Disk full after restart')
    await user.click(await screen.findByRole('button', { name: 'Use type Bug' }))
    await user.click(screen.getByRole('button', { name: 'Use component Storage' }))
    await user.click(screen.getByRole('button', { name: 'Use assignee Ada Lovelace' }))

    expect(screen.getByLabelText('Type')).toHaveValue('Bug')
    expect(screen.getByLabelText('Assignee')).toHaveValue('ada@example.com')
    expect(screen.queryByRole('button', { name: 'Use priority High' })).not.toBeInTheDocument()
    expect(screen.getByRole('region', { name: 'Suggestions' })).toHaveTextContent('Priority High 61%you chose another')
    await user.click(screen.getByRole('button', { name: 'Create issue' }))
    await waitFor(() => expect(created).toHaveLength(1))
    expect(created[0]).toMatchObject({ type: 'Bug', priority: 'Medium', assignee: 'ada@example.com', components: ['Storage'] })
  })

  it('shows a story-point estimate with its likely range, and one click puts it in the form', async () => {
    const { created } = serve(() =>
      json(200, { ...suggestions, fields: [...suggestions.fields, { field: 'storyPoints', value: '5', confidence: 0.47, low: '3', high: '8' }] }),
    )
    const user = await openDialog()

    await user.type(screen.getByLabelText('Summary'), 'Redesign the storage layer')
    const panel = await screen.findByRole('region', { name: 'Suggestions' })
    expect(panel).toHaveTextContent('Story points 5 (3–8) 47%')
    await user.click(screen.getByRole('button', { name: 'Use story points 5' }))

    expect(screen.getByLabelText('Story points')).toHaveValue(5)
    expect(panel).toHaveTextContent('Story points 5 (3–8) 47%✓ in the form')
    await user.click(screen.getByRole('button', { name: 'Create issue' }))
    await waitFor(() => expect(created).toHaveLength(1))
    expect(created[0]).toMatchObject({ summary: 'Redesign the storage layer', storyPoints: 5 })
  })

  it('keeps story points the user typed and sends none when the field is empty', async () => {
    const { created } = serve(() =>
      json(200, { ...suggestions, fields: [{ field: 'storyPoints', value: '5', confidence: 0.47, low: '3', high: '8' }] }),
    )
    const user = await openDialog()
    await user.type(screen.getByLabelText('Story points'), '2')

    await user.type(screen.getByLabelText('Summary'), 'Redesign the storage layer')
    const panel = await screen.findByRole('region', { name: 'Suggestions' })
    expect(panel).toHaveTextContent('Story points 5 (3–8) 47%you chose another')
    expect(screen.queryByRole('button', { name: 'Use story points 5' })).not.toBeInTheDocument()
    await user.clear(screen.getByLabelText('Story points'))
    await user.click(screen.getByRole('button', { name: 'Create issue' }))
    await waitFor(() => expect(created).toHaveLength(1))
    expect(created[0]).not.toHaveProperty('storyPoints')
  })

  it('aborts a request whose text has changed since and shows only the answer for the latest text', async () => {
    const { asked } = serve(
      ({ body, signal }) =>
        new Promise<Response>((resolve, reject) => {
          if (body.summary === 'Disk') {
            signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')))
            return
          }
          resolve(json(200, suggestions))
        }),
    )
    const user = await openDialog()

    await user.type(screen.getByLabelText('Summary'), 'Disk')
    await waitFor(() => expect(asked).toHaveLength(1))
    await user.type(screen.getByLabelText('Summary'), ' full')

    await screen.findByRole('region', { name: 'Suggestions' })
    expect(asked.map((a) => a.body.summary)).toEqual(['Disk', 'Disk full'])
    expect(asked[0].signal?.aborted).toBe(true)
  })

  it('stays quiet when the project has no active model', async () => {
    const { asked } = serve(() =>
      json(409, { status: 409, title: 'Conflict', detail: 'Project WEB has no active model yet', projectKey: 'WEB' }, 'application/problem+json'),
    )
    const user = await openDialog()

    await user.type(screen.getByLabelText('Summary'), 'Disk full after restart')
    await waitFor(() => expect(asked).toHaveLength(1))

    expect(screen.queryByRole('region', { name: 'Suggestions' })).not.toBeInTheDocument()
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
  })
})
