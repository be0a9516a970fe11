package dev.meridian.assistant.internal;

import dev.meridian.assistant.internal.ChatTools.Trace;
import dev.meridian.identity.CurrentUser;
import dev.meridian.planning.BoardConfig;
import dev.meridian.planning.Boards;
import dev.meridian.planning.SprintView;
import dev.meridian.planning.Sprints;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Where a project's boards stand, as the asking user sees them: for each board its active sprint (dates, days left,
 * issues, done) and the issues in each column with the column's WIP limits; the next planned sprints.
 */
@Component
class SprintStatus {

    static final int MAX_BOARDS = 5;

    private final Boards boards;
    private final Sprints sprints;
    private final ChatTools tools;
    private final Clock clock;

    SprintStatus(Boards boards, Sprints sprints, ChatTools tools, Clock clock) {
        this.boards = boards;
        this.sprints = sprints;
        this.tools = tools;
        this.clock = clock;
    }

    record Column(String name, long issues, Integer min, Integer max) {

        boolean overLimit() {
            return max != null && issues > max;
        }
    }

    record Sprint(long id, String name, String goal, Instant start, Instant end, Long daysLeft, int issues, long done) {
    }

    record Board(long id, String name, String kind, Sprint activeSprint, List<Column> columns, List<String> nextSprints) {
    }

    /** @throws dev.meridian.platform.NotFoundException the project does not exist or the user may not browse it */
    List<Board> of(String projectKey, CurrentUser user, Trace trace) {
        var found = boards.list(projectKey, user);
        var out = new ArrayList<Board>();
        for (var board : found.subList(0, Math.min(MAX_BOARDS, found.size()))) {
            out.add(board(board, user, trace));
        }
        trace.add("sprint status", projectKey, out.size() + " boards" + (found.size() > MAX_BOARDS ? " of " + found.size() : ""));
        return out;
    }

    private Board board(BoardConfig board, CurrentUser user, Trace trace) {
        SprintView active = null;
        List<String> next = List.of();
        var scope = "(" + board.jql().replaceAll("(?i)\\s+ORDER BY .*$", "") + ")";
        if ("scrum".equals(board.kind())) {
            active = sprints.active(board.id());
            next = sprints.ofBoard(board.id(), false, user).stream().filter(s -> "future".equals(s.state()))
                    .map(s -> s.name() + " (" + s.issueKeys().size() + " issues)").toList();
            scope = active == null ? null : scope + " AND sprint = " + active.id();
        }
        var columns = new ArrayList<Column>();
        if (scope != null) {
            for (var column : board.columns()) {
                long n = column.statuses().isEmpty() ? 0 : tools.count(scope + " AND status in ("
                        + column.statuses().stream().map(NaturalSearch::quote).collect(Collectors.joining(", ")) + ")", user, trace);
                columns.add(new Column(column.name(), n, column.min(), column.max()));
            }
        }
        Sprint sprint = null;
        if (active != null) {
            long done = tools.count("sprint = " + active.id() + " AND statusCategory = Done", user, trace);
            var end = active.endDate();
            // Calendar days to the end's day, as the board's header counts them (in UTC here: the server has no reader's zone).
            Long daysLeft = end == null ? null
                    : Math.max(0, ChronoUnit.DAYS.between(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC), LocalDate.ofInstant(end, ZoneOffset.UTC)));
            sprint = new Sprint(active.id(), active.name(), active.goal(), active.startedAt() != null ? active.startedAt()
                    : active.startDate(), end, daysLeft, active.issueKeys().size(), done);
        }
        return new Board(board.id(), board.name(), board.kind(), sprint, columns, next);
    }

    /** The tool result a language model reads. */
    static Map<String, Object> asData(List<Board> boards) {
        var out = new LinkedHashMap<String, Object>();
        out.put("boards", boards);
        if (boards.isEmpty()) {
            out.put("note", "the project has no boards you can see");
        }
        return out;
    }
}
