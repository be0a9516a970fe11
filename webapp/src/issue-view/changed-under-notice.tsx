import type { MouseEvent } from 'react'
import type { Draft } from './use-draft'

/** Under a field being edited when someone else saved it meanwhile; the buttons keep the focus in the field. */
export function ChangedUnderNotice({ draft, theirs }: { draft: Draft; theirs?: string }) {
  if (!draft.changedUnder) return null
  const keepFocus = (event: MouseEvent) => event.preventDefault()
  return (
    <p className="changed-under" role="status">
      <span>
        Changed by someone else{theirs !== undefined && <>: <q>{theirs || 'empty'}</q></>}
      </span>
      <button type="button" className="link-button" onMouseDown={keepFocus} onClick={draft.reload}>
        Reload
      </button>
      <button type="button" className="link-button" onMouseDown={keepFocus} onClick={draft.keepMine}>
        Keep mine
      </button>
    </p>
  )
}
