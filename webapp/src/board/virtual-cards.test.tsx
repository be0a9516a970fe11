import { render, screen, waitFor } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { OVERSCAN, VirtualCards } from './virtual-cards'

afterEach(() => vi.restoreAllMocks())

const cards = Array.from({ length: 100 }, (_, i) => ({ key: `WEB-${i + 1}` }))

describe('a long column of cards', () => {
  it('draws only the cards in view in its first frame, and those just beyond its edge once that frame is painted', async () => {
    // jsdom lays nothing out: the sizes a browser would give the column (600 px) and its cards (92 px).
    vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(600)
    vi.spyOn(HTMLElement.prototype, 'offsetHeight', 'get').mockReturnValue(92)

    render(<VirtualCards className="column-cards" cards={cards} render={(card) => <p>{card.key}</p>} />)

    const firstFrame = screen.getAllByText(/^WEB-/).map((card) => card.textContent)
    expect(firstFrame).toHaveLength(Math.ceil(600 / 92))
    expect(firstFrame[0]).toBe('WEB-1')
    await waitFor(() => expect(screen.getAllByText(/^WEB-/)).toHaveLength(firstFrame.length + OVERSCAN))
    expect(screen.getByText(`WEB-${firstFrame.length + OVERSCAN}`)).toBeInTheDocument()
  })
})
