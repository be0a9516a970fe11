import { fireEvent, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { describe, expect, it } from 'vitest'
import { renderWithProviders } from '../test-utils'
import { useConfirm } from './use-confirm'

function DeleteButton() {
  const confirm = useConfirm()
  const [outcome, setOutcome] = useState('nothing yet')
  return (
    <>
      <button
        type="button"
        onClick={() =>
          void confirm({ title: 'Delete the filter “Open bugs”?', detail: 'People it is shared with lose it too.', confirmLabel: 'Delete', danger: true }).then(
            (ok) => setOutcome(ok ? 'deleted' : 'kept'),
          )
        }
      >
        Delete filter
      </button>
      <p>{outcome}</p>
    </>
  )
}

describe('ConfirmProvider', () => {
  it('asks in a dialog and goes ahead only when its button is pressed', async () => {
    const user = userEvent.setup()
    renderWithProviders(<DeleteButton />)
    await user.click(screen.getByRole('button', { name: 'Delete filter' }))

    const dialog = screen.getByRole('dialog', { name: 'Delete the filter “Open bugs”?' })
    expect(dialog).toHaveTextContent('People it is shared with lose it too.')
    // A destructive question starts on Cancel: Enter there keeps the filter.
    expect(screen.getByRole('button', { name: 'Cancel' })).toHaveFocus()
    expect(screen.getByText('nothing yet')).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Delete' }))

    await waitFor(() => expect(screen.getByText('deleted')).toBeInTheDocument())
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
  })

  it('counts Cancel, the close button and Esc as no', async () => {
    const user = userEvent.setup()
    renderWithProviders(<DeleteButton />)

    await user.click(screen.getByRole('button', { name: 'Delete filter' }))
    await user.click(screen.getByRole('button', { name: 'Cancel' }))
    await waitFor(() => expect(screen.getByText('kept')).toBeInTheDocument())

    await user.click(screen.getByRole('button', { name: 'Delete filter' }))
    await user.click(screen.getByRole('button', { name: 'Close' }))
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()

    await user.click(screen.getByRole('button', { name: 'Delete filter' }))
    // What the browser fires on Esc in a modal dialog (jsdom does not map the key to it).
    fireEvent(screen.getByRole('dialog'), new Event('cancel', { cancelable: true }))
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
    expect(screen.getByText('kept')).toBeInTheDocument()
  })
})
