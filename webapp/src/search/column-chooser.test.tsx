import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { ColumnChooser } from './column-chooser'

const box = (name: string) => screen.getByRole('checkbox', { name })

describe('the search page’s column menu', () => {
  it('opens from its button with ↓, moves between the columns it can change with ↑/↓, Home and End, and closes back to the button with Esc', async () => {
    const onToggle = vi.fn()
    const { container } = render(<ColumnChooser shown={['key', 'issuetype', 'summary', 'status']} onToggle={onToggle} />)
    const menu = container.querySelector('details')!
    const button = screen.getByText('Columns')
    const user = userEvent.setup()
    button.focus()

    await user.keyboard('{ArrowDown}')
    expect(menu.open).toBe(true)
    expect(box('Type')).toHaveFocus()
    // Summary can not be taken away, so it is passed over.
    await user.keyboard('{ArrowDown}')
    expect(box('Status')).toHaveFocus()
    await user.keyboard('{End}')
    expect(box('Project')).toHaveFocus()
    await user.keyboard('{ArrowDown}')
    expect(box('Type')).toHaveFocus()
    await user.keyboard('{ArrowUp}')
    expect(box('Project')).toHaveFocus()
    await user.keyboard('{Home}{ArrowDown}{ArrowDown}')
    expect(box('Priority')).toHaveFocus()

    await user.keyboard(' ')
    expect(onToggle).toHaveBeenCalledWith('priority')

    await user.keyboard('{Escape}')
    expect(menu.open).toBe(false)
    expect(button).toHaveFocus()
  })
})
