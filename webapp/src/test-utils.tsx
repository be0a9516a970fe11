import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { render } from '@testing-library/react'
import type { ReactElement, ReactNode } from 'react'
import { MemoryRouter } from 'react-router'
import { vi } from 'vitest'
import type { Issue, IssueSummary } from './api/issues'
import { ConfirmProvider } from './app/confirm-provider'
import { ToastProvider } from './app/toasts'

export function testQueryClient(): QueryClient {
  return new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity }, mutations: { retry: false } } })
}

export function Providers({ client, route = '/', children }: { client: QueryClient; route?: string; children: ReactNode }) {
  return (
    <QueryClientProvider client={client}>
      <MemoryRouter initialEntries={[route]}>
        <ToastProvider>
          <ConfirmProvider>{children}</ConfirmProvider>
        </ToastProvider>
      </MemoryRouter>
    </QueryClientProvider>
  )
}

export function renderWithProviders(ui: ReactElement, { client = testQueryClient(), route = '/' } = {}) {
  return { client, ...render(<Providers client={client} route={route}>{ui}</Providers>) }
}

export function json(status: number, body: unknown, contentType = 'application/json'): Response {
  return new Response(status === 204 ? null : JSON.stringify(body), { status, headers: { 'Content-Type': contentType } })
}

/** Answers fetch calls from a table of `METHOD path` → response; anything else fails the test loudly. */
export function stubFetch(routes: Record<string, (init: RequestInit | undefined, url: URL) => Response>) {
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(String(input), 'http://localhost')
    const key = `${init?.method ?? 'GET'} ${url.pathname}`
    const route = routes[key]
    if (!route) throw new Error(`unexpected request ${key}`)
    return route(init, url)
  })
  vi.stubGlobal('fetch', fetchMock)
  return fetchMock
}

export function issueSummary(key: string, status: string, createdAt: string, extra: Partial<IssueSummary> = {}): IssueSummary {
  return {
    key,
    projectKey: 'WEB',
    externalId: null,
    type: 'Task',
    summary: `Summary of ${key}`,
    status,
    statusCategory: 'new',
    priority: 'Medium',
    resolution: null,
    assignee: null,
    reporter: null,
    labels: [],
    storyPoints: null,
    dueDate: null,
    parentKey: null,
    createdAt,
    updatedAt: createdAt,
    resolvedAt: null,
    version: 1,
    ...extra,
  }
}

/** `summary`'s issue as the server answers for it alone: its description is "Full text"; no links, sub-tasks or files. */
export function issueView(summary: IssueSummary, extra: Partial<Issue> = {}): Issue {
  return { ...summary, id: Number(summary.key.slice(summary.key.lastIndexOf('-') + 1)), description: 'Full text', creator: null, components: [], fixVersions: [], affectsVersions: [], subtaskKeys: [], links: [], attachments: [], ...extra }
}

/** What an issue panel asks for about `summary`'s issue: the issue ({@link issueView}), and no comments, watchers, work logged or history. */
export function issuePanelReads(summary: IssueSummary): Record<string, () => Response> {
  const at = `GET /api/v1/issues/${summary.key}`
  return { [at]: () => json(200, issueView(summary)), [`${at}/comments`]: () => json(200, []), [`${at}/watchers`]: () => json(200, []), [`${at}/worklogs`]: () => json(200, []), [`${at}/history`]: () => json(200, []) }
}
