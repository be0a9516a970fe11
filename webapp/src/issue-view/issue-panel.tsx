import { useQueryClient } from '@tanstack/react-query'
import { useEffect, useLayoutEffect, useMemo } from 'react'
import { useNavigate, type Location } from 'react-router'
import type { PanelState } from '../app/app-routes'
import { useAfterPaint } from '../app/use-after-paint'
import { useHotkey } from '../app/use-hotkey'
import { useToast } from '../app/use-toast'
import { focusListItem, listOnScreen, neighbour } from '../app/use-list-navigation'
import { askToLeave, hasUnsavedChanges } from '../app/use-unsaved-changes'
import { projectKeyOf, useScheme } from '../projects/use-projects'
import { Time } from '../ui/time'
import { Activity } from './activity'
import { Attachments } from './attachments'
import { Children } from './children'
import { ConflictNotice } from './conflict-notice'
import { EditableDescription } from './editable-description'
import { EditableSummary } from './editable-summary'
import { IssueActions } from './issue-actions'
import { pointAtIssue } from './issue-cache'
import { IssueFields } from './issue-fields'
import { IssueSummary } from './issue-summary'
import { keptDrafts } from './kept-drafts'
import { Links } from './links'
import { PanelFrame } from './panel-frame'
import { PanelBackground } from './panel-links'
import { useIssue, useIssueEditor } from './use-issue'
import { Watchers } from './watchers'
import { Worklogs } from './worklogs'

// The way j/k last moved the panel: the issue next that way is drawn ahead while this one is read.
let lastStep: 1 | -1 = 1
// The issue the last j/k went to, until the panel has drawn it: a second j pressed before that goes on from there.
let steppingTo: string | undefined
const NEIGHBOUR_AFTER = 300

interface Props {
  issueKey: string
  closeTo: Partial<Location>
  /** Opened by its link, not over a page: the board under it is its project's, which follows the issue when it is moved. */
  alone?: boolean
  /** False while drawn ahead of opening (panel-ahead.ts): hidden, out of reach, deaf to shortcuts, the rest not drawn. */
  shown?: boolean
}

// The second step waits this long after the first is painted: the frame is then still rastered and drawn (in software on
// two cores, 40–80 ms after its paint), and drawing the rest meanwhile delayed it (opens presented in 76–79 ms on
// average instead of 70–73; bench/results/board-ui-2026-11-27-session12.md).
const REST_AFTER = 100

export function IssuePanel({ issueKey, closeTo, alone = false, shown = true }: Props) {
  const navigate = useNavigate()
  const issue = useIssue(issueKey, { preview: true })
  const scheme = useScheme(projectKeyOf(issueKey))
  const editor = useIssueEditor(issueKey)
  // Leaving the issue (closing its panel, j/k) with a description or comment unsaved asks first; on Discard it is forgotten.
  const leave = (go: () => void) => {
    if (!hasUnsavedChanges()) return go()
    void askToLeave().then((discard) => {
      if (!discard) return
      keptDrafts.forget(issueKey)
      go()
    })
  }
  const close = () =>
    leave(() => {
      navigate(closeTo)
      // Back to the card or row of the issue open now, which j/k may have moved from the one first opened.
      requestAnimationFrame(() => focusListItem(issueKey))
    })
  // Drawn in two steps, the second after the first is painted, so the panel answers a click without waiting for all of
  // it: first what fits the first screen (summary, description, the fields column); then the AI summary, sub-tasks,
  // links and the activity (comments, history), which ask for more data anyway.
  const rest = useAfterPaint(shown, REST_AFTER)
  useHotkey('Escape', (event) => {
    if (document.querySelector('dialog[open]') || (event.target as HTMLElement).closest?.('.editing')) return
    close()
  }, shown)

  // j/k step through the list the panel was opened from, the panel staying open over the same page.
  const step = (by: 1 | -1) => (event: KeyboardEvent) => {
    if (document.querySelector('dialog[open]')) return
    const next = neighbour(listOnScreen.keys, steppingTo ?? issueKey, by)
    if (!next) return
    event.preventDefault()
    lastStep = by
    leave(() => {
      steppingTo = next
      navigate(`/issues/${next}`, { state: { background: closeTo } as PanelState, replace: true })
      listOnScreen.select?.(next)
    })
  }
  useLayoutEffect(() => {
    if (shown) steppingTo = undefined
  })
  useHotkey('j', step(1), shown)
  useHotkey('k', step(-1), shown)
  const client = useQueryClient()
  useEffect(() => {
    const next = shown && rest ? neighbour(listOnScreen.keys, issueKey, lastStep) : undefined
    if (!next) return
    // Once this panel is on screen, not while its frame is still rastered (on two cores, drawing the next one meanwhile
    // delayed it); a person reads an issue longer than that before moving on.
    const timer = setTimeout(() => pointAtIssue(client, next), NEIGHBOUR_AFTER)
    return () => clearTimeout(timer)
  }, [client, issueKey, shown, rest])

  // An issue moved to another project answers to its old key too; its panel goes on under the key it has now.
  const moved = issue.data && !issue.isPlaceholderData && issue.data.key !== issueKey ? issue.data : undefined
  // Over the same page, or alone at its address (over its new project's board) as it was opened. What was being written
  // goes along.
  const goOnAs = (key: string) => {
    keptDrafts.rename(issueKey, key)
    const overPage = !alone && !closeTo.pathname?.startsWith('/issues/')
    navigate(`/issues/${key}`, { state: overPage ? ({ background: closeTo } as PanelState) : undefined, replace: true })
  }
  const toast = useToast()
  useEffect(() => {
    if (!moved || !shown) return
    // Someone else moved it while it was open, or before its old link was opened.
    toast.info(`${issueKey} was moved to ${moved.projectKey} as ${moved.key}.`)
    goOnAs(moved.key)
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [moved?.key, shown])

  // From the issue's own answer, so that a panel opened before its project's scheme is here draws editable fields at once.
  const role = (issue.isPlaceholderData ? undefined : issue.data?.callerRole) ?? scheme.data?.project.callerRole
  const canEdit = !!role && role !== 'viewer'
  // Drawn ahead, then shown, the panel changes only its frame (class, backdrop); what it holds is drawn again only when
  // that changes. The editor is left out: its methods read the cache when called, so an earlier render's do the same.
  const content = useMemo(
    () => (
      <>
        {issue.isPending && !issue.data && <div className="panel-body muted">Loading {issueKey}…</div>}
        {issue.error && <div className="panel-body error-text" role="alert">{issue.error.message}</div>}
        {issue.isPlaceholderData && issue.data && (
          <div className="panel-body" aria-busy="true">
            <div className="panel-main">
              <h1 className="issue-summary">{issue.data.summary}</h1>
              <p className="muted">Loading {issueKey}…</p>
            </div>
            <div className="panel-side">
              <p className="muted small">
                {issue.data.status} · {issue.data.type}
                {issue.data.priority && <> · {issue.data.priority}</>}
              </p>
            </div>
          </div>
        )}
        {issue.data && !issue.isPlaceholderData && (
          <div className="panel-body">
            {editor.conflict && (
              <ConflictNotice conflict={editor.conflict} onApplyAgain={editor.applyAgain} onDismiss={editor.dismissConflict} />
            )}
            <div className="panel-main">
              <EditableSummary issue={issue.data} canEdit={canEdit} onSave={(summary, base) => editor.save({ summary }, { summary: base })} />
              <EditableDescription
                issue={issue.data}
                canEdit={canEdit}
                onSave={(description, base) => editor.save({ description }, { description: base })}
              />
              {rest && (
                <>
                  <IssueSummary key={issueKey} issueKey={issueKey} />
                  <Attachments issueKey={issueKey} canAttach={canEdit} canModerate={role === 'admin'} />
                  <Worklogs issueKey={issueKey} canLog={canEdit} canModerate={role === 'admin'} />
                  <Children issue={issue.data} scheme={scheme.data} canEdit={canEdit} />
                  <Links issue={issue.data} canEdit={canEdit} />
                  <Activity issue={issue.data} canComment={canEdit} canModerate={role === 'admin'} />
                </>
              )}
            </div>
            <div className="panel-side">
              <IssueFields issue={issue.data} scheme={scheme.data} canEdit={canEdit} editor={editor} />
              <Watchers issue={issue.data} canEdit={canEdit} />
              <p className="muted small">
                Created <Time iso={issue.data.createdAt} withAbsolute />
                {issue.data.creator && <> by {issue.data.creator.displayName}</>}
                <br />
                Updated <Time iso={issue.data.updatedAt} withAbsolute />
              </p>
            </div>
          </div>
        )}
      </>
    ),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [issueKey, issue.data, issue.isPending, issue.isPlaceholderData, issue.error, scheme.data, role, canEdit, rest, editor.conflict],
  )
  const loaded = issue.data && !issue.isPlaceholderData ? issue.data : undefined
  const actions = loaded && (
    <IssueActions
      issue={loaded}
      role={role}
      onCloned={(clone) => leave(() => navigate(`/issues/${clone.key}`, { state: { background: closeTo } as PanelState }))}
      onMoved={(moved) => goOnAs(moved.key)}
      onDeleted={() => {
        keptDrafts.forget(issueKey)
        navigate(closeTo)
      }}
    />
  )
  return (
    <PanelBackground.Provider value={closeTo}>
      <PanelFrame issueKey={issueKey} onClose={close} shown={shown} actions={actions}>
        {content}
      </PanelFrame>
    </PanelBackground.Provider>
  )
}
