import { render, screen, waitFor } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { OVERSCAN, VirtualCards } from './virtual-cards'

afterEach(() => vi.restoreAllMocks())

const cards = Array.from({ length: 100 }, (_, i) => ({ key: `WEB-${i + 1}` }))

describe('a long column of cards', () => {
  it('draws the cards filling a first guess of its height in its first frame, reading nothing from the page; then those in view and just beyond', async () => {
    // jsdom lays nothing out: the sizes a browser would give the column (600 px) and its cards (92 px).
    const clientHeight = vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(600)
    const offsetHeight = vi.spyOn(HTMLElement.prototype, 'offsetHeight', 'get').mockReturnValue(92)

    render(<VirtualCards className="column-cards" cards={cards} render={(card) => <p>{card.key}</p>} />)

    const firstFrame = screen.getAllByText(/^WEB-/).map((card) => card.textContent)
    // Its first guess: 800 px (virtual-cards.tsx), the height of a column on a laptop's screen.
    expect(firstFrame).toHaveLength(Math.ceil(800 / 92))
    expect(firstFrame[0]).toBe('WEB-1')
    expect(clientHeight).not.toHaveBeenCalled()
    expect(offsetHeight).not.toHaveBeenCalled()
    await waitFor(() => expect(screen.getAllByText(/^WEB-/)).toHaveLength(Math.ceil(600 / 92) + OVERSCAN))
    expect(screen.getByText(`WEB-${Math.ceil(600 / 92) + OVERSCAN}`)).toBeInTheDocument()
  })
})
