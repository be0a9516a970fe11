import { Component, type ReactNode } from 'react'

interface Props {
  /** The page's address: moving to another page draws again. */
  resetKey: string
  children: ReactNode
}

interface State {
  error: Error | null
  resetKey: string
}

/**
 * A page that fails to draw says so in its place, the sidebar still there to go elsewhere, instead of the whole app
 * going blank (React unmounts everything above an error no boundary catches).
 */
export class PageErrorBoundary extends Component<Props, State> {
  state: State = { error: null, resetKey: this.props.resetKey }

  static getDerivedStateFromError(error: Error): Partial<State> {
    return { error }
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.resetKey === state.resetKey ? null : { error: null, resetKey: props.resetKey }
  }

  render() {
    if (!this.state.error) return this.props.children
    return (
      <div className="page-error" role="alert">
        <h1>This page could not be shown</h1>
        <p className="error-text">{this.state.error.message}</p>
        <p className="muted">Reload to try again, or go to another page. If it keeps happening, tell your administrator.</p>
        <button type="button" className="button" onClick={() => window.location.reload()}>
          Reload
        </button>
      </div>
    )
  }
}
