import { useState, type FormEvent } from 'react'
import { Navigate, useSearchParams } from 'react-router'
import { useLogIn, useSession } from '../app/session'

export function LoginPage() {
  const { data: session } = useSession()
  const logIn = useLogIn()
  const [params] = useSearchParams()
  const [email, setEmail] = useState('')
  const [password, setPassword] = useState('')

  const next = params.get('next')
  if (session?.user) return <Navigate to={next?.startsWith('/') ? next : '/'} replace />

  const submit = (event: FormEvent) => {
    event.preventDefault()
    logIn.mutate({ email, password })
  }

  return (
    <main className="login">
      <form className="login-card" onSubmit={submit}>
        <div className="login-logo" aria-hidden="true">
          M
        </div>
        <h1>Log in to Meridian</h1>
        <label className="field">
          <span>Email</span>
          <input type="email" autoComplete="username" autoFocus required value={email} onChange={(event) => setEmail(event.target.value)} />
        </label>
        <label className="field">
          <span>Password</span>
          <input
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(event) => setPassword(event.target.value)}
          />
        </label>
        {logIn.error && (
          <p className="error-text" role="alert">
            {logIn.error.message}
          </p>
        )}
        <button type="submit" className="button button-primary" disabled={logIn.isPending}>
          {logIn.isPending ? 'Logging in…' : 'Log in'}
        </button>
      </form>
    </main>
  )
}
