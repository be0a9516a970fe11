import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { commentsApi } from '../api/comments'
import { issuesApi, type Issue } from '../api/issues'
import type { Role } from '../api/projects'
import { useCurrentUser } from '../app/current-user'
import { queryKeys } from '../app/query-keys'
import { useConfirm } from '../app/use-confirm'
import { useToast } from '../app/use-toast'
import { plural } from '../app/words'
import { copyText } from '../ui/copy-text'
import { MenuButton, type MenuItem } from '../ui/menu'
import { CloneDialog } from './clone-dialog'
import { MoveDialog } from './move-dialog'
import { formatDuration } from './work-duration'

interface Props {
  issue: Issue
  /** The reader's role in the issue's project; missing while it loads (only copying is offered then). */
  role: Role | undefined
  onCloned: (clone: Issue) => void
  onMoved: (moved: Issue) => void
  onDeleted: () => void
}

/**
 * The panel's More actions (⋯): copy its link or key; clone it (members); move it to another project and delete it (as
 * the server allows: the project's admins, and the member who reported it).
 */
export function IssueActions({ issue, role, onCloned, onMoved, onDeleted }: Props) {
  const user = useCurrentUser()
  const toast = useToast()
  const [cloning, setCloning] = useState(false)
  const [moving, setMoving] = useState(false)
  const askToDelete = useDeleteIssue(issue, onDeleted)
  const copy = (text: string, what: string) =>
    copyText(text).then(
      () => toast.info(`Copied ${what}.`),
      () => toast.error(`Could not copy ${what}: the browser refused.`),
    )
  const canEdit = role === 'member' || role === 'admin'
  const canDelete = role === 'admin' || (canEdit && !!issue.reporter && issue.reporter.email === user.email)
  const items: MenuItem[] = [
    { label: 'Copy link', onSelect: () => void copy(`${window.location.origin}/issues/${issue.key}`, `the link to ${issue.key}`) },
    { label: 'Copy key', onSelect: () => void copy(issue.key, issue.key) },
    ...(canEdit ? [{ label: 'Clone…', onSelect: () => setCloning(true) }] : []),
    ...(canDelete ? [{ label: 'Move…', onSelect: () => setMoving(true) }, { label: 'Delete…', onSelect: askToDelete, danger: true }] : []),
  ]
  return (
    <>
      <MenuButton label="More actions" icon={<span aria-hidden="true">⋯</span>} items={items} />
      {cloning && (
        <CloneDialog
          issue={issue}
          onClose={() => setCloning(false)}
          onCloned={(clone) => {
            setCloning(false)
            toast.info(`Cloned ${issue.key} as ${clone.key}.`)
            onCloned(clone)
          }}
        />
      )}
      {moving && (
        <MoveDialog
          issue={issue}
          onClose={() => setMoving(false)}
          onMoved={(moved) => {
            setMoving(false)
            toast.info(`Moved ${issue.key} to ${moved.projectKey} as ${moved.key}.`)
            onMoved(moved)
          }}
        />
      )}
    </>
  )
}

/** What goes with the issue, in words: "its 2 sub-tasks, 3 comments, 1 file and 4h of work logged". */
function deletedWith(issue: Issue, comments: number): string {
  const parts = [
    issue.subtaskKeys.length > 0 && plural(issue.subtaskKeys.length, 'sub-task'),
    comments > 0 && plural(comments, 'comment'),
    issue.attachments.length > 0 && plural(issue.attachments.length, 'file'),
    !!issue.timeTracking?.timeSpentSeconds && `${formatDuration(issue.timeTracking.timeSpentSeconds)} of work logged`,
  ].filter((part): part is string => !!part)
  if (!parts.length) return ''
  return `its ${parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`}`
}

const isChildrenOf = (key: readonly unknown[], parent: string) => queryKeys.children(parent).every((part, index) => key[index] === part)

/** Asks, naming the issue and what goes with it, then deletes it; a refusal (403) is told in the server's words. */
function useDeleteIssue(issue: Issue, onDeleted: () => void) {
  const client = useQueryClient()
  const confirm = useConfirm()
  const toast = useToast()
  const remove = useMutation({
    mutationFn: () => issuesApi.remove(issue.key),
    onSuccess: () => {
      onDeleted()
      client.removeQueries({ queryKey: queryKeys.issue(issue.key), exact: true })
      // Its sub-tasks went with it: asking for them again would be refused (no such parent). Their list is left to expire
      // rather than removed, which would make the panel, until it is gone, ask for it afresh.
      void client.invalidateQueries({ queryKey: queryKeys.issues, predicate: (query) => !isChildrenOf(query.queryKey, issue.key) })
      if (issue.parentKey) void client.invalidateQueries({ queryKey: queryKeys.issue(issue.parentKey) })
      toast.info(`Deleted ${issue.key}.`)
    },
    onError: (error) => toast.error(`Could not delete ${issue.key}: ${error.message}`),
  })
  return async () => {
    const comments = await client
      .fetchQuery({ queryKey: queryKeys.comments(issue.key), queryFn: () => commentsApi.list(issue.key) })
      .then((list) => list.length, () => 0)
    const goes = deletedWith(issue, comments)
    const theirs = issue.subtaskKeys.length ? ' (the sub-tasks with their own comments and files)' : ''
    const ok = await confirm({
      title: `Delete ${issue.key}?`,
      detail: `“${issue.summary}”${goes && ` and ${goes}${theirs}`} will be deleted for everyone. This cannot be undone.`,
      confirmLabel: 'Delete',
      danger: true,
    })
    if (ok) remove.mutate()
  }
}
