import { DndContext, DragOverlay, type DragEndEvent, type DragStartEvent } from '@dnd-kit/core'
import { useQueryClient } from '@tanstack/react-query'
import { useCallback, useDeferredValue, useEffect, useMemo, useState } from 'react'
import { useParams } from 'react-router'
import type { IssueSummary } from '../api/issues'
import { useOpenCreateIssue } from '../app/create-issue-link'
import { useDebouncedValue } from '../app/use-debounced-value'
import { useListNavigation } from '../app/use-list-navigation'
import { useScheme } from '../projects/use-projects'
import { prefetchIssue } from '../issue-view/issue-cache'
import { preloadIssuePanel } from '../issue-view/issue-panel-loader'
import { whenIdle } from '../app/when-idle'
import { warmUpMarkdown } from '../ui/markdown-loader'
import { boardLabels, filterColumn, NO_QUICK_FILTERS, reachableStatuses, type QuickFilterValues } from './board-state'
import { BoardColumn } from './board-column'
import { CARD_KEYS, useDragSensors } from './drag-sensors'
import { useOpenIssuePanel } from './use-open-issue-panel'
import { IssueCard } from './issue-card'
import { QuickFilters } from './quick-filters'
import { BOARD_PAGE_SIZE as PAGE_SIZE, useBoardColumns, useMoveIssue, type BoardFilters } from './use-board'

/** The most issues one search request may return. */
const MAX_COLUMN = 500

export function BoardPage() {
  const { projectKey = '' } = useParams()
  const scheme = useScheme(projectKey)
  const statuses = useMemo(
    () => [...(scheme.data?.workflow.statuses ?? [])].sort((a, b) => a.position - b.position),
    [scheme.data],
  )
  const [limits, setLimits] = useState<Record<string, number>>({})
  const [quick, setQuick] = useState<QuickFilterValues>(NO_QUICK_FILTERS)
  const mine = quick.assignee === 'me'
  const [text, setText] = useState('')
  // The loaded cards are filtered as the text is typed (at a lower priority than the typing); the server is asked
  // for the whole columns' matches once the typing pauses.
  const shownText = useDeferredValue(text)
  const askedText = useDebouncedValue(text.trim(), 250)
  const filters = useMemo<BoardFilters>(
    () => ({ assignee: quick.assignee || undefined, type: quick.type || undefined, label: quick.label || undefined, text: askedText || undefined }),
    [quick, askedText],
  )
  const board = useBoardColumns(projectKey, limits, PAGE_SIZE, filters)
  const answeredText = board.isPlaceholderData ? undefined : askedText
  const columns = useMemo(() => {
    const byStatus = new Map((board.data ?? []).map((column) => [column.status, column]))
    return statuses.map((status) => {
      const column = byStatus.get(status.name)
      // Until the server answers for the text typed, the loaded cards are filtered here.
      if (!column || answeredText === shownText.trim()) return { column, exact: true }
      return filterColumn(column, shownText)
    })
  }, [board.data, statuses, shownText, answeredText])
  const drawn = !!board.data
  // The next thing done on a board is often opening an issue: its panel's code and Markdown parser are made ready meanwhile.
  useEffect(() => {
    if (!drawn) return
    warmUpMarkdown()
    whenIdle(preloadIssuePanel)
  }, [drawn])
  const move = useMoveIssue(projectKey)
  const openCreate = useOpenCreateIssue()
  const [dragged, setDragged] = useState<IssueSummary | null>(null)
  const sensors = useDragSensors(CARD_KEYS)

  const client = useQueryClient()
  const openIssue = useOpenIssuePanel()
  const prefetch = useCallback((key: string) => prefetchIssue(client, key), [client])
  // Column by column, top to bottom, as the cards are read.
  const cardKeys = useMemo(() => columns.flatMap(({ column }) => column?.items.map((issue) => issue.key) ?? []), [columns])
  const selected = useListNavigation(cardKeys, openIssue, !dragged)

  const reachable = useMemo(
    () => (dragged && scheme.data ? reachableStatuses(scheme.data.workflow, dragged.status) : undefined),
    [dragged, scheme.data],
  )

  const showMore = useCallback(
    (name: string) => setLimits((all) => ({ ...all, [name]: Math.min(MAX_COLUMN, (all[name] ?? PAGE_SIZE) + 150) })),
    [],
  )

  const onDragStart = (event: DragStartEvent) => setDragged((event.active.data.current?.issue as IssueSummary) ?? null)
  const onDragEnd = (event: DragEndEvent) => {
    setDragged(null)
    const issue = event.active.data.current?.issue as IssueSummary | undefined
    const to = event.over?.data.current?.status as string | undefined
    if (issue && to && to !== issue.status) move.mutate({ issue, to })
  }

  if (scheme.error) {
    return (
      <div className="page">
        <div className="page-body narrow">
          <p className="error-text">Cannot open project {projectKey}: {scheme.error.message}</p>
        </div>
      </div>
    )
  }

  const empty = !!board.data && board.data.every((column) => column.total === 0)
  return (
    <div className="page">
      <header className="page-header">
        <h1>
          {scheme.data?.project.name ?? projectKey} <span className="muted">Board</span>
        </h1>
        <div className="toolbar">
          <input
            type="search"
            className="filter-input"
            placeholder="Filter cards…"
            aria-label="Filter cards"
            value={text}
            onChange={(event) => setText(event.target.value)}
          />
          <button type="button" className={`button button-toggle${mine ? ' on' : ''}`} aria-pressed={mine}
            onClick={() => setQuick({ ...quick, assignee: mine ? '' : 'me' })}>
            Only my issues
          </button>
          <QuickFilters projectKey={projectKey} scheme={scheme.data} labels={boardLabels(board.data, quick.label)} values={quick} onChange={setQuick} />
        </div>
      </header>
      {empty && !filters.assignee && !filters.text && !filters.type && !filters.label && (
        <p className="empty board-empty">
          No issues yet.{' '}
          <button type="button" className="link-button" onClick={openCreate}>
            Create the first one
          </button>{' '}
          or press <kbd>C</kbd>.
        </p>
      )}
      <DndContext sensors={sensors} onDragStart={onDragStart} onDragEnd={onDragEnd} onDragCancel={() => setDragged(null)}>
        <div className="board">
          {statuses.map((status, index) => (
            <BoardColumn
              key={status.id}
              status={status}
              page={columns[index]?.column}
              exact={columns[index]?.exact ?? true}
              loading={board.isPending}
              onOpen={openIssue}
              onPrefetch={prefetch}
              readOnly={scheme.data?.project.callerRole === 'viewer'}
              selected={columns[index]?.column?.items.some((issue) => issue.key === selected) ? selected : undefined}
              reachable={reachable ? status.name === dragged?.status || reachable.has(status.name) : undefined}
              onShowMore={(limits[status.name] ?? PAGE_SIZE) < MAX_COLUMN ? showMore : undefined}
            />
          ))}
        </div>
        <DragOverlay dropAnimation={null}>{dragged && <IssueCard issue={dragged} lifted />}</DragOverlay>
      </DndContext>
    </div>
  )
}
