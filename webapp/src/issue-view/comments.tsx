import { useState } from 'react'
import { useCurrentUser } from '../app/current-user'
import { Avatar } from '../ui/avatar'
import { Markdown } from '../ui/markdown'
import { Time } from '../ui/time'
import { MarkdownEditor } from './markdown-editor'
import { useAddComment, useComments, useDeleteComment } from './use-issue'

export function Comments({ issueKey, canComment }: { issueKey: string; canComment: boolean }) {
  const comments = useComments(issueKey)
  const add = useAddComment(issueKey)
  const remove = useDeleteComment(issueKey)
  const user = useCurrentUser()
  const [draft, setDraft] = useState('')

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
            {comment.author?.email === user.email && (
              <button
                type="button"
                className="link-button muted"
                onClick={() => window.confirm('Delete this comment?') && remove.mutate(comment.id)}
              >
                Delete
              </button>
            )}
          </header>
          <Markdown source={comment.body} />
        </article>
      ))}
      {canComment && (
        <MarkdownEditor
          label="Add a comment"
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
