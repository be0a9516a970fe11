import { useQuery } from '@tanstack/react-query'
import type { PeriodQuery, Timeframe } from '../api/planning'
import { usePageSearchParams } from '../app/page-location'
import { planningKeys } from '../backlog/use-planning'
import { sentence } from '../app/words'
import { fieldMessages } from '../create-issue/use-create-issue'
import { periodOf, periodQuery, withPeriod } from './period'
import type { PeriodPickerProps } from './period-picker'

/**
 * A board report over the period in the page's query (not asked for while that is wrong), its picker's props, and a
 * way to widen it to all time unless it is already.
 */
export function usePeriodReport<T extends { timeframe: Timeframe }>(name: string, boardId: number, read: (boardId: number, period: PeriodQuery) => Promise<T>) {
  const [params, setParams] = usePageSearchParams()
  const period = periodOf(params)
  const query = periodQuery(period)
  const report = useQuery({
    queryKey: planningKeys.report(name, boardId, query ?? null),
    queryFn: () => read(boardId, query!),
    enabled: !!query,
  })
  const picker: PeriodPickerProps = {
    period,
    onChange: (change) => setParams(withPeriod(params, change), { replace: true }),
    shown: report.data?.timeframe,
    problem: report.error ? refusalWords(report.error) : undefined,
  }
  const showAllTime = period.preset === 'all' ? undefined : () => picker.onChange({ preset: 'all' })
  return { report, picker, showAllTime }
}

/** The server's refusal of the period in words: its fields' messages without the raw field names before them. */
function refusalWords(error: Error): string {
  const { byField, general } = fieldMessages(error)
  return general ?? Object.values(byField).map(sentence).join(' ')
}
