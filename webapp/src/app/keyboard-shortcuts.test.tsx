/// <reference types="node" />
import { fireEvent, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { readFileSync, readdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { useLocation } from 'react-router'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { json, renderWithProviders, stubFetch } from '../test-utils'
import { AppRoutes } from './app-routes'
import { SHORTCUTS } from './shortcuts'

/** The keys the app's code gives to useHotkey, as written there (`useHotkey('j', …)`). */
function hotkeysInCode(): Set<string> {
  const source = resolve(__dirname, '..')
  const files = readdirSync(source, { recursive: true, encoding: 'utf8' }).filter((file) => /\.tsx?$/.test(file) && !file.includes('.test.'))
  const keys = new Set<string>()
  for (const file of files) {
    for (const [, key] of readFileSync(join(source, file), 'utf8').matchAll(/useHotkey\(\s*'([^']+)'/g)) keys.add(key)
  }
  return keys
}

function Where() {
  const location = useLocation()
  return <output aria-label="Location">{location.pathname + location.search}</output>
}

const SHOWN_AS: Record<string, string> = { Escape: 'Esc', ArrowLeft: '←', ArrowRight: '→' }

afterEach(() => vi.unstubAllGlobals())

describe('the ? shortcut', () => {
  it('lists every key the app answers to', () => {
    const listed = new Set(SHORTCUTS.flatMap((group) => group.shortcuts.flatMap((shortcut) => shortcut.keys)))
    const inCode = [...hotkeysInCode()]

    expect(inCode.length).toBeGreaterThan(5)
    expect(inCode.filter((key) => !listed.has(SHOWN_AS[key] ?? key))).toEqual([])
  })

  it('opens the Keyboard shortcuts dialog from anywhere, and Esc closes it', async () => {
    stubFetch({
      'GET /api/v1/session': () => json(200, { user: { id: 1, email: 'ada@example.com', displayName: 'Ada', siteAdmin: false }, csrfToken: 'x' }),
      'GET /api/v1/projects': () => json(200, []),
      'GET /api/v1/myself/tokens': () => json(200, []),
    })
    renderWithProviders(<AppRoutes />, { route: '/account/tokens' })
    const user = userEvent.setup()
    await screen.findByRole('heading', { name: /API tokens/ })

    await user.keyboard('?')

    const dialog = screen.getByRole('dialog', { name: 'Keyboard shortcuts' })
    expect(within(dialog).getByRole('region', { name: 'Anywhere' })).toHaveTextContent('cCreate an issue')
    // Esc on a modal <dialog> is the browser's cancel event (jsdom has no Esc of its own).
    fireEvent(dialog, new Event('cancel', { cancelable: true }))
    expect(screen.queryByRole('dialog', { name: 'Keyboard shortcuts' })).not.toBeInTheDocument()
  })
})

describe('the c shortcut', () => {
  it('opens nothing for someone who can add issues to none of their projects', async () => {
    stubFetch({
      'GET /api/v1/session': () => json(200, { user: { id: 1, email: 'vera@example.com', displayName: 'Vera', siteAdmin: false }, csrfToken: 'x' }),
      'GET /api/v1/projects': () => json(200, [{ key: 'WEB', name: 'Web app', role: 'viewer' }]),
      'GET /api/v1/myself/tokens': () => json(200, []),
    })
    renderWithProviders(
      <>
        <AppRoutes />
        <Where />
      </>,
      { route: '/account/tokens' },
    )
    const user = userEvent.setup()
    await screen.findByRole('option', { name: 'Web app' })

    await user.keyboard('c')

    expect(screen.getByLabelText('Location')).toHaveTextContent(/^\/account\/tokens$/)
    expect(screen.queryByRole('dialog', { name: 'New issue' })).not.toBeInTheDocument()
  })
})
