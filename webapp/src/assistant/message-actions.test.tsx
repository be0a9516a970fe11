import { screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { ChatMessage } from '../api/assistant'
import { renderWithProviders } from '../test-utils'
import { MessageActions } from './message-actions'

const answer: ChatMessage = {
  id: 2,
  conversationId: 7,
  role: 'assistant',
  text: 'There are **2** open issues.',
  citations: [],
  model: 'local/meridian-lexicon@1',
  provider: 'local',
  modelVersion: '1',
  intent: 'count',
  tools: [],
  project: 'WEB',
  note: null,
  feedback: null,
  createdAt: '2026-01-01T00:00:00Z',
}

function actions(onRetry = vi.fn(), onRate = vi.fn(async () => {})) {
  renderWithProviders(<MessageActions message={answer} onRetry={onRetry} onRate={onRate} />)
  return { onRetry, onRate, user: userEvent.setup() }
}

afterEach(() => {
  vi.unstubAllGlobals()
  vi.restoreAllMocks()
})

describe('MessageActions', () => {
  it('copies the answer with the copy command where the clipboard API is missing (plain http)', async () => {
    const { user } = actions()
    Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true })
    let copied = ''
    document.execCommand = vi.fn(() => {
      copied = (document.activeElement as HTMLTextAreaElement | null)?.value ?? ''
      return true
    })

    await user.click(screen.getByRole('button', { name: 'Copy' }))

    expect(await screen.findByText('Answer copied')).toBeInTheDocument()
    expect(document.execCommand).toHaveBeenCalledWith('copy')
    expect(copied).toBe('There are **2** open issues.')
    expect(document.querySelector('textarea')).toBeNull()
  })

  it('says so when nothing could be copied', async () => {
    const { user } = actions()
    Object.defineProperty(navigator, 'clipboard', {
      value: { writeText: () => Promise.reject(new Error('denied')) },
      configurable: true,
    })

    await user.click(screen.getByRole('button', { name: 'Copy' }))

    expect(await screen.findByText('Could not copy the answer; select it and copy it by hand.')).toBeInTheDocument()
    expect(screen.queryByText('Answer copied')).not.toBeInTheDocument()
  })

  it('retries, and rates up or down with an optional comment', async () => {
    const { user, onRetry, onRate } = actions()

    await user.click(screen.getByRole('button', { name: 'Retry' }))
    await user.click(screen.getByRole('button', { name: 'Good answer' }))
    await user.click(screen.getByRole('button', { name: 'Add a comment' }))
    await user.type(screen.getByLabelText('What about this answer? (optional)'), 'spot on')
    await user.click(screen.getByRole('button', { name: 'Send comment' }))

    expect(onRetry).toHaveBeenCalledTimes(1)
    await waitFor(() => expect(onRate).toHaveBeenLastCalledWith('up', 'spot on'))
    expect(onRate).toHaveBeenNthCalledWith(1, 'up', undefined)
    expect(screen.getByRole('button', { name: 'Good answer' })).toHaveAttribute('aria-pressed', 'true')
  })
})
