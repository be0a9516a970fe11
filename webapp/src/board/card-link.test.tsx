import { DndContext } from '@dnd-kit/core'
import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { CardLink } from './card-link'

function cards() {
  render(
    <DndContext>
      <CardLink issueKey="WEB-1" data={{}} disabled={false} onOpen={() => undefined} label="WEB-1 Movable">
        Movable
      </CardLink>
      <CardLink issueKey="WEB-2" data={{}} disabled onOpen={() => undefined} label="WEB-2 Fixed">
        Fixed
      </CardLink>
    </DndContext>,
  )
  return { movable: screen.getByRole('link', { name: 'WEB-1 Movable' }), fixed: screen.getByRole('link', { name: 'WEB-2 Fixed' }) }
}

describe('a board card', () => {
  it('tells how to pick it up when it can be moved', () => {
    const { movable } = cards()

    expect(movable).toHaveAccessibleDescription(/press space/i)
    expect(movable).not.toHaveClass('read-only')
  })

  it('is a plain link to a viewer: not announced as a disabled draggable, and never greyed out', () => {
    const { fixed } = cards()

    expect(fixed).not.toHaveAttribute('aria-disabled')
    expect(fixed).toHaveAccessibleDescription('')
    expect(fixed).toHaveClass('read-only')
    expect(fixed).toHaveAttribute('href', '/issues/WEB-2')
  })
})
