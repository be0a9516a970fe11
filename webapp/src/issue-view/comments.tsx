import { useCurrentUser } from '../app/current-user'
import { useConfirm } from '../app/use-confirm'
import { useAskToDiscard, useUnsavedChanges } from '../app/use-unsaved-changes'
import { projectKeyOf } from '../projects/use-projects'
import { Avatar } from '../ui/avatar'
import { Markdown } from '../ui/markdown'
import { Time } from '../ui/time'
import { useKeptState } from './kept-drafts'
import { MarkdownEditor } from './markdown-editor'
import { useAddComment, useComments, useDeleteComment, useEditComment } from './use-issue'

interface Editing {
  id: number
  body: string
  /** The comment as it was when the edit began. */
  base: string
}

/**
 * `canModerate`: project admins edit and delete anyone's comment, as the server allows; authors their own. A comment
 * being written or edited is kept until sent or discarded (Esc or Cancel ask first), so reopening the issue offers it back.
 */
export function Comments({ issueKey, canComment, canModerate = false }: { issueKey: string; canComment: boolean; canModerate?: boolean }) {
  const comments = useComments(issueKey)
  const add = useAddComment(issueKey)
  const edit = useEditComment(issueKey)
  const remove = useDeleteComment(issueKey)
  const user = useCurrentUser()
  const confirm = useConfirm()
  const askToDiscard = useAskToDiscard()
  const [draft, setDraft] = useKeptState(`${issueKey}:comment`, '', (text) => text.trim() !== '')
  const [editing, setEditing] = useKeptState<Editing | undefined>(`${issueKey}:comment-edit`, undefined, (edit) => !!edit && edit.body !== edit.base)
  const editDirty = !!editing && editing.body !== editing.base
  useUnsavedChanges(draft.trim() !== '', { what: 'your comment', detail: 'The comment you wrote is not sent.' })
  useUnsavedChanges(editDirty, { what: 'the comment', detail: 'Your edit of the comment is not saved.' })
  const saveEdit = () => {
    if (!editing?.body.trim()) return
    edit.mutate(editing, { onSuccess: () => setEditing(undefined) })
  }
  const cancelEdit = () => {
    if (!editDirty) setEditing(undefined)
    else void askToDiscard('the comment').then((discard) => discard && setEditing(undefined))
  }

  const submit = () => {
    if (!draft.trim()) return
    add.mutate(draft, { onSuccess: () => setDraft('') })
  }

  return (
    <section className="comments" aria-label="Comments">
      {comments.data?.length === 0 && <p className="muted">No comments yet.</p>}
      {comments.data?.map((comment) => (
        <article key={comment.id} className="comment">
          <header>
            <Avatar user={comment.author} size={20} />
            <strong>{comment.author?.displayName ?? 'Someone'}</strong>
            <span className="muted">
              <Time iso={comment.createdAt} />
            </span>
            {comment.updatedAt !== comment.createdAt && (
              <span className="muted small" title={`Edited ${new Date(comment.updatedAt).toLocaleString()}`}>
                (edited)
              </span>
            )}
            {(comment.author?.email === user.email || canModerate) && editing?.id !== comment.id && (
              <>
                <button type="button" className="link-button muted" onClick={() => setEditing({ id: comment.id, body: comment.body, base: comment.body })}>
                  Edit
                </button>
                <button
                  type="button"
                  className="link-button muted"
                  onClick={() =>
                    void confirm({ title: 'Delete this comment?', detail: 'It cannot be restored.', confirmLabel: 'Delete', danger: true }).then(
                      (ok) => ok && remove.mutate(comment.id),
                    )
                  }
                >
                  Delete
                </button>
              </>
            )}
          </header>
          {editing?.id === comment.id ? (
            <>
              <MarkdownEditor
                label="Edit the comment"
                projectKey={projectKeyOf(issueKey)}
                value={editing.body}
                onChange={(body) => setEditing({ ...editing, body })}
                onSubmit={saveEdit}
                onCancel={cancelEdit}
                submitLabel="Save"
                busy={edit.isPending}
              />
              {edit.error && <p className="error-text">{edit.error.message}</p>}
            </>
          ) : (
            <Markdown source={comment.body} />
          )}
        </article>
      ))}
      {canComment && (
        <MarkdownEditor
          label="Add a comment"
          projectKey={projectKeyOf(issueKey)}
          value={draft}
          onChange={setDraft}
          onSubmit={submit}
          onCancel={draft.trim() ? () => void askToDiscard('your comment').then((discard) => discard && setDraft('')) : undefined}
          submitLabel="Comment"
          busy={add.isPending}
          autoFocus={false}
        />
      )}
      {add.error && <p className="error-text">{add.error.message}</p>}
    </section>
  )
}
