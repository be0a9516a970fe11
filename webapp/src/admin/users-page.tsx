import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useState, type FormEvent } from 'react'
import { ApiError } from '../api/http'
import { usersApi, type NewUser, type UserAccount } from '../api/users'
import { useCurrentUser } from '../app/current-user'
import { useConfirm } from '../app/use-confirm'
import { useToast } from '../app/use-toast'
import { fieldSentence } from '../app/words'
import { ProblemText } from '../project-settings/problem-text'
import { Avatar } from '../ui/avatar'
import { Field } from '../ui/field'

const ACCOUNTS = ['users', 'accounts'] as const

/** Site admins' list of everyone's accounts: create one with an initial password, deactivate or reactivate one. */
export function UsersPage() {
  const me = useCurrentUser()
  const accounts = useQuery({ queryKey: ACCOUNTS, queryFn: usersApi.accounts })
  const client = useQueryClient()
  const toast = useToast()
  const confirm = useConfirm()
  const setActive = useMutation({
    mutationFn: ({ account, active }: { account: UserAccount; active: boolean }) => usersApi.setActive(account.id, active),
    onSuccess: (changed) => {
      toast.info(`${changed.displayName} ${changed.active ? 'can sign in again' : 'is deactivated'}`)
      // Pickers ask for people afresh: a deactivated person is no longer offered.
      return client.invalidateQueries({ queryKey: ['users'] })
    },
  })
  const deactivate = (account: UserAccount) =>
    void confirm({
      title: `Deactivate ${account.displayName}?`,
      detail: 'They can no longer sign in or use their API tokens, and are not offered as assignee or member. Their name stays on what they did.',
      confirmLabel: 'Deactivate',
      danger: true,
    }).then((ok) => ok && setActive.mutate({ account, active: false }))

  return (
    <div className="page">
      <header className="page-header">
        <h1>
          Administration <span className="muted">Users</span>
        </h1>
      </header>
      <div className="page-body narrow">
        {accounts.error && <ProblemText error={accounts.error} />}
        <table className="issue-table members-table" aria-label="Users">
          <thead>
            <tr>
              <th>Person</th>
              <th className="members-role">Status</th>
              <th className="members-actions" aria-label="Actions" />
            </tr>
          </thead>
          <tbody>
            {accounts.data?.map((account) => (
              <tr key={account.id} className={account.active ? undefined : 'muted'}>
                <td>
                  <span className="status-cell">
                    <Avatar user={account} size={20} />
                    {account.displayName} <span className="muted">{account.email}</span>
                  </span>
                </td>
                <td>{account.active ? (account.siteAdmin ? 'Site admin' : 'Active') : 'Deactivated'}</td>
                <td>
                  {account.id !== me.id &&
                    (account.active ? (
                      <button type="button" className="button button-ghost" aria-label={`Deactivate ${account.displayName}`} onClick={() => deactivate(account)}>
                        Deactivate
                      </button>
                    ) : (
                      <button
                        type="button"
                        className="button button-ghost"
                        aria-label={`Reactivate ${account.displayName}`}
                        onClick={() => setActive.mutate({ account, active: true })}
                      >
                        Reactivate
                      </button>
                    ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <ProblemText error={setActive.error} />
        <NewUserForm />
      </div>
    </div>
  )
}

const NAMES = { displayName: 'Name', email: 'Email', password: 'Password' }
const EMPTY: NewUser = { displayName: '', email: '', password: '' }

function NewUserForm() {
  const client = useQueryClient()
  const toast = useToast()
  const [user, setUser] = useState<NewUser>(EMPTY)
  const create = useMutation({
    mutationFn: usersApi.create,
    onSuccess: (created) => {
      toast.info(`Account created for ${created.displayName}; give them their email and the initial password`)
      setUser(EMPTY)
      return client.invalidateQueries({ queryKey: ['users'] })
    },
  })
  const byField = create.error instanceof ApiError ? create.error.messagesByField : {}
  const errors: Record<string, string> = Object.fromEntries(Object.entries(byField).map(([field, message]) => [field, fieldSentence(field, message, NAMES)]))
  // The server's only conflict here is an email someone has already: told beside the email.
  if (create.error instanceof ApiError && create.error.status === 409) errors.email = 'An account with this email already exists.'
  const set = (field: keyof NewUser) => (event: { target: { value: string } }) => setUser((all) => ({ ...all, [field]: event.target.value }))
  const submit = (event: FormEvent) => {
    event.preventDefault()
    create.mutate({ displayName: user.displayName.trim(), email: user.email.trim(), password: user.password })
  }

  return (
    <form className="inline-form" onSubmit={submit} aria-label="New user" noValidate>
      <h2>New user</h2>
      <div className="form-row">
        <Field label="Name" error={errors.displayName}>
          <input value={user.displayName} onChange={set('displayName')} />
        </Field>
        <Field label="Email" error={errors.email}>
          <input type="email" value={user.email} onChange={set('email')} />
        </Field>
        <Field label="Initial password" error={errors.password}>
          <input type="password" autoComplete="new-password" value={user.password} onChange={set('password')} />
        </Field>
      </div>
      <div>
        <button type="submit" className="button button-primary" disabled={create.isPending}>
          Create user
        </button>
      </div>
      {create.error && !Object.keys(errors).length && <ProblemText error={create.error} />}
    </form>
  )
}
