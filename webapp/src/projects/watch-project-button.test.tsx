import { screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { json, renderWithProviders, stubFetch, testQueryClient } from '../test-utils'
import { WatchProjectButton } from './watch-project-button'

beforeEach(() => {
  document.cookie = 'XSRF-TOKEN=token'
})
afterEach(() => vi.unstubAllGlobals())

describe('WatchProjectButton', () => {
  it('asks whether I watch the project only once the page’s own data is in', async () => {
    const fetch = stubFetch({ 'GET /api/v1/projects/HADOOP/watch': () => json(200, { watching: true }) })
    const client = testQueryClient()
    let boardIn: (value: string[]) => void = () => {}
    void client.fetchQuery({ queryKey: ['board'], queryFn: () => new Promise<string[]>((resolve) => (boardIn = resolve)) })
    renderWithProviders(<WatchProjectButton projectKey="HADOOP" />, { client })

    await new Promise((resolve) => setTimeout(resolve, 200))
    expect(fetch).not.toHaveBeenCalled()
    boardIn([])

    expect(await screen.findByRole('button', { name: 'Watching project' })).toBeInTheDocument()
    expect(fetch).toHaveBeenCalledTimes(1)
  })

  it('starts and stops watching the project, showing what the server answered', async () => {
    const calls: string[] = []
    stubFetch({
      'GET /api/v1/projects/HADOOP/watch': () => json(200, { watching: false }),
      'PUT /api/v1/projects/HADOOP/watch': () => {
        calls.push('PUT')
        return json(200, { watching: true })
      },
      'DELETE /api/v1/projects/HADOOP/watch': () => {
        calls.push('DELETE')
        return json(200, { watching: false })
      },
    })
    renderWithProviders(<WatchProjectButton projectKey="HADOOP" />)
    const user = userEvent.setup()

    const button = await screen.findByRole('button', { name: 'Watch project' })
    await waitFor(() => expect(button).toBeEnabled())
    expect(button).toHaveAttribute('aria-pressed', 'false')
    await user.click(button)

    const watching = await screen.findByRole('button', { name: 'Watching project' })
    expect(watching).toHaveAttribute('aria-pressed', 'true')
    await waitFor(() => expect(watching).toBeEnabled())
    await user.click(watching)

    expect(await screen.findByRole('button', { name: 'Watch project' })).toHaveAttribute('aria-pressed', 'false')
    expect(calls).toEqual(['PUT', 'DELETE'])
  })

  it('says in words why watching failed and stays as it was', async () => {
    stubFetch({
      'GET /api/v1/projects/HADOOP/watch': () => json(200, { watching: false }),
      'PUT /api/v1/projects/HADOOP/watch': () =>
        json(404, { status: 404, title: 'Not Found', detail: 'Project HADOOP not found' }, 'application/problem+json'),
    })
    renderWithProviders(<WatchProjectButton projectKey="HADOOP" />)
    const user = userEvent.setup()

    const button = await screen.findByRole('button', { name: 'Watch project' })
    await waitFor(() => expect(button).toBeEnabled())
    await user.click(button)

    expect(await screen.findByRole('alert')).toHaveTextContent('Not changed: Project HADOOP not found')
    expect(screen.getByRole('button', { name: 'Watch project' })).toHaveAttribute('aria-pressed', 'false')
  })
})
