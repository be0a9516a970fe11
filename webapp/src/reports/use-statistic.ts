import type { Statistic } from '../api/planning'
import { usePageSearchParams } from '../app/page-location'

/** Jira's estimation statistic of the sprint reports, kept in the URL: `?by=issues`, or story points without it. */
export function useStatistic(): [Statistic, (by: Statistic) => void] {
  const [params, setParams] = usePageSearchParams()
  const by: Statistic = params.get('by') === 'issues' ? 'issues' : 'points'
  const choose = (value: Statistic) => {
    const next = new URLSearchParams(params)
    if (value === 'points') next.delete('by')
    else next.set('by', value)
    setParams(next, { replace: true })
  }
  return [by, choose]
}
