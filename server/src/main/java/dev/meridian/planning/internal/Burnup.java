package dev.meridian.planning.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A sprint's burnup in story points or in issues: the sprint's whole scope and the work done in it, from the same replay as the
 * burndown. Scope moves with added, removed and re-estimated issues; done moves when issues are completed or reopened.
 * An issue already done when it joins the sprint adds to both lines.
 */
public final class Burnup {

    /** {@code key}/{@code kind}: the change that led to this point, null at the start, the end and the planned end. */
    public record Point(Instant at, BigDecimal scope, BigDecimal done, String key, Burndown.Kind kind) {
    }

    public record Report(long sprintId, Instant start, Instant end, Instant plannedEnd, BigDecimal scope, BigDecimal done,
            List<Point> points) {
    }

    private Burnup() {
    }

    public static Report of(long sprintId, Instant start, Instant end, Instant plannedEnd, List<Timeline> issues, Statistic by) {
        var counted = issues.stream().filter(t -> !t.subtask()).collect(Collectors.toMap(Timeline::key, t -> t, (a, b) -> a));
        var scope = BigDecimal.ZERO;
        var done = BigDecimal.ZERO;
        for (var t : counted.values()) {
            var s = t.at(start, true);
            scope = scope.add(scope(s, sprintId, by));
            done = done.add(done(s, sprintId, by));
        }
        var points = new ArrayList<Point>();
        points.add(new Point(start, scope, done, null, null));
        for (var event : Burndown.of(sprintId, start, end, plannedEnd, issues, by).events()) {
            var t = counted.get(event.key());
            var before = t.at(event.at(), false);
            var after = t.at(event.at(), true);
            scope = scope.add(scope(after, sprintId, by)).subtract(scope(before, sprintId, by));
            done = done.add(done(after, sprintId, by)).subtract(done(before, sprintId, by));
            points.add(new Point(event.at(), scope, done, event.key(), event.kind()));
        }
        points.add(new Point(end, scope, done, null, null));
        if (plannedEnd != null && plannedEnd.isAfter(end)) {
            points.add(new Point(plannedEnd, scope, done, null, null));
        }
        return new Report(sprintId, start, end, plannedEnd, scope, done, points);
    }

    private static BigDecimal scope(Timeline.State s, long sprintId, Statistic by) {
        return s.in(sprintId) ? by.of(s) : BigDecimal.ZERO;
    }

    private static BigDecimal done(Timeline.State s, long sprintId, Statistic by) {
        return s.in(sprintId) && s.done() ? by.of(s) : BigDecimal.ZERO;
    }
}
