import { useState } from 'react'
import { useCurrentUser } from '../app/current-user'
import { useConfirm } from '../app/use-confirm'
import { projectKeyOf } from '../projects/use-projects'
import { Avatar } from '../ui/avatar'
import { Markdown } from '../ui/markdown'
import { Time } from '../ui/time'
import { MarkdownEditor } from './markdown-editor'
import { useAddComment, useComments, useDeleteComment, useEditComment } from './use-issue'

/** `canModerate`: project admins edit and delete anyone's comment, as the server allows; authors their own. */
export function Comments({ issueKey, canComment, canModerate = false }: { issueKey: string; canComment: boolean; canModerate?: boolean }) {
  const comments = useComments(issueKey)
  const add = useAddComment(issueKey)
  const edit = useEditComment(issueKey)
  const remove = useDeleteComment(issueKey)
  const user = useCurrentUser()
  const confirm = useConfirm()
  const [draft, setDraft] = useState('')
  const [editing, setEditing] = useState<{ id: number; body: string }>()
  const saveEdit = () => {
    if (!editing?.body.trim()) return
    edit.mutate(editing, { onSuccess: () => setEditing(undefined) })
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
                <button type="button" className="link-button muted" onClick={() => setEditing({ id: comment.id, body: comment.body })}>
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
                onChange={(body) => setEditing({ id: comment.id, body })}
                onSubmit={saveEdit}
                onCancel={() => setEditing(undefined)}
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
          submitLabel="Comment"
          busy={add.isPending}
          autoFocus={false}
        />
      )}
      {add.error && <p className="error-text">{add.error.message}</p>}
    </section>
  )
}
