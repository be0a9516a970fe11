import { useQuery } from '@tanstack/react-query'
import { useState, type FormEvent } from 'react'
import { projectsApi, type Role } from '../api/projects'
import { usersApi } from '../api/users'
import { useCurrentUser } from '../app/current-user'
import { useConfirm } from '../app/use-confirm'
import { useDebouncedValue } from '../app/use-debounced-value'
import { useMembers } from '../projects/use-projects'
import { Avatar } from '../ui/avatar'
import type { SectionProps } from './settings-page'
import { ProblemText } from './problem-text'
import { latestError, useSettingsChange } from './use-settings'

const ROLES: Role[] = ['admin', 'member', 'viewer']

/** Who is in the project and with which role; people are added by email, picked from the users matching what is typed. */
export function MembersSection({ projectKey, canEdit }: SectionProps) {
  const members = useMembers(projectKey)
  const me = useCurrentUser()
  const confirm = useConfirm()
  const setRole = useSettingsChange(projectKey, ({ email, role }: { email: string; role: Role }) => projectsApi.setRole(projectKey, email, role))
  const remove = useSettingsChange(projectKey, (email: string) => projectsApi.removeMember(projectKey, email))
  const [email, setEmail] = useState('')
  const [role, setNewRole] = useState<Role>('member')
  const typed = useDebouncedValue(email.trim(), 200)
  const candidates = useQuery({
    queryKey: ['users', typed],
    queryFn: () => usersApi.search(typed, 8),
    enabled: canEdit && typed.length >= 2,
  })
  const add = (event: FormEvent) => {
    event.preventDefault()
    if (!email.trim()) return
    // The next person added starts as a member again, not with the role chosen for this one.
    setRole.mutate({ email: email.trim(), role }, { onSuccess: () => { setEmail(''); setNewRole('member') } })
  }
  const memberEmails = new Set(members.data?.map((member) => member.user.email))

  return (
    <section aria-label="Members">
      <table className="issue-table">
        <thead>
          <tr>
            <th>Person</th>
            <th>Role</th>
            {canEdit && <th aria-label="Actions" />}
          </tr>
        </thead>
        <tbody>
          {members.data?.map((member) => (
            <tr key={member.user.id}>
              <td>
                <span className="status-cell">
                  <Avatar user={member.user} size={20} />
                  {member.user.displayName} <span className="muted">{member.user.email}</span>
                </span>
              </td>
              <td>
                {canEdit ? (
                  <select
                    aria-label={`Role of ${member.user.displayName}`}
                    value={member.role}
                    onChange={(e) => setRole.mutate({ email: member.user.email, role: e.target.value as Role })}
                  >
                    {ROLES.map((option) => (
                      <option key={option}>{option}</option>
                    ))}
                  </select>
                ) : (
                  member.role
                )}
              </td>
              {canEdit && (
                <td>
                  <button
                    type="button"
                    className="button button-ghost"
                    aria-label={`Remove ${member.user.displayName}`}
                    onClick={() =>
                      void confirm(
                        member.user.id === me.id
                          ? { title: `Leave ${projectKey}?`, detail: 'You lose access to its issues until an admin adds you again.', confirmLabel: 'Leave', danger: true }
                          : {
                              title: `Remove ${member.user.displayName} from ${projectKey}?`,
                              detail: `${member.user.displayName} loses access to its issues.`,
                              confirmLabel: 'Remove',
                              danger: true,
                            },
                      ).then((ok) => ok && remove.mutate(member.user.email))
                    }
                  >
                    {member.user.id === me.id ? 'Leave' : 'Remove'}
                  </button>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
      <ProblemText error={latestError(setRole, remove)} />
      {canEdit && (
        <form className="settings-row" onSubmit={add} aria-label="Add a member">
          <input
            aria-label="Email of the person to add"
            placeholder="name or email"
            list="member-candidates"
            value={email}
            onChange={(e) => setEmail(e.target.value)}
          />
          <datalist id="member-candidates">
            {candidates.data
              ?.filter((user) => !memberEmails.has(user.email))
              .map((user) => (
                <option key={user.id} value={user.email}>
                  {user.displayName}
                </option>
              ))}
          </datalist>
          <select aria-label="Role of the new member" value={role} onChange={(e) => setNewRole(e.target.value as Role)}>
            {ROLES.map((option) => (
              <option key={option}>{option}</option>
            ))}
          </select>
          <button type="submit" className="button button-primary" disabled={setRole.isPending || !email.trim()}>
            Add
          </button>
        </form>
      )}
    </section>
  )
}
