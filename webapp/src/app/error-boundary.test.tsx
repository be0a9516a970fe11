import { render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { ErrorBoundary } from './error-boundary'

afterEach(() => vi.restoreAllMocks())

function Broken(): never {
  throw new Error('Cannot read properties of undefined (reading "map")')
}

describe('ErrorBoundary', () => {
  it('shows what went wrong in place of a page that fails to draw, and draws again on another page', () => {
    // React reports the caught error on the console; the test needs no noise.
    vi.spyOn(console, 'error').mockImplementation(() => {})
    const { rerender } = render(
      <ErrorBoundary resetKey="/search">
        <Broken />
      </ErrorBoundary>,
    )

    expect(screen.getByRole('alert')).toHaveTextContent('This page could not be shown')
    expect(screen.getByRole('alert')).toHaveTextContent('reading "map"')
    expect(screen.getByRole('button', { name: 'Reload' })).toBeInTheDocument()

    rerender(
      <ErrorBoundary resetKey="/projects">
        <p>Projects</p>
      </ErrorBoundary>,
    )

    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
    expect(screen.getByText('Projects')).toBeInTheDocument()
  })
})
