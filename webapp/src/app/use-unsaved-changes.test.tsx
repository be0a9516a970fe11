import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState, type MouseEvent } from 'react'
import { BrowserRouter, Link, Route, Routes } from 'react-router'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { ProjectSwitcher } from '../projects/project-switcher'
import { json, renderWithProviders, stubFetch } from '../test-utils'
import { ConfirmProvider } from './confirm-provider'
import { guardBackAndForward, useUnsavedChanges } from './use-unsaved-changes'

function NameDraft() {
  const [saved, setSaved] = useState('Team')
  const [name, setName] = useState(saved)
  useUnsavedChanges(name !== saved, { what: 'the board “Team”', detail: 'The name you typed is not saved.' })
  return (
    <>
      <input aria-label="Name" value={name} onChange={(e) => setName(e.target.value)} />
      <button type="button" onClick={() => setSaved(name)}>
        Save
      </button>
    </>
  )
}

function leaveTab(): Event {
  const event = new Event('beforeunload', { cancelable: true })
  window.dispatchEvent(event)
  return event
}

afterEach(() => vi.unstubAllGlobals())

describe('useUnsavedChanges', () => {
  it('has the browser ask before closing or reloading the tab only while the draft is unsaved', async () => {
    const user = userEvent.setup()
    renderWithProviders(<NameDraft />)
    expect(leaveTab().defaultPrevented).toBe(false)

    await user.type(screen.getByRole('textbox', { name: 'Name' }), 's')
    expect(leaveTab().defaultPrevented).toBe(true)

    await user.click(screen.getByRole('button', { name: 'Save' }))
    expect(leaveTab().defaultPrevented).toBe(false)
  })

  it('lets a link with a modifier key (a new tab) or to an issue panel go without asking', async () => {
    const user = userEvent.setup()
    // jsdom cannot open another page or tab: these links stay.
    const stay = (event: MouseEvent) => event.preventDefault()
    renderWithProviders(
      <>
        <a href="/issues/WEB-1" onClick={stay}>
          WEB-1
        </a>
        <a href="/filters" onClick={stay}>
          Filters in a new tab
        </a>
        <Link to="/filters">Filters</Link>
        <NameDraft />
      </>,
    )
    await user.type(screen.getByRole('textbox', { name: 'Name' }), 's')

    await user.click(screen.getByRole('link', { name: 'WEB-1' }))
    await user.keyboard('{Control>}')
    await user.click(screen.getByRole('link', { name: 'Filters in a new tab' }))
    await user.keyboard('{/Control}')
    expect(screen.queryByRole('dialog')).toBeNull()

    await user.click(screen.getByRole('link', { name: 'Filters' }))
    expect(screen.getByRole('dialog', { name: 'Discard your changes to the board “Team”?' })).toHaveTextContent('The name you typed is not saved.')
  })

  it('asks before the project switcher leaves a changed draft', async () => {
    const project = (key: string) => ({ key, name: `Project ${key}` })
    stubFetch({ 'GET /api/v1/projects': () => json(200, [project('WEB'), project('OPS')]) })
    renderWithProviders(
      <Routes>
        <Route
          path="/projects/WEB/settings"
          element={
            <>
              <ProjectSwitcher current="WEB" />
              <NameDraft />
            </>
          }
        />
        <Route path="/projects/OPS/board" element={<p>The OPS board</p>} />
      </Routes>,
      { route: '/projects/WEB/settings' },
    )
    const user = userEvent.setup()
    await user.type(screen.getByRole('textbox', { name: 'Name' }), 's')
    await screen.findByRole('option', { name: 'Project OPS' })

    await user.selectOptions(screen.getByRole('combobox', { name: 'Project' }), 'OPS')
    await user.click(within(screen.getByRole('dialog', { name: 'Discard your changes to the board “Team”?' })).getByRole('button', { name: 'Keep editing' }))
    expect(screen.getByRole('combobox', { name: 'Project' })).toHaveValue('WEB')
    expect(screen.getByRole('textbox', { name: 'Name' })).toHaveValue('Teams')

    await user.selectOptions(screen.getByRole('combobox', { name: 'Project' }), 'OPS')
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Discard' }))
    expect(await screen.findByText('The OPS board')).toBeInTheDocument()
  })

  describe('with the browser’s back button', () => {
    let unguard = () => {}
    beforeEach(() => {
      window.history.replaceState(null, '', '/')
      unguard = guardBackAndForward()
    })
    afterEach(() => unguard())

    function renderApp() {
      render(
        <BrowserRouter>
          <ConfirmProvider>
            <Link to="/settings">Board settings</Link>
            <Routes>
              <Route path="/" element={<p>The board</p>} />
              <Route path="/settings" element={<NameDraft />} />
            </Routes>
          </ConfirmProvider>
        </BrowserRouter>,
      )
      return userEvent.setup()
    }

    it('keeps the page and its draft when the question is cancelled, and goes back on Discard', async () => {
      const user = renderApp()
      await user.click(screen.getByRole('link', { name: 'Board settings' }))
      await user.type(screen.getByRole('textbox', { name: 'Name' }), 's')

      window.history.back()
      const question = await screen.findByRole('dialog', { name: 'Discard your changes to the board “Team”?' })
      await waitFor(() => expect(window.location.pathname).toBe('/settings'))
      await user.click(within(question).getByRole('button', { name: 'Keep editing' }))
      expect(screen.getByRole('textbox', { name: 'Name' })).toHaveValue('Teams')

      window.history.back()
      await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Discard' }))
      expect(await screen.findByText('The board')).toBeInTheDocument()
      expect(window.location.pathname).toBe('/')
    })

    it('goes back without asking once the draft is saved', async () => {
      const user = renderApp()
      await user.click(screen.getByRole('link', { name: 'Board settings' }))
      await user.type(screen.getByRole('textbox', { name: 'Name' }), 's')
      await user.click(screen.getByRole('button', { name: 'Save' }))

      window.history.back()
      expect(await screen.findByText('The board')).toBeInTheDocument()
      expect(screen.queryByRole('dialog')).toBeNull()
    })
  })
})
