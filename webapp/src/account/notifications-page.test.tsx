import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { NotificationSettings } from '../api/notifications'
import { json, renderWithProviders, stubFetch } from '../test-utils'
import { NotificationsPage } from './notifications-page'

const everything: NotificationSettings = {
  email: true,
  reasons: { assigned: true, mentioned: true, created: true, commented: true, commentEdited: true, workLogged: true, updated: true, deleted: true },
  serverSendsEmail: true,
}

beforeEach(() => {
  document.cookie = 'XSRF-TOKEN=token'
})
afterEach(() => vi.unstubAllGlobals())

/** A server that keeps what is put, as the real one does (reasons not named stay as they were). */
function stubSettings(initial: NotificationSettings) {
  let settings = initial
  const puts: unknown[] = []
  stubFetch({
    'GET /api/v1/myself/notification-settings': () => json(200, settings),
    'PUT /api/v1/myself/notification-settings': (init) => {
      const change = JSON.parse(String(init?.body))
      puts.push(change)
      settings = { ...settings, email: change.email, reasons: { ...settings.reasons, ...change.reasons } }
      return json(200, settings)
    },
  })
  return puts
}

function renderPage() {
  renderWithProviders(<NotificationsPage />)
  return userEvent.setup()
}

describe('NotificationsPage', () => {
  it('turns one reason off by itself, leaving email and the other reasons on', async () => {
    const puts = stubSettings(everything)
    const user = renderPage()

    const comments = await screen.findByRole('checkbox', { name: /comments on an issue/ })
    await user.click(comments)

    await waitFor(() => expect(comments).not.toBeChecked())
    expect(puts).toEqual([{ email: true, reasons: { commented: false } }])
    expect(screen.getByRole('checkbox', { name: 'Email me my notifications' })).toBeChecked()
    expect(screen.getByRole('checkbox', { name: 'An issue is assigned to me' })).toBeChecked()
    expect(screen.getByRole('status')).toHaveTextContent('Saved.')
  })

  it('greys out every reason once email is turned off, and shows them as they were when it is on again', async () => {
    const puts = stubSettings({ ...everything, reasons: { ...everything.reasons, updated: false } })
    const user = renderPage()

    const email = await screen.findByRole('checkbox', { name: 'Email me my notifications' })
    await user.click(email)

    await waitFor(() => expect(email).not.toBeChecked())
    const reasons = screen.getByRole('group', { name: 'Email me when' })
    for (const reason of within(reasons).getAllByRole('checkbox')) {
      expect(reason).toBeDisabled()
      expect(reason).not.toBeChecked()
    }
    await user.click(email)
    await waitFor(() => expect(screen.getByRole('checkbox', { name: 'An issue is assigned to me' })).toBeEnabled())
    expect(screen.getByRole('checkbox', { name: /any field, a link or an attachment/ })).not.toBeChecked()
    expect(puts).toEqual([{ email: false }, { email: true }])
  })

  it('offers every reason the server tells, new issues in watched projects and deletions among them', async () => {
    const puts = stubSettings(everything)
    const user = renderPage()

    const boxes = within(await screen.findByRole('group', { name: 'Email me when' })).getAllByRole('checkbox')
    expect(boxes).toHaveLength(Object.keys(everything.reasons).length)
    await user.click(screen.getByRole('checkbox', { name: 'An issue is created in a project I watch, or reported in my name' }))
    await user.click(screen.getByRole('checkbox', { name: 'Such an issue is deleted' }))

    await waitFor(() => expect(puts).toEqual([{ email: true, reasons: { created: false } }, { email: true, reasons: { deleted: false } }]))
  })

  it('says in words why a change was not saved, and keeps the box as the server has it', async () => {
    stubFetch({
      'GET /api/v1/myself/notification-settings': () => json(200, everything),
      'PUT /api/v1/myself/notification-settings': () =>
        json(400, { status: 400, title: 'Bad Request', detail: 'reasons.mentioned: No such reason' }, 'application/problem+json'),
    })
    const user = renderPage()

    const mentions = await screen.findByRole('checkbox', { name: 'Someone mentions me' })
    await user.click(mentions)

    expect(await screen.findByRole('alert')).toHaveTextContent('Not saved: reasons.mentioned: No such reason')
    expect(mentions).toBeChecked()
  })

  it('tells that this server sends no email when its administrator turned email off', async () => {
    stubSettings({ ...everything, serverSendsEmail: false })
    renderPage()

    expect(await screen.findByRole('note')).toHaveTextContent('This Meridian sends no email')
  })
})
