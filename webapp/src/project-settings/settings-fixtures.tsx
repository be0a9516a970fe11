import userEvent from '@testing-library/user-event'
import { Route, Routes } from 'react-router'
import type { Project, Role, Scheme } from '../api/projects'
import { CurrentUserContext } from '../app/current-user'
import { renderWithProviders } from '../test-utils'
import { SettingsPage } from './settings-page'

export const ada = { id: 1, email: 'ada@example.com', displayName: 'Ada' }
export const bob = { id: 2, email: 'bob@example.com', displayName: 'Bob' }

/** WEB's scheme as someone of `role` reads it: To Do and Done, one transition, two priorities, a component, a version. */
export function scheme(role: Role, changes: Partial<Scheme> = {}): Scheme {
  return {
    project: { id: 1, key: 'WEB', name: 'Web', callerRole: role },
    workflow: {
      statuses: [
        { id: 1, name: 'To Do', category: 'new', position: 0 },
        { id: 2, name: 'Done', category: 'done', position: 1 },
      ],
      transitions: [{ id: 5, name: 'Finish', fromStatusId: null, toStatusId: 2 }],
    },
    types: [],
    priorities: [
      { id: 1, name: 'High', position: 0, isDefault: false },
      { id: 2, name: 'Low', position: 1, isDefault: true },
    ],
    resolutions: [],
    components: [{ id: 1, name: 'Storage', description: null }],
    versions: [{ id: 1, name: '1.0', released: false, archived: false, releaseDate: null }],
    ...changes,
  }
}

export const project: Project = {
  id: 1,
  key: 'WEB',
  name: 'Web',
  description: null,
  lead: ada,
  aiTrainingEnabled: true,
  role: 'admin',
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
  version: 3,
}


/** The settings page at `section`, for Ada (not a site admin). */
export function renderSettings(section: string) {
  renderWithProviders(
    <CurrentUserContext.Provider value={{ ...ada, siteAdmin: false }}>
      <Routes>
        <Route path="/projects/:projectKey/settings/:section?" element={<SettingsPage />} />
      </Routes>
    </CurrentUserContext.Provider>,
    { route: `/projects/WEB/settings/${section}` },
  )
  return userEvent.setup()
}


export const body = (init: RequestInit | undefined) => JSON.parse(String(init?.body))
