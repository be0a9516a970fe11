import { act, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { useListNavigation } from './use-list-navigation'

function List({ keys, open }: { keys: string[]; open: (key: string) => void }) {
  const selected = useListNavigation(keys, open)
  return (
    <>
      <input aria-label="Filter" />
      <ul>
        {keys.map((key) => (
          <li key={key} data-nav-key={key} tabIndex={-1} aria-selected={key === selected}>
            {key}
          </li>
        ))}
      </ul>
    </>
  )
}

describe('useListNavigation', () => {
  it('moves the selection with j and k, focusing it, stops at the ends, and opens it with Enter', async () => {
    const open = vi.fn()
    render(<List keys={['A-1', 'A-2', 'A-3']} open={open} />)
    const user = userEvent.setup()

    await user.keyboard('j')
    expect(screen.getByText('A-1')).toHaveFocus()
    await user.keyboard('jjjj')
    expect(screen.getByText('A-3')).toHaveFocus()
    expect(screen.getByText('A-3')).toHaveAttribute('aria-selected', 'true')
    await user.keyboard('k')
    expect(screen.getByText('A-2')).toHaveFocus()
    await user.keyboard('{Enter}')

    expect(open).toHaveBeenCalledWith('A-2')
  })

  it('follows keys pressed faster than the list renders', () => {
    const open = vi.fn()
    render(<List keys={['A-1', 'A-2', 'A-3']} open={open} />)
    const press = (key: string) => window.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }))

    act(() => {
      press('j')
      press('j')
      press('Enter')
    })

    expect(open).toHaveBeenCalledWith('A-2')
    expect(screen.getByText('A-2')).toHaveFocus()
  })

  it('leaves j, k and Enter to a field being typed in', async () => {
    const open = vi.fn()
    render(<List keys={['A-1', 'A-2']} open={open} />)
    const user = userEvent.setup()

    await user.type(screen.getByLabelText('Filter'), 'jk{Enter}')

    expect(screen.getByLabelText('Filter')).toHaveValue('jk')
    expect(screen.getByText('A-1')).toHaveAttribute('aria-selected', 'false')
    expect(open).not.toHaveBeenCalled()
  })

  it('selects an item focused by other means, so j goes on from there', async () => {
    render(<List keys={['A-1', 'A-2', 'A-3']} open={vi.fn()} />)
    const user = userEvent.setup()

    await user.click(screen.getByText('A-2'))
    await user.keyboard('j')

    expect(screen.getByText('A-3')).toHaveFocus()
  })

  it('does nothing while a panel is over the list', async () => {
    const open = vi.fn()
    render(
      <>
        <List keys={['A-1']} open={open} />
        <aside className="panel" />
      </>,
    )
    await userEvent.setup().keyboard('j{Enter}')

    expect(screen.getByText('A-1')).not.toHaveFocus()
    expect(open).not.toHaveBeenCalled()
  })
})
