import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { describe, expect, it } from 'vitest'
import { LimitInput } from './limit-input'

function Limit() {
  const [value, setValue] = useState('')
  return <LimitInput short="Max" label="Maximum of To Do" value={value} onChange={setValue} />
}

describe('a WIP limit box', () => {
  it('keeps its name in view once a number is typed in', async () => {
    render(<Limit />)
    await userEvent.setup().type(screen.getByRole('textbox', { name: 'Maximum of To Do' }), '5')

    expect(screen.getByRole('textbox', { name: 'Maximum of To Do' })).toHaveValue('5')
    expect(screen.getByText('Max')).toBeVisible()
  })
})
