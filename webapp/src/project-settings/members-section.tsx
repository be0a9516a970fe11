import { useState, type FormEvent } from 'react'
import { ApiError } from '../api/http'
import { projectsApi, type Role } from '../api/projects'
import type { UserRef } from '../api/users'
import { useCurrentUser } from '../app/current-user'
import { useConfirm } from '../app/use-confirm'
import { capitalized } from '../app/words'
import { useMembers } from '../projects/use-projects'
import { Avatar } from '../ui/avatar'
import { UserPicker } from '../ui/user-picker'
import type { SectionProps } from './settings-page'
import { ProblemText } from './problem-text'
import { latestError, useSettingsChange } from './use-settings'

const ROLES: Role[] = ['admin', 'member', 'viewer']

/** The email to add: the person picked from the suggestions, else a full email typed; a bare name is not enough. */
function emailToAdd(text: string, picked: UserRef | undefined): string | undefined {
  if (picked) return picked.email
  const typed = text.trim()
  return /^[^\s@]+@[^\s@]+$/.test(typed) ? typed : undefined
}

/**
 * Who is in the project and with which role. A person is added by picking them from the suggestions (by name or
 * email, with the keyboard or the mouse), or by typing their full email.
 */
export function MembersSection({ projectKey, canEdit }: SectionProps) {
  const members = useMembers(projectKey)
  const me = useCurrentUser()
  const confirm = useConfirm()
  const setRole = useSettingsChange(projectKey, ({ email, role }: { email: string; role: Role }) => projectsApi.setRole(projectKey, email, role))
  const addMember = useSettingsChange(projectKey, ({ email, role }: { email: string; role: Role }) => projectsApi.setRole(projectKey, email, role))
  const remove = useSettingsChange(projectKey, (email: string) => projectsApi.removeMember(projectKey, email))
  const [text, setText] = useState('')
  const [picked, setPicked] = useState<UserRef>()
  const [role, setNewRole] = useState<Role>('member')
  const [unpicked, setUnpicked] = useState(false)
  const add = (event: FormEvent) => {
    event.preventDefault()
    const email = emailToAdd(text, picked)
    setUnpicked(!email)
    if (!email) return
    // The next person added starts as a member again, not with the role chosen for this one.
    addMember.mutate({ email, role }, { onSuccess: () => { setText(''); setPicked(undefined); setNewRole('member') } })
  }
  const memberEmails = new Set(members.data?.map((member) => member.user.email))
  const addProblem = unpicked
    ? 'Pick a person from the suggestions, or type their full email.'
    : addMember.error instanceof ApiError && addMember.error.status === 404
      ? `No one has the email ${addMember.variables?.email}. A site admin can create their account under Users.`
      : undefined

  return (
    <section aria-label="Members">
      <table className="issue-table members-table">
        <thead>
          <tr>
            <th>Person</th>
            <th className="members-role">Role</th>
            {canEdit && <th className="members-actions" aria-label="Actions" />}
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
                      <option key={option} value={option}>
                        {capitalized(option)}
                      </option>
                    ))}
                  </select>
                ) : (
                  capitalized(member.role)
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
          <UserPicker
            label="Person to add"
            placeholder="Name or email"
            text={text}
            onText={(typed) => {
              setText(typed)
              setPicked(undefined)
              setUnpicked(false)
            }}
            onPick={(user) => {
              setText(`${user.displayName} <${user.email}>`)
              setPicked(user)
              setUnpicked(false)
            }}
            exclude={memberEmails}
            invalid={!!addProblem}
          />
          <select aria-label="Role of the new member" value={role} onChange={(e) => setNewRole(e.target.value as Role)}>
            {ROLES.map((option) => (
              <option key={option} value={option}>
                {capitalized(option)}
              </option>
            ))}
          </select>
          <button type="submit" className="button button-primary" disabled={addMember.isPending || !text.trim()}>
            Add
          </button>
        </form>
      )}
      {addProblem ? (
        <p className="error-text" role="alert">
          {addProblem}
        </p>
      ) : (
        <ProblemText error={addMember.error} />
      )}
    </section>
  )
}
