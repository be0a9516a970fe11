import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { Route, Routes } from 'react-router'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { Role, Version } from '../api/projects'
import type { VersionProgress } from '../api/releases'
import { scheme } from '../project-settings/settings-fixtures'
import { issueSummary, json, renderWithProviders, stubFetch } from '../test-utils'
import { ReleaseProgress } from './release-progress'
import { ReleasesPage } from './releases-page'
import { VersionPage } from './version-page'

const v = (id: number, name: string, extra: Partial<Version> = {}): Version => ({ id, name, released: false, archived: false, ...extra })
const versions = [
  v(1, '1.0', { released: true, archived: true, releaseDate: '2025-01-10' }),
  v(2, '2.0', { released: true, releaseDate: '2026-03-01', description: 'Uploads' }),
  v(3, '2.1', { releaseDate: '2000-01-01' }),
  v(4, '3.0'),
]
const progress: VersionProgress[] = versions.map((version) => ({ version, toDo: 0, inProgress: 0, done: 0, unresolved: 0, affected: 0 }))
progress[2] = { ...progress[2], toDo: 2, inProgress: 1, done: 3, unresolved: 3 }

function routes(role: Role, extra: Parameters<typeof stubFetch>[0] = {}) {
  return stubFetch({
    'GET /api/v1/projects/WEB/scheme': () => json(200, scheme(role, { versions, types: [{ id: 1, name: 'Story', level: 0 }, { id: 2, name: 'Bug', level: 0 }] })),
    'GET /api/v1/projects/WEB/versions/progress': () => json(200, progress),
    ...extra,
  })
}

function renderAt(route: string) {
  renderWithProviders(
    <Routes>
      <Route path="/projects/:projectKey/releases" element={<ReleasesPage />} />
      <Route path="/projects/:projectKey/releases/:versionName" element={<VersionPage />} />
    </Routes>,
    { route },
  )
  return userEvent.setup()
}

beforeEach(() => {
  document.cookie = 'XSRF-TOKEN=token'
})
afterEach(() => vi.unstubAllGlobals())

describe('a version’s progress bar', () => {
  it('draws the to-do part, so a version whose issues are all to do does not look like one without issues', () => {
    renderWithProviders(<ReleaseProgress progress={{ toDo: 2, inProgress: 0, done: 0 }} />)

    const bar = screen.getByRole('img', { name: '2 issues: 0 done, 0 in progress, 2 to do' })
    expect(bar.querySelector('.progress-to-do')).toHaveStyle({ width: '100%' })
  })
})

describe('the Releases page', () => {
  it('lists unreleased and released versions with status, progress and an overdue release, archived ones on request', async () => {
    routes('member')
    const user = renderAt('/projects/WEB/releases')

    const row = (await screen.findByRole('link', { name: '2.1' })).closest('tr')!
    expect(within(row).getByText('Unreleased')).toBeInTheDocument()
    expect(within(row).getByText('Overdue')).toBeInTheDocument()
    expect(within(row).getByRole('img', { name: '6 issues: 3 done, 1 in progress, 2 to do' })).toBeInTheDocument()
    expect(screen.getByRole('link', { name: '2.0' }).closest('tr')).toHaveTextContent('Uploads')
    expect(screen.getByRole('link', { name: '2.0' })).toHaveClass('text-link')
    const empty = screen.getByRole('link', { name: '3.0' }).closest('tr')!
    expect(within(empty).getByText('No issues')).toBeInTheDocument()
    expect(within(empty).queryByRole('img')).not.toBeInTheDocument()
    expect(screen.queryByRole('link', { name: '1.0' })).not.toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Create version' })).not.toBeInTheDocument()

    await user.click(screen.getByRole('button', { name: 'Archived' }))
    expect(screen.getByRole('link', { name: '1.0' }).closest('tr')).toHaveTextContent('Archived')
  })

  it('lets a project admin release a version, moving its unresolved issues', async () => {
    const released = vi.fn((_body: unknown) => json(200, scheme('admin', { versions })))
    routes('admin', { 'POST /api/v1/projects/WEB/versions/2.1/release': (init) => released(JSON.parse(String(init?.body))) })
    const user = renderAt('/projects/WEB/releases')

    await user.click(await screen.findByRole('button', { name: 'Actions for 2.1' }))
    await user.click(screen.getByRole('menuitem', { name: 'Release…' }))
    const dialog = screen.getByRole('dialog', { name: 'Release 2.1' })
    expect(within(dialog).getByRole('combobox', { name: 'Version to move them to' })).toHaveValue('3.0')
    await user.click(within(dialog).getByRole('button', { name: 'Release' }))

    await waitFor(() => expect(released).toHaveBeenCalledWith(expect.objectContaining({ moveUnresolvedTo: '3.0' })))
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Release 2.1' })).not.toBeInTheDocument())
  })
})

describe('a version’s page', () => {
  it('lists its issues by fix version and writes its release notes', async () => {
    const searched: string[] = []
    routes('member', {
      'GET /api/v1/search': (_, url) => {
        searched.push(url.searchParams.get('jql')!)
        return json(200, {
          startAt: 0, maxResults: 500, total: 2,
          issues: [issueSummary('WEB-1', 'Done', '2026-01-01T00:00:00Z', { type: 'Bug', summary: 'Crash' }), issueSummary('WEB-2', 'To Do', '2026-01-01T00:00:00Z', { type: 'Story', summary: 'Upload' })],
        })
      },
      'GET /api/v1/jql/reference': () => json(200, { fields: [], functions: [] }),
    })
    renderAt('/projects/WEB/releases/2.1')

    expect(await screen.findByText('Crash')).toBeInTheDocument()
    expect(searched[0]).toBe('project = "WEB" AND fixVersion = "2.1" ORDER BY issuetype ASC, key ASC')
    expect(screen.getByRole('textbox', { name: 'Release notes as Markdown' })).toHaveValue(
      '# Release notes - Web - Version 2.1\n\n## Story\n\n- [WEB-2] Upload\n\n## Bug\n\n- [WEB-1] Crash\n',
    )
  })
})
