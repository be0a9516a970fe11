import { useState } from 'react'
import { projectsApi, type NewVersion } from '../api/projects'
import { useVersionChange } from './use-releases'
import { VersionDialog } from './version-dialog'

/** Create version: a project admin names it, with its dates and description, in the version dialog. */
export function CreateVersion({ projectKey }: { projectKey: string }) {
  const [creating, setCreating] = useState(false)
  const create = useVersionChange(projectKey, (version: NewVersion) => projectsApi.addVersion(projectKey, version))
  return (
    <>
      <button type="button" className="button button-primary" onClick={() => setCreating(true)}>
        Create version
      </button>
      {creating && (
        <VersionDialog
          error={create.error}
          pending={create.isPending}
          onEdit={create.reset}
          onCreate={(version) => create.mutate(version, { onSuccess: () => setCreating(false) })}
          onClose={() => {
            create.reset()
            setCreating(false)
          }}
        />
      )}
    </>
  )
}
