import { lazy, Suspense, useState, type ComponentProps, type ReactNode } from 'react'
import { useNavigate } from 'react-router'
import { DrawingFailed, ErrorBoundary } from '../app/error-boundary'
import { useHotkey } from '../app/use-hotkey'
import { PanelFrame } from './panel-frame'

type PanelModule = typeof import('./issue-panel')
type Props = ComponentProps<PanelModule['IssuePanel']>

// The panel (fields, comments, history, links, their editors) is loaded apart from a first page's script, which it
// would make longer to download and compile; a board loads it once it is drawn and the browser is idle.
let loaded: PanelModule | undefined
const load = () => import('./issue-panel').then((module) => (loaded = module))
const LazyPanel = lazy(() => load().then((module) => ({ default: module.IssuePanel })))

/** Starts loading the panel's code, so that opening an issue does not wait for it. */
export function preloadIssuePanel(): Promise<unknown> {
  return loaded ? Promise.resolve(loaded) : load()
}

/**
 * The issue panel over the page. Once its code is here it is drawn at once: a lazy component suspends on its first
 * render even when loaded. Which way is chosen once per panel, so that it is not drawn anew (and its drafts lost)
 * when the code arrives while it is open. A panel that fails to draw says so in its frame (a hidden one says nothing).
 */
export function IssuePanelOver(props: Props) {
  const failed = (error: Error) =>
    props.shown === false ? null : (
      <ClosableFrame {...props}>
        <div className="panel-body" role="alert">
          <DrawingFailed error={error} />
        </div>
      </ClosableFrame>
    )
  return (
    <ErrorBoundary resetKey={props.issueKey} fallback={failed}>
      <PanelOnceLoaded {...props} />
    </ErrorBoundary>
  )
}

function PanelOnceLoaded(props: Props) {
  const [panel] = useState(() => loaded)
  if (panel) return <panel.IssuePanel {...props} />
  // A panel drawn ahead (hidden) is only worth it with its code here.
  if (props.shown === false) return null
  return (
    <Suspense
      fallback={
        <ClosableFrame {...props} busy>
          <div className="panel-body muted">Loading {props.issueKey}…</div>
        </ClosableFrame>
      }
    >
      <LazyPanel {...props} />
    </Suspense>
  )
}

/** The panel's frame without the panel: it closes as the panel does (Esc, ×, a click beside it). */
function ClosableFrame({ issueKey, closeTo, busy, children }: Props & { busy?: boolean; children: ReactNode }) {
  const navigate = useNavigate()
  const close = () => navigate(closeTo)
  useHotkey('Escape', close)
  return (
    <PanelFrame issueKey={issueKey} onClose={close} busy={busy}>
      {children}
    </PanelFrame>
  )
}
