package dev.meridian.planning;

import dev.meridian.events.ChangeEvent;
import dev.meridian.events.ChangeEvents;
import dev.meridian.identity.CurrentUser;
import dev.meridian.issues.IssueHistory;
import dev.meridian.planning.internal.BoardLayout;
import dev.meridian.planning.internal.BoardStore;
import dev.meridian.planning.internal.Cards;
import dev.meridian.planning.internal.CategoryColumns;
import dev.meridian.planning.internal.SprintStore;
import dev.meridian.platform.InvalidInputException;
import dev.meridian.platform.NotFoundException;
import dev.meridian.projects.ProjectAccess;
import dev.meridian.projects.ProjectRef;
import dev.meridian.projects.ProjectSchemes;
import dev.meridian.projects.WipLimits;
import dev.meridian.projects.Workflow;
import dev.meridian.search.Search;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Boards of a project: each shows the issues of a saved filter in status columns; admins configure them. */
@Service
public class Boards {

    /** The most issues a board or backlog shows. */
    public static final int MAX_ISSUES = 10_000;
    private static final Set<String> KINDS = Set.of("scrum", "kanban");
    private static final Set<String> LANES = Set.of("none", "assignee", "epic", "priority");
    /** What a new kanban board hides done issues after, as Jira's default of two weeks. */
    private static final int HIDE_DONE_AFTER_DAYS = 14;

    private final BoardStore store;
    private final SprintStore sprints;
    private final IssueHistory history;
    private final Cards cards;
    private final ProjectAccess access;
    private final ProjectSchemes schemes;
    private final Search search;
    private final QuickFilterCheck quickFilterCheck;
    private final ChangeEvents events;
    private final Clock clock;

    Boards(BoardStore store, SprintStore sprints, IssueHistory history, Cards cards, ProjectAccess access, ProjectSchemes schemes,
            Search search, QuickFilterCheck quickFilterCheck, ChangeEvents events, Clock clock) {
        this.store = store;
        this.sprints = sprints;
        this.history = history;
        this.cards = cards;
        this.access = access;
        this.schemes = schemes;
        this.search = search;
        this.quickFilterCheck = quickFilterCheck;
        this.events = events;
        this.clock = clock;
    }

    /**
     * {@code unmapped}: the board's issues in statuses none of its columns shows (left by a workflow change), by status.
     * {@code brokenQuickFilters}: the chosen quick filters whose JQL no longer runs (it names a version or a user since
     * deleted); the cards are shown without them, as Jira keeps a board open when one of its quick filters goes stale.
     */
    public record BoardIssues(BoardConfig board, SprintView sprint, List<BoardLayout.ColumnView> columns,
            List<BoardLayout.Lane> lanes, int total, Map<String, Integer> unmapped, List<BrokenQuickFilter> brokenQuickFilters) {
    }

    /** A quick filter whose JQL no longer runs, and the query's problem in Jira's words, with its position. */
    public record BrokenQuickFilter(long id, String name, String problem) {
    }

    @Transactional(readOnly = true)
    public List<BoardConfig> list(String projectKey, CurrentUser user) {
        var scope = projectKey == null || projectKey.isBlank() ? access.browsable(user).stream().map(ProjectRef::id).toList()
                : List.of(access.browse(projectKey, user).id());
        return store.ofProjects(scope).stream().map(row -> config(row, user)).toList();
    }

    @Transactional(readOnly = true)
    public BoardConfig get(long id, CurrentUser user) {
        return config(visible(id, user), user);
    }

    @Transactional
    public BoardConfig create(BoardConfig.Input input, CurrentUser user) {
        if (input.project() == null || input.project().isBlank()) {
            throw new InvalidInputException("project", "name the project the board belongs to");
        }
        var project = access.administer(input.project(), user);
        var workflow = schemes.scheme(project).workflow();
        var name = name(input.name());
        var kind = choice("kind", input.kind(), KINDS, "scrum");
        var lanes = choice("swimlanes", input.swimlanes(), LANES, "none");
        long filterId = filter(input, project, name, user);
        var columns = input.columns() == null || input.columns().isEmpty() ? defaultColumns(workflow)
                : withStatuses(input.columns());
        var statusIds = statusIds(workflow, columns);
        var quick = quickFilterCheck.all(input.quickFilters(), null, user);
        var hideDone = hideDoneAfterDays(input.hideDoneAfterDays(), "kanban".equals(kind) ? HIDE_DONE_AFTER_DAYS : null, kind);
        var now = Instant.now(clock);
        long id = store.insert(project.id(), name, kind, filterId, lanes, hideDone, now);
        store.replaceColumns(id, columns, statusIds);
        store.replaceQuickFilters(id, quick);
        return recorded("board.created", get(id, user), user);
    }

    /**
     * A project's board as a template makes it: "{@code <KEY> board}" of the given kind ({@code scrum} or {@code kanban})
     * showing the project's issues, a column per status category.
     */
    @Transactional
    public BoardConfig createFirst(String projectKey, String kind, CurrentUser user) {
        var workflow = schemes.scheme(access.browse(projectKey, user)).workflow();
        return create(new BoardConfig.Input(projectKey, projectKey + " board", kind, null, null, null,
                CategoryColumns.of(workflow), null, null), user);
    }

    @Transactional
    public BoardConfig update(long id, BoardConfig.Input input, CurrentUser user) {
        var row = visible(id, user);
        var project = administered(row, user);
        var current = config(row, user);
        var workflow = schemes.scheme(project).workflow();
        var name = input.name() == null ? current.name() : name(input.name());
        var kind = choice("kind", input.kind(), KINDS, current.kind());
        var lanes = choice("swimlanes", input.swimlanes(), LANES, current.swimlanes());
        long filterId = input.filterId() != null || input.jql() != null ? filter(input, project, name, user) : row.filterId();
        var columns = input.columns() == null ? current.columns() : withStatuses(input.columns());
        var statusIds = statusIds(workflow, columns);
        var quick = input.quickFilters() == null ? current.quickFilters() : quickFilterCheck.all(input.quickFilters(), current, user);
        var hideDone = hideDoneAfterDays(input.hideDoneAfterDays(), current.hideDoneAfterDays(), kind);
        store.update(id, name, kind, filterId, lanes, hideDone, Instant.now(clock));
        store.replaceColumns(id, columns, statusIds);
        store.replaceQuickFilters(id, quick);
        return recorded("board.updated", get(id, user), user);
    }

    @Transactional
    public void delete(long id, CurrentUser user) {
        var row = visible(id, user);
        administered(row, user);
        var config = config(row, user);
        // Its sprints go with it: the issues of the open ones leave them, as when a sprint is deleted.
        var now = Instant.now(clock);
        for (var sprint : sprints.ofBoard(id, false)) {
            history.recordAll(user.id(), now, Sprints.FIELD, sprints.membersOf(sprint.id()).stream()
                    .map(issue -> new IssueHistory.Entry(issue.id(), sprint.name(), null, sprint.id(), null)).toList());
        }
        store.delete(id);
        events.record(new ChangeEvent("board.deleted", "board", String.valueOf(id), row.projectKey(), user.id(),
                Map.of("id", id, "name", config.name(), "deleted", true)));
    }

    /**
     * The board's issues in columns and swimlanes; a scrum board shows its active sprint only. Quick filters narrow the
     * cards, not the columns' counts: WIP limits count every issue on the board, as in Jira. The done issues a kanban
     * board hides are counted, by column, in one query.
     */
    @Transactional(readOnly = true)
    public BoardIssues issues(long id, List<Long> quickFilters, SprintView activeSprint, CurrentUser user) {
        var board = get(id, user);
        var chosen = chosen(board, quickFilters);
        var broken = chosen.stream().flatMap(f -> quickFilterCheck.problem(f, user)
                .map(problem -> new BrokenQuickFilter(f.id(), f.name(), problem)).stream()).toList();
        var working = chosen.stream().filter(f -> broken.stream().noneMatch(b -> b.id() == f.id())).toList();
        var queries = queries(board.jql(), working);
        if ("scrum".equals(board.kind()) && activeSprint == null) {
            var empty = BoardLayout.of(board, List.of());
            return new BoardIssues(board, null, empty.columns(), empty.lanes(), 0, Map.of(), broken);
        }
        var onBoard = new ArrayList<>(queries.subList(0, 1));
        if ("scrum".equals(board.kind())) {
            onBoard.add("sprint = " + activeSprint.id());
        }
        Map<String, Long> hidden = Map.of();
        if (board.hideDoneAfterDays() != null) {
            var days = board.hideDoneAfterDays();
            var hiddenDone = new ArrayList<>(onBoard);
            hiddenDone.add("statusCategory = Done AND resolved < -" + days + "d");
            hidden = search.boardCountsByStatus(hiddenDone, user);
            onBoard.add("statusCategory != Done OR resolved >= -" + days + "d OR resolved is EMPTY");
        }
        var all = cards.onBoard(search.rankedIds(onBoard, MAX_ISSUES, user));
        Predicate<Card> shown = card -> true;
        if (queries.size() > 1) {
            var filtered = new ArrayList<>(onBoard);
            filtered.addAll(queries.subList(1, queries.size()));
            var matching = Set.copyOf(search.rankedIds(filtered, MAX_ISSUES, user));
            shown = card -> matching.contains(card.id());
        }
        var layout = BoardLayout.of(board, all, shown, hidden);
        return new BoardIssues(board, activeSprint, layout.columns(), layout.lanes(), layout.total(), layout.unmapped(), broken);
    }

    /** The board's filter and the chosen quick filters (by id), as JQL queries all issues must match. */
    public List<String> queries(BoardConfig board, List<Long> quickFilters) {
        return queries(board.jql(), chosen(board, quickFilters));
    }

    private static List<String> queries(String boardJql, List<BoardConfig.QuickFilter> quickFilters) {
        var queries = new ArrayList<String>();
        queries.add(boardJql);
        quickFilters.forEach(f -> queries.add(f.jql()));
        return queries;
    }

    private static List<BoardConfig.QuickFilter> chosen(BoardConfig board, List<Long> ids) {
        return (ids == null ? List.<Long>of() : ids).stream().map(id -> QuickFilterCheck.find(board, id, "quickFilter")).toList();
    }

    public List<Card> cardsFor(List<String> queries, CurrentUser user) {
        return cards.of(search.rankedIds(queries, MAX_ISSUES, user));
    }

    public BoardStore.Row visible(long id, CurrentUser user) {
        var row = store.find(id).orElseThrow(() -> new NotFoundException("Board", id));
        try {
            access.browse(row.projectId(), user);
        } catch (NotFoundException hidden) {
            throw new NotFoundException("Board", id);
        }
        return row;
    }

    private BoardConfig config(BoardStore.Row row, CurrentUser user) {
        var statuses = schemes.scheme(access.browse(row.projectId(), user)).workflow().statuses().stream()
                .collect(Collectors.toMap(Workflow.Status::id, Workflow.Status::name));
        return new BoardConfig(row.id(), row.projectKey(), row.name(), row.kind(), row.filterId(),
                search.filterJql(row.filterId(), user), row.swimlanes(), store.columns(row.id(), statuses),
                store.quickFilters(row.id()), row.hideDoneAfterDays());
    }

    private long filter(BoardConfig.Input input, ProjectRef project, String name, CurrentUser user) {
        if (input.filterId() != null) {
            search.filterJql(input.filterId(), user);
            return input.filterId();
        }
        var jql = input.jql() == null || input.jql().isBlank() ? "project = " + project.key() + " ORDER BY rank" : input.jql();
        return search.saveFilter("Board: " + name + " (" + project.key() + ", " + Instant.now(clock).toEpochMilli() + ")", jql,
                project.key(), user);
    }

    /** The board's project, when the caller administers it (else 403). */
    ProjectRef administered(BoardStore.Row row, CurrentUser user) {
        return access.requireAdmin(access.browse(row.projectId(), user));
    }

    private static List<BoardConfig.Column> defaultColumns(Workflow workflow) {
        return workflow.statuses().stream().sorted(java.util.Comparator.comparingInt(Workflow.Status::position))
                .map(s -> new BoardConfig.Column(s.name(), List.of(s.name()), null, null)).toList();
    }

    /** A column sent without statuses has none: it stays on the board, empty, as Jira allows. */
    private static List<BoardConfig.Column> withStatuses(List<BoardConfig.Column> columns) {
        return columns.stream().map(c -> c == null || c.statuses() != null ? c
                : new BoardConfig.Column(c.name(), List.of(), c.min(), c.max())).toList();
    }

    private static Map<String, Long> statusIds(Workflow workflow, List<BoardConfig.Column> columns) {
        var ids = new HashMap<String, Long>();
        workflow.statuses().forEach(s -> ids.put(s.name().toLowerCase(Locale.ROOT), s.id()));
        var seen = new HashMap<String, String>();
        for (var c : columns) {
            if (c == null || c.name() == null || c.name().isBlank()) {
                throw new InvalidInputException("columns", "each column needs a name");
            }
            var limits = new WipLimits(c.min(), c.max()).problems();
            if (!limits.isEmpty()) {
                throw new InvalidInputException("columns", "column '" + c.name() + "': " + limits.stream()
                        .map(p -> "its " + (p.field().equals("min") ? "minimum " : "maximum ") + p.message()).collect(Collectors.joining("; ")));
            }
            for (var s : c.statuses()) {
                var key = s.toLowerCase(Locale.ROOT);
                if (!ids.containsKey(key)) {
                    throw new InvalidInputException("columns", "column '" + c.name() + "': no status '" + s + "' in the workflow");
                }
                var other = seen.put(key, c.name());
                if (other != null) {
                    throw new InvalidInputException("columns", "status '" + s + "' is in both '" + other + "' and '" + c.name() + "'");
                }
            }
        }
        return ids;
    }

    /** {@code requested}: null keeps {@code current}, 0 shows every done issue; a scrum board shows its sprint's, so none. */
    private static Integer hideDoneAfterDays(Integer requested, Integer current, String kind) {
        if (requested == null) {
            return "scrum".equals(kind) ? null : current;
        }
        if (requested < 0 || requested > 365) {
            throw new InvalidInputException("hideDoneAfterDays", "must be 1 to 365 days, or 0 to show every done issue (got " + requested + ")");
        }
        if (requested > 0 && "scrum".equals(kind)) {
            throw new InvalidInputException("hideDoneAfterDays", "only a kanban board hides done issues; a scrum board shows all of its sprint's");
        }
        return requested == 0 ? null : requested;
    }

    private static String name(String name) {
        if (name == null || name.isBlank() || name.length() > 255) {
            throw new InvalidInputException("name", "a board needs a name of 1 to 255 characters");
        }
        return name.trim();
    }

    private static String choice(String field, String value, Set<String> allowed, String fallback) {
        if (value == null) {
            return fallback;
        }
        var v = value.trim().toLowerCase(Locale.ROOT);
        if (!allowed.contains(v)) {
            throw new InvalidInputException(field, "must be one of " + String.join(", ", new java.util.TreeSet<>(allowed)));
        }
        return v;
    }

    BoardConfig recorded(String type, BoardConfig board, CurrentUser user) {
        events.record(new ChangeEvent(type, "board", String.valueOf(board.id()), board.projectKey(), user.id(), board));
        return board;
    }
}
