import { screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { ApiError } from '../api/http'
import type { Version } from '../api/projects'
import { localDay } from '../app/calendar-day'
import { json, renderWithProviders, stubFetch } from '../test-utils'
import { CreateVersion } from './create-version'
import { DeleteVersionDialog } from './delete-version-dialog'
import { ReleaseDialog } from './release-dialog'
import { VersionDialog } from './version-dialog'

const version = (id: number, name: string, extra: Partial<Version> = {}): Version => ({ id, name, released: false, archived: false, ...extra })
const v21 = version(1, '2.1')
const v22 = version(2, '2.2')
const refusal = (status: number, detail: string, errors?: { field: string; message: string }[]) =>
  new ApiError({ title: 'Refused', status, detail, ...(errors && { errors }) })

function release(unresolved: number, targets: Version[], error: Error | null = null) {
  const onRelease = vi.fn()
  renderWithProviders(<ReleaseDialog version={v21} unresolved={unresolved} targets={targets} error={error} pending={false} onRelease={onRelease} onClose={vi.fn()} />)
  return { user: userEvent.setup(), onRelease }
}

afterEach(() => vi.unstubAllGlobals())

describe('the Release dialog', () => {
  it('releases today and moves the unresolved issues to the next unreleased version unless told otherwise', async () => {
    const { user, onRelease } = release(3, [v22])

    expect(screen.getByLabelText('Release date')).toHaveValue(localDay(Date.now()))
    expect(screen.getByRole('radio', { name: /Move 3 unresolved issues to/ })).toBeChecked()
    await user.click(screen.getByRole('button', { name: 'Release' }))

    expect(onRelease).toHaveBeenCalledWith({ releaseDate: localDay(Date.now()), moveUnresolvedTo: '2.2' })
  })

  it('ignores the unresolved issues when asked, on the day chosen', async () => {
    const { user, onRelease } = release(1, [v22])

    await user.clear(screen.getByLabelText('Release date'))
    await user.type(screen.getByLabelText('Release date'), '2026-12-01')
    await user.click(screen.getByRole('radio', { name: 'Ignore and release' }))
    await user.click(screen.getByRole('button', { name: 'Release' }))

    expect(onRelease).toHaveBeenCalledWith({ releaseDate: '2026-12-01' })
  })

  it('offers only to ignore them when no other version is unreleased', async () => {
    const { user, onRelease } = release(2, [])

    expect(screen.queryByRole('radio', { name: /Move/ })).not.toBeInTheDocument()
    expect(screen.getByText(/No other unreleased version/)).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Release' }))

    expect(onRelease).toHaveBeenCalledWith({ releaseDate: localDay(Date.now()) })
  })

  it('says nothing is left to move when every issue is resolved', () => {
    release(0, [v22])
    expect(screen.getByText('All its issues are resolved.')).toBeInTheDocument()
    expect(screen.queryByRole('radio')).not.toBeInTheDocument()
  })

  it('shows the server’s refusal at the release date', () => {
    release(0, [], refusal(400, 'startDate: the start date 2026-06-01 is after the release date 2026-05-01; move one of them', [
      { field: 'startDate', message: 'the start date 2026-06-01 is after the release date 2026-05-01; move one of them' },
    ]))
    expect(screen.getByLabelText('Release date')).toHaveAccessibleDescription('the start date 2026-06-01 is after the release date 2026-05-01; move one of them')
  })
})

describe('the Delete version dialog', () => {
  it('asks where the fix and affects issues go, and takes the version off them by default', async () => {
    const onDelete = vi.fn()
    renderWithProviders(<DeleteVersionDialog version={v21} fixIssues={4} affectedIssues={2} targets={[v22]} error={null} pending={false} onDelete={onDelete} onClose={vi.fn()} />)
    const user = userEvent.setup()

    await user.selectOptions(screen.getByLabelText('4 issues with this fix version'), 'Move them to 2.2')
    await user.click(screen.getByRole('button', { name: 'Delete' }))

    expect(onDelete).toHaveBeenCalledWith({ moveFixIssuesTo: '2.2' })
    expect(screen.getByLabelText('2 issues with this affects version')).toHaveValue('')
  })

  it('asks nothing about issues when no issue has the version', () => {
    renderWithProviders(<DeleteVersionDialog version={v21} fixIssues={0} affectedIssues={0} targets={[v22]} error={null} pending={false} onDelete={vi.fn()} onClose={vi.fn()} />)
    expect(screen.getByText(/No issue has this version/)).toBeInTheDocument()
    expect(screen.queryByRole('combobox')).not.toBeInTheDocument()
  })
})

describe('the version form', () => {
  it('refuses a start after the release before sending anything', async () => {
    const onCreate = vi.fn()
    renderWithProviders(<VersionDialog error={null} pending={false} onEdit={vi.fn()} onCreate={onCreate} onClose={vi.fn()} />)
    const user = userEvent.setup()

    await user.type(screen.getByLabelText('Name'), '3.0')
    await user.type(screen.getByLabelText('Start date'), '2026-06-02')
    await user.type(screen.getByLabelText('Release date'), '2026-06-01')
    await user.click(screen.getByRole('button', { name: 'Create' }))

    expect(screen.getByLabelText('Start date')).toHaveAccessibleDescription('The start date is after the release date.')
    expect(onCreate).not.toHaveBeenCalled()
  })

  it('sends only what was changed, an emptied field as cleared', async () => {
    const onSave = vi.fn()
    renderWithProviders(
      <VersionDialog version={version(1, '2.1', { description: 'Uploads', releaseDate: '2026-06-01' })} error={null} pending={false} onEdit={vi.fn()} onSave={onSave} onClose={vi.fn()} />,
    )
    const user = userEvent.setup()

    await user.clear(screen.getByLabelText('Name'))
    await user.type(screen.getByLabelText('Name'), '2.1.0')
    await user.clear(screen.getByLabelText('Description'))
    await user.click(screen.getByRole('button', { name: 'Save' }))

    expect(onSave).toHaveBeenCalledWith({ name: '2.1.0', description: null })
  })

  it('takes back the server’s refusal of a name taken once the name is changed', async () => {
    document.cookie = 'XSRF-TOKEN=token'
    stubFetch({ 'POST /api/v1/projects/WEB/versions': () => json(409, { status: 409, title: 'Conflict', detail: "Version '1.0' already exists in WEB" }) })
    renderWithProviders(<CreateVersion projectKey="WEB" />)
    const user = userEvent.setup()
    await user.click(screen.getByRole('button', { name: 'Create version' }))
    await user.type(screen.getByLabelText('Name'), '1.0')
    await user.click(screen.getByRole('button', { name: 'Create' }))
    expect(await screen.findByRole('alert')).toHaveTextContent("Version '1.0' already exists in WEB")

    await user.clear(screen.getByLabelText('Name'))
    await user.type(screen.getByLabelText('Name'), '5.0')

    expect(screen.queryByText(/already exists/)).not.toBeInTheDocument()
  })

  it('shows a name already taken as the server says it', () => {
    renderWithProviders(<VersionDialog version={v21} error={refusal(409, "Version '2.2' already exists in WEB; choose another name")} pending={false} onEdit={vi.fn()} onSave={vi.fn()} onClose={vi.fn()} />)
    expect(screen.getByRole('alert')).toHaveTextContent("Version '2.2' already exists in WEB; choose another name")
  })
})
