import { useState, type FormEvent } from 'react'
import { ApiError } from '../api/http'
import type { CreatedToken } from '../api/tokens'
import { useConfirm } from '../app/use-confirm'
import { useToast } from '../app/use-toast'
import { Time } from '../ui/time'
import { useCreateToken, useRevokeToken, useTokens } from './use-tokens'

export function TokensPage() {
  const tokens = useTokens()
  const create = useCreateToken()
  const revoke = useRevokeToken()
  const toast = useToast()
  const confirm = useConfirm()
  const [name, setName] = useState('')
  const [created, setCreated] = useState<CreatedToken | null>(null)
  const nameError = create.error instanceof ApiError ? (create.error.messagesByField.name ?? create.error.message) : create.error?.message

  const submit = (event: FormEvent) => {
    event.preventDefault()
    create.mutate(name.trim(), {
      onSuccess: (token) => {
        setCreated(token)
        setName('')
      },
    })
  }

  const copy = async (secret: string) => {
    try {
      await navigator.clipboard.writeText(secret)
      toast.info('Token copied')
    } catch {
      toast.error('Could not copy; select the token and copy it by hand.')
    }
  }

  return (
    <div className="page">
      <header className="page-header">
        <h1>
          My account <span className="muted">API tokens</span>
        </h1>
      </header>
      <div className="page-body narrow">
        <p className="muted">
          Scripts and the CLI authenticate with HTTP Basic: your email as the user name and a token as the password.
        </p>
        <form className="inline-form" onSubmit={submit} aria-label="New token">
          <div className="form-row">
            <label className="field">
              <span>Token name</span>
              <input
                value={name}
                maxLength={100}
                onChange={(event) => {
                  setName(event.target.value)
                  // The refusal was about the name as it was; a changed name starts afresh.
                  if (create.error) create.reset()
                }}
                placeholder="e.g. laptop CLI"
                aria-invalid={!!nameError}
              />
              {nameError && <small className="field-error">{nameError}</small>}
            </label>
            <button type="submit" className="button button-primary" disabled={create.isPending}>
              Create token
            </button>
          </div>
        </form>
        {created && (
          <div className="notice notice-success" role="status">
            <p>
              <strong>Copy your new token “{created.token.name}” now.</strong> It will not be shown again.
            </p>
            <div className="secret">
              <code aria-label="New token secret">{created.secret}</code>
              <button type="button" className="button" onClick={() => copy(created.secret)}>
                Copy
              </button>
              <button type="button" className="button button-ghost" onClick={() => setCreated(null)}>
                Done
              </button>
            </div>
          </div>
        )}
        {tokens.error && <p className="error-text">{tokens.error.message}</p>}
        {tokens.data?.length === 0 && <p className="empty">No tokens yet.</p>}
        {!!tokens.data?.length && (
          <table className="issue-table tokens-table">
            <thead>
              <tr>
                <th>Name</th>
                <th>Token</th>
                <th>Created</th>
                <th>Last used</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {tokens.data.map((token) => (
                <tr key={token.id}>
                  <td>{token.name}</td>
                  <td className="mono muted">{token.prefix}…</td>
                  <td className="muted">
                    <Time iso={token.createdAt} />
                  </td>
                  <td className="muted">{token.lastUsedAt ? <Time iso={token.lastUsedAt} /> : 'Never'}</td>
                  <td className="actions">
                    <button
                      type="button"
                      className="button button-danger"
                      disabled={revoke.isPending}
                      onClick={() =>
                        void confirm({ title: `Revoke “${token.name}”?`, detail: 'Scripts using it will stop working.', confirmLabel: 'Revoke', danger: true }).then(
                          (ok) => ok && revoke.mutate(token.id, { onSuccess: () => setCreated((shown) => (shown?.token.id === token.id ? null : shown)) }),
                        )
                      }
                    >
                      Revoke
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
    </div>
  )
}
