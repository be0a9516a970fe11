import type { ReactNode } from 'react'

interface Props {
  issueKey: string
  onClose: () => void
  /** False while drawn ahead of opening: hidden, out of reach, and no backdrop. */
  shown?: boolean
  busy?: boolean
  /** Beside the × button: the issue's More actions menu, once it is loaded. */
  actions?: ReactNode
  children: ReactNode
}

/** The issue panel's frame over the page: the backdrop (a click on it closes), the key, the issue's actions and the × button. */
export function PanelFrame({ issueKey, onClose, shown = true, busy, actions, children }: Props) {
  return (
    <>
      {shown && <div className="panel-backdrop" onClick={onClose} aria-hidden="true" />}
      <aside
        className={shown ? 'panel' : 'panel panel-ahead'}
        aria-label={`Issue ${issueKey}`}
        aria-hidden={!shown || undefined}
        inert={!shown}
        aria-busy={busy || undefined}
      >
        <header className="panel-header">
          <span className="mono muted">{issueKey}</span>
          <div className="panel-actions">
            {actions}
            <button type="button" className="icon-button" aria-label="Close issue" onClick={onClose}>
              ×
            </button>
          </div>
        </header>
        {children}
      </aside>
    </>
  )
}
