import type { BoardConfig } from '../api/planning'

/** A kanban board of project WEB whose columns leave "In Review" unmapped, for the planning screens' tests. */
export const testBoard: BoardConfig = {
  id: 4,
  projectKey: 'WEB',
  name: 'Team',
  kind: 'kanban',
  filterId: 9,
  jql: 'project = WEB ORDER BY rank',
  swimlanes: 'none',
  columns: [
    { name: 'To Do', statuses: ['To Do'], min: null, max: null },
    { name: 'Doing', statuses: ['In Progress'], min: 1, max: 3 },
    { name: 'Done', statuses: ['Done'], min: null, max: null },
  ],
  quickFilters: [{ id: 31, name: 'Mine', jql: 'assignee = currentUser()', description: null }],
  hideDoneAfterDays: 14,
}
