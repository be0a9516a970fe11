import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { projectWatchApi } from '../api/project-watch'
import { queryKeys } from '../app/query-keys'
import { useAfterPageData } from '../app/when-idle'

/** Watch a whole project, as Linear's team subscription: told (in the inbox, and by email) of every issue created in it. */
export function WatchProjectButton({ projectKey }: { projectKey: string }) {
  const client = useQueryClient()
  const key = queryKeys.projectWatch(projectKey)
  // Asked once the board's own data is in, as the inbox count is: it neither delays nor shares the first load's requests.
  const watch = useQuery({ queryKey: key, queryFn: () => projectWatchApi.get(projectKey), staleTime: 60_000, enabled: useAfterPageData() })
  const toggle = useMutation({
    mutationFn: (on: boolean) => (on ? projectWatchApi.watch(projectKey) : projectWatchApi.unwatch(projectKey)),
    onSuccess: (answer) => client.setQueryData(key, answer),
  })
  const watching = watch.data?.watching ?? false

  return (
    <>
      <button
        type="button"
        className={`button button-toggle${watching ? ' on' : ''}`}
        aria-pressed={watching}
        disabled={!watch.data || toggle.isPending}
        title={watching ? 'You are told of every new issue in this project' : 'Be told of every new issue in this project'}
        onClick={() => toggle.mutate(!watching)}
      >
        {watching ? 'Watching project' : 'Watch project'}
      </button>
      {toggle.error && (
        <span className="error-text small" role="alert">
          Not changed: {toggle.error.message}
        </span>
      )}
    </>
  )
}
