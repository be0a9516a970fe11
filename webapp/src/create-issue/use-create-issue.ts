import { useMutation, useQueryClient } from '@tanstack/react-query'
import { ApiError } from '../api/http'
import { issuesApi, type NewIssue } from '../api/issues'
import { queryKeys } from '../app/query-keys'

export function useCreateIssue() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (issue: NewIssue) => issuesApi.create(issue),
    onSuccess: (issue) => {
      client.setQueryData(queryKeys.issue(issue.key), issue)
      client.invalidateQueries({ queryKey: queryKeys.issues })
    },
  })
}

/** The server names fields as its JSON does (`labels[0]`, `summary`); the form shows each under its top-level field. */
export function fieldMessages(error: unknown): { byField: Record<string, string>; general: string | null } {
  if (!(error instanceof ApiError)) return { byField: {}, general: error ? String((error as Error).message ?? error) : null }
  const byField: Record<string, string> = {}
  for (const { field, message } of error.fieldErrors) {
    const name = field.split(/[.[]/)[0]
    byField[name] = byField[name] ? `${byField[name]}; ${message}` : message
  }
  return { byField, general: error.fieldErrors.length ? null : error.message }
}
