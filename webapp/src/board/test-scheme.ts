import type { Scheme } from '../api/projects'

/** A project's scheme for board tests: two statuses, one type, no transitions (every move allowed). */
export const boardScheme: Scheme = {
  project: { id: 1, key: 'WEB', name: 'Web app', callerRole: 'member' },
  workflow: {
    statuses: [
      { id: 1, name: 'To Do', category: 'new', position: 0 },
      { id: 2, name: 'Done', category: 'done', position: 1 },
    ],
    transitions: [],
  },
  types: [{ id: 3, name: 'Task', level: 0 }],
  priorities: [],
  resolutions: [],
  components: [],
  versions: [],
}
