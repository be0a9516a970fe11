package dev.meridian.planning;

import dev.meridian.identity.CurrentUser;
import dev.meridian.planning.internal.Burndown;
import dev.meridian.planning.internal.Burnup;
import dev.meridian.planning.internal.Flow;
import dev.meridian.planning.internal.Statistic;
import dev.meridian.planning.internal.Timeframe;
import dev.meridian.planning.internal.Timeline;
import dev.meridian.planning.internal.Timelines;
import dev.meridian.planning.internal.Velocity;
import dev.meridian.platform.InvalidInputException;
import dev.meridian.search.Search;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Sprint and board reports, computed from the issues' change history each time they are asked for. */
@Service
public class Reports {

    private static final int VELOCITY_SPRINTS = 7;

    private final Sprints sprints;
    private final Boards boards;
    private final Timelines timelines;
    private final Search search;
    private final Clock clock;

    Reports(Sprints sprints, Boards boards, Timelines timelines, Search search, Clock clock) {
        this.sprints = sprints;
        this.boards = boards;
        this.timelines = timelines;
        this.search = search;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Burndown.Report burndown(long sprintId, Statistic by, CurrentUser user) {
        return burndown(started(sprintId, user), by);
    }

    /** Scope and done over the sprint, from the same history as its burndown. */
    @Transactional(readOnly = true)
    public Burnup.Report burnup(long sprintId, Statistic by, CurrentUser user) {
        var sprint = started(sprintId, user);
        var start = start(sprint);
        return Burnup.of(sprint.id(), start, end(sprint), sprint.endDate(), issues(sprint, start), by);
    }

    private SprintView started(long sprintId, CurrentUser user) {
        var sprint = sprints.get(sprintId, user);
        if (sprint.startedAt() == null) {
            throw new InvalidInputException("sprint", "sprint '" + sprint.name() + "' has not started: it has no burndown or burnup yet");
        }
        return sprint;
    }

    /** When the sprint was completed, or now for the active sprint. */
    private Instant end(SprintView sprint) {
        return sprint.completedAt() != null ? sprint.completedAt() : clock.instant();
    }

    /**
     * The start date chosen when the sprint was started, as Jira draws from it; the moment it was started when it has
     * none or when that date is still ahead of the report's end.
     */
    private Instant start(SprintView sprint) {
        var date = sprint.startDate();
        return date != null && date.isBefore(end(sprint)) ? date : sprint.startedAt();
    }

    /** The issues ever in the sprint, with what was planned before Start was clicked counted from the start date. */
    private List<Timeline> issues(SprintView sprint, Instant start) {
        return timelines.of(timelines.everIn(sprint.id())).stream().map(t -> t.plannedBy(start, sprint.startedAt())).toList();
    }

    private Burndown.Report burndown(SprintView sprint, Statistic by) {
        var start = start(sprint);
        return Burndown.of(sprint.id(), start, end(sprint), sprint.endDate(), issues(sprint, start), by);
    }

    /** The last seven completed sprints of the board, oldest first, in story points or in issues. */
    @Transactional(readOnly = true)
    public Velocity.Report velocity(long boardId, Statistic by, CurrentUser user) {
        var closed = new ArrayList<>(sprints.ofBoard(boardId, true, user).stream().filter(s -> s.state().equals("closed"))
                .limit(VELOCITY_SPRINTS).toList());
        java.util.Collections.reverse(closed);
        return Velocity.of(closed.stream().map(s -> burndown(s, by)).toList(), closed.stream().map(SprintView::name).toList());
    }

    /**
     * {@code period}, {@code from} and {@code to}: see {@link Timeframe#of}; {@code zone}: the reader's time zone, whose
     * calendar days the report counts; {@code today}: the reader's day, where a named period ends (today in
     * {@code zone} when not given).
     */
    @Transactional(readOnly = true)
    public Flow.CumulativeFlow cumulativeFlow(long boardId, String period, LocalDate from, LocalDate to, LocalDate today,
            ZoneId zone, CurrentUser user) {
        var board = boards.get(boardId, user);
        var statuses = new LinkedHashSet<String>();
        board.columns().forEach(c -> statuses.addAll(c.statuses()));
        var issues = timelines.of(ids(board, user));
        return Flow.cumulative(issues, List.copyOf(statuses), timeframe(period, from, to, today, zone, issues));
    }

    @Transactional(readOnly = true)
    public Flow.CreatedResolved createdResolved(long boardId, String period, LocalDate from, LocalDate to, LocalDate today,
            ZoneId zone, CurrentUser user) {
        var issues = timelines.of(ids(boards.get(boardId, user), user));
        return Flow.createdResolved(issues, timeframe(period, from, to, today, zone, issues));
    }

    @Transactional(readOnly = true)
    public Flow.Histogram cycleTime(long boardId, String period, LocalDate from, LocalDate to, LocalDate today,
            ZoneId zone, CurrentUser user) {
        var issues = timelines.of(ids(boards.get(boardId, user), user));
        return Flow.times(issues, timeframe(period, from, to, today, zone, issues));
    }

    private List<Long> ids(BoardConfig board, CurrentUser user) {
        return search.rankedIds(List.of(board.jql()), Boards.MAX_ISSUES, user);
    }

    private Timeframe timeframe(String period, LocalDate from, LocalDate to, LocalDate today, ZoneId zone,
            List<Timeline> issues) {
        var first = issues.stream().map(Timeline::createdAt).min(java.util.Comparator.naturalOrder())
                .map(at -> LocalDate.ofInstant(at, zone)).orElse(null);
        return Timeframe.of(period, from, to, today != null ? today : LocalDate.now(clock.withZone(zone)), first, zone);
    }
}
