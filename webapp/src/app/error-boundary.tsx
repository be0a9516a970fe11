import { Component, type ReactNode } from 'react'

interface Props {
  /** What is drawn: a new one (another page, another issue) draws again after a failure. */
  resetKey: string
  /** What to draw instead once drawing failed; by default, a page saying so. */
  fallback?: (error: Error) => ReactNode
  children: ReactNode
}

interface State {
  error: Error | null
  resetKey: string
}

/**
 * A page or panel that fails to draw says so in its place, the rest of the app still there, instead of the whole app
 * going blank (React unmounts everything above an error no boundary catches). A page whose code cannot be loaded (a
 * new version deployed meanwhile) fails here too, and Reload fetches the new one.
 */
export class ErrorBoundary extends Component<Props, State> {
  state: State = { error: null, resetKey: this.props.resetKey }

  static getDerivedStateFromError(error: Error): Partial<State> {
    return { error }
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.resetKey === state.resetKey ? null : { error: null, resetKey: props.resetKey }
  }

  render() {
    const { error } = this.state
    if (!error) return this.props.children
    if (this.props.fallback) return this.props.fallback(error)
    return (
      <div className="page-error" role="alert">
        <h1>This page could not be shown</h1>
        <DrawingFailed error={error} />
      </div>
    )
  }
}

/** What went wrong, and what to do about it. */
export function DrawingFailed({ error }: { error: Error }) {
  return (
    <>
      <p className="error-text">{error.message}</p>
      <p className="muted">Reload to try again, or go elsewhere. If it keeps happening, tell your administrator.</p>
      <button type="button" className="button" onClick={() => window.location.reload()}>
        Reload
      </button>
    </>
  )
}
