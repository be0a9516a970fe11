import { useState } from 'react'
import { projectsApi, type Version, type VersionChanges } from '../api/projects'
import { releasesApi, type Release, type VersionProgress, type VersionRemoval } from '../api/releases'
import { useToast } from '../app/use-toast'
import { MenuButton, type MenuItem } from '../ui/menu'
import { DeleteVersionDialog } from './delete-version-dialog'
import { ReleaseDialog } from './release-dialog'
import { moveTargets, replacements } from './release-status'
import { useVersionChange } from './use-releases'
import { VersionDialog } from './version-dialog'

type Open = 'release' | 'edit' | 'delete' | null

/** A project admin's actions on a version: Release…, Unrelease, Edit, Archive or Restore, Delete…. */
export function VersionActions({ projectKey, row, versions, onRenamed, onDeleted }: {
  projectKey: string
  row: VersionProgress
  /** All the project's versions, which issues can move to. */
  versions: Version[]
  onRenamed?: (name: string) => void
  onDeleted?: () => void
}) {
  const { version } = row
  const toast = useToast()
  const [open, setOpen] = useState<Open>(null)
  const release = useVersionChange(projectKey, (release: Release) => releasesApi.release(projectKey, version.name, release))
  const edit = useVersionChange(projectKey, (changes: VersionChanges) => projectsApi.changeVersion(projectKey, version.name, changes))
  const remove = useVersionChange(projectKey, (removal: VersionRemoval) => releasesApi.remove(projectKey, version.name, removal))
  /** A dialog opens without the refusal a dialog closed before it was shown. */
  const show = (dialog: Open) => {
    for (const change of [release, edit, remove]) change.reset()
    setOpen(dialog)
  }
  const close = () => setOpen(null)
  /** Closes the dialog and says what happened. */
  const finished = (message: string, then?: () => void) => () => {
    close()
    toast.info(message)
    then?.()
  }
  const flip = (changes: VersionChanges, done: string) =>
    edit.mutate(changes, { onSuccess: () => toast.info(done), onError: (error) => toast.error(error.message) })
  const items: MenuItem[] = [
    ...(version.released
      ? [{ label: 'Unrelease', onSelect: () => flip({ released: false }, `${version.name} is unreleased.`) }]
      : [{ label: 'Release…', onSelect: () => show('release') }]),
    { label: 'Edit', onSelect: () => show('edit') },
    version.archived
      ? { label: 'Restore', onSelect: () => flip({ archived: false }, `${version.name} is restored.`) }
      : { label: 'Archive', onSelect: () => flip({ archived: true }, `${version.name} is archived.`) },
    { label: 'Delete…', onSelect: () => show('delete'), danger: true },
  ]
  return (
    <>
      <MenuButton label={`Actions for ${version.name}`} icon={<span aria-hidden="true">⋯</span>} items={items} />
      {open === 'release' && (
        <ReleaseDialog
          version={version}
          unresolved={row.unresolved}
          targets={moveTargets(versions, version)}
          error={release.error}
          pending={release.isPending}
          onRelease={(chosen) =>
            release.mutate(chosen, {
              onSuccess: finished(`${version.name} is released${chosen.moveUnresolvedTo ? `; its unresolved issues are in ${chosen.moveUnresolvedTo}` : ''}.`),
            })
          }
          onClose={close}
        />
      )}
      {open === 'edit' && (
        <VersionDialog
          version={version}
          error={edit.error}
          pending={edit.isPending}
          onEdit={edit.reset}
          onSave={(changes) =>
            edit.mutate(changes, {
              onSuccess: finished(`${changes.name ?? version.name} is saved.`, () => {
                if (changes.name) onRenamed?.(changes.name)
              }),
            })
          }
          onClose={close}
        />
      )}
      {open === 'delete' && (
        <DeleteVersionDialog
          version={version}
          fixIssues={row.toDo + row.inProgress + row.done}
          affectedIssues={row.affected}
          targets={replacements(versions, version)}
          error={remove.error}
          pending={remove.isPending}
          onDelete={(removal) => remove.mutate(removal, { onSuccess: finished(`${version.name} is deleted.`, onDeleted) })}
          onClose={close}
        />
      )}
    </>
  )
}
