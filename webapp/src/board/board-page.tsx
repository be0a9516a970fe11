import { DndContext, DragOverlay, type DragEndEvent, type DragStartEvent } from '@dnd-kit/core'
import { useQueryClient } from '@tanstack/react-query'
import { useCallback, useEffect, useMemo, useState } from 'react'
import { useParams } from 'react-router'
import type { LaneGrouping } from '../api/board-lanes'
import type { IssueSummary } from '../api/issues'
import { useOpenCreateIssue } from '../app/create-issue-link'
import { usePageSearchParams } from '../app/page-location'
import { useListNavigation } from '../app/use-list-navigation'
import { useScheme } from '../projects/use-projects'
import { pointAtIssue } from '../issue-view/issue-cache'
import { preloadIssuePanel } from '../issue-view/issue-panel-loader'
import { whenIdle } from '../app/when-idle'
import { warmUpMarkdown } from '../ui/markdown-loader'
import { boardLabels, filterColumn, planBoardDrop, reachableStatuses, type DropTarget } from './board-state'
import { useBoardFilters } from './use-board-filters'
import { BoardLanesView } from './board-lanes'
import { cellKey, chosenGrouping, laneCardKeys, rememberGrouping } from './lanes-state'
import { BoardColumn } from './board-column'
import { CARD_KEYS, EDGE_AUTO_SCROLL, useDragSensors } from './drag-sensors'
import { useOpenIssuePanel } from './use-open-issue-panel'
import { IssueCard } from './issue-card'
import { QuickFilters } from './quick-filters'
import { SideScroll } from '../ui/side-scroll'
import { WatchProjectButton } from '../projects/watch-project-button'
import { BOARD_PAGE_SIZE as PAGE_SIZE, LANE_PAGE_SIZE, useBoardColumns, useBoardLanes, useMoveIssue, useRankIssue } from './use-board'

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
  const [search, setSearch] = usePageSearchParams()
  const grouping = chosenGrouping(search, projectKey, localStorage)
  const group = (next: LaneGrouping) => setSearch(rememberGrouping(search, projectKey, next, localStorage), { replace: true })
  const [cellLimits, setCellLimits] = useState<Record<string, number>>({})
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set())
  const { quick, setQuick, text, setText, shownText, askedText, filters, filtered, clear: clearFilters } = useBoardFilters(search, setSearch)
  const mine = quick.assignee === 'me'
  const board = useBoardColumns(projectKey, limits, PAGE_SIZE, filters, grouping === 'none')
  const lanes = useBoardLanes(projectKey, grouping, cellLimits, filters)
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
  const drawn = !!board.data || !!lanes.data
  // The next thing done on a board is often opening an issue: its panel's code and Markdown parser are made ready meanwhile.
  useEffect(() => {
    if (!drawn) return
    warmUpMarkdown()
    whenIdle(preloadIssuePanel)
  }, [drawn])
  const move = useMoveIssue(projectKey)
  const rank = useRankIssue(projectKey)
  const openCreate = useOpenCreateIssue()
  const [dragged, setDragged] = useState<IssueSummary | null>(null)
  const sensors = useDragSensors(CARD_KEYS)

  const client = useQueryClient()
  const openIssue = useOpenIssuePanel()
  const prefetch = useCallback((key: string) => pointAtIssue(client, key), [client])
  // Column by column, top to bottom, as the cards are read; in swimlanes, lane by lane.
  const laneData = grouping === 'none' ? undefined : lanes.data
  const cardKeys = useMemo(
    () => (laneData ? laneCardKeys(laneData.lanes, collapsed) : columns.flatMap(({ column }) => column?.items.map((issue) => issue.key) ?? [])),
    [columns, laneData, collapsed],
  )
  const selected = useListNavigation(cardKeys, openIssue, !dragged)

  const reachable = useMemo(
    () => (dragged && scheme.data ? reachableStatuses(scheme.data.workflow, dragged.status) : undefined),
    [dragged, scheme.data],
  )

  const showMore = useCallback(
    (name: string) => setLimits((all) => ({ ...all, [name]: Math.min(MAX_COLUMN, (all[name] ?? PAGE_SIZE) + 150) })),
    [],
  )

  const showMoreInCell = useCallback(
    (laneId: string, status: string) => {
      const key = cellKey(laneId, status)
      if ((cellLimits[key] ?? LANE_PAGE_SIZE) >= MAX_COLUMN) return undefined
      return () => setCellLimits((all) => ({ ...all, [key]: Math.min(MAX_COLUMN, (all[key] ?? LANE_PAGE_SIZE) + 100) }))
    },
    [cellLimits],
  )
  const toggleLane = useCallback(
    (laneId: string) => setCollapsed((all) => {
      const next = new Set(all)
      if (!next.delete(laneId)) next.add(laneId)
      return next
    }),
    [],
  )

  /** The cards of the column (or the lane's cell) a card is in, in order. */
  const columnKeys = (issue: IssueSummary, lane: string | undefined): string[] => {
    const cells = lane === undefined ? columns.map(({ column }) => column) : laneData?.lanes.find((l) => l.id === lane)?.cells
    return cells?.find((cell) => cell?.status === issue.status)?.items.map((item) => item.key) ?? []
  }
  const onDragStart = (event: DragStartEvent) => setDragged((event.active.data.current?.issue as IssueSummary) ?? null)
  const onDragEnd = (event: DragEndEvent) => {
    setDragged(null)
    const issue = event.active.data.current?.issue as IssueSummary | undefined
    if (!issue || !event.over) return
    const lane = event.active.data.current?.lane as string | undefined
    const moved = event.active.rect.current.translated
    const below = !!moved && moved.top + moved.height / 2 > event.over.rect.top + event.over.rect.height / 2
    const drop = planBoardDrop(issue, event.over.data.current as DropTarget, columnKeys(issue, lane), below, lane)
    if (!drop) return
    const { to, place } = drop
    // Into another lane: its assignee or epic becomes the lane's (as in Jira's swimlanes).
    const toLane = drop.lane !== undefined && laneData ? { by: laneData.by, id: drop.lane } : undefined
    // Into another column or lane: ranked where it was dropped once the workflow has let it move there.
    if (to !== undefined || toLane) move.mutate({ issue, to, lane: toLane }, { onSuccess: () => place && rank.mutate({ issue, place }) })
    else if (place) rank.mutate({ issue, place })
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
  // Filters that leave nothing say so, with a way back (a column still counting on the server is not known to be empty).
  const nothingMatches =
    filtered && (laneData ? laneData.lanes.length === 0 : !!board.data && columns.every(({ column, exact }) => exact && (column?.total ?? 0) === 0))
  const readOnly = scheme.data?.project.callerRole === 'viewer'
  const limitsOf = scheme.data?.project.callerRole === 'admin' ? projectKey : undefined
  return (
    <div className="page">
      <header className="page-header">
        <h1>
          {scheme.data?.project.name ?? projectKey} <span className="muted">Workflow board</span>
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
          <QuickFilters projectKey={projectKey} scheme={scheme.data} labels={boardLabels(laneData?.lanes.flatMap((lane) => lane.cells) ?? board.data, quick.label)} values={quick} onChange={setQuick} />
          {projectKey && <WatchProjectButton projectKey={projectKey} />}
          <label className="lane-grouping">
            <span className="muted small">Group by</span>{' '}
            <select value={grouping} onChange={(event) => group(event.target.value as LaneGrouping)} aria-label="Group by">
              <option value="none">None</option>
              <option value="assignee">Assignee</option>
              <option value="epic">Epic</option>
            </select>
          </label>
        </div>
      </header>
      {empty && !filtered && (
        <p className="empty board-empty">
          No issues yet.
          {!readOnly && (
            <>
              {' '}
              <button type="button" className="link-button" onClick={openCreate}>
                Create the first one
              </button>{' '}
              or press <kbd>C</kbd>.
            </>
          )}
        </p>
      )}
      {nothingMatches && (
        <p className="empty board-empty">
          No cards match these filters.{' '}
          <button type="button" className="link-button" onClick={clearFilters}>
            Clear filters
          </button>
        </p>
      )}
      <DndContext sensors={sensors} autoScroll={EDGE_AUTO_SCROLL} onDragStart={onDragStart} onDragEnd={onDragEnd} onDragCancel={() => setDragged(null)}>
        {grouping === 'none' ? (
          <SideScroll className="board">
            {statuses.map((status, index) => (
              <BoardColumn
                key={status.id}
                status={status}
                page={columns[index]?.column}
                filtered={filtered}
                limitsOf={limitsOf}
                exact={columns[index]?.exact ?? true}
                loading={board.isPending}
                onOpen={openIssue}
                onPrefetch={prefetch}
                readOnly={readOnly}
                selected={columns[index]?.column?.items.some((issue) => issue.key === selected) ? selected : undefined}
                reachable={reachable ? status.name === dragged?.status || reachable.has(status.name) : undefined}
                onShowMore={(limits[status.name] ?? PAGE_SIZE) < MAX_COLUMN ? showMore : undefined}
              />
            ))}
          </SideScroll>
        ) : (
          <BoardLanesView
            statuses={statuses}
            board={laneData}
            filtered={filtered}
            limitsOf={limitsOf}
            readOnly={readOnly}
            selected={selected}
            reachable={reachable && dragged ? new Set([dragged.status, ...reachable]) : undefined}
            collapsed={collapsed}
            onToggle={toggleLane}
            showMore={showMoreInCell}
            onOpen={openIssue}
            onPrefetch={prefetch}
          />
        )}
        <DragOverlay dropAnimation={null}>{dragged && <IssueCard issue={dragged} lifted />}</DragOverlay>
      </DndContext>
    </div>
  )
}
