package dev.meridian.planning.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * A sprint's burndown in story points, replayed from the issues' timelines. The remaining work is the estimate of
 * every issue in the sprint that is not done; each change of it between start and completion is an event with its
 * reason. Sub-tasks' estimates are not counted (their parent's is, as in Jira). Issues moved out when the sprint was
 * completed were not done: they count as incomplete, not as removed scope.
 */
public final class Burndown {

    public enum Kind { ADDED, REMOVED, ESTIMATE_CHANGED, COMPLETED, REOPENED }

    public record Event(Instant at, String key, Kind kind, BigDecimal change, BigDecimal remaining) {
    }

    public record Report(long sprintId, Instant start, Instant end, Instant plannedEnd, BigDecimal committed,
            BigDecimal added, BigDecimal removed, BigDecimal reestimated, BigDecimal completed, BigDecimal remaining,
            List<Event> events, List<String> completedKeys, List<String> incompleteKeys) {
    }

    private Burndown() {
    }

    /** {@code end}: when the sprint was completed, or now for the active sprint. */
    public static Report of(long sprintId, Instant start, Instant end, Instant plannedEnd, List<Timeline> issues) {
        var counted = issues.stream().filter(t -> !t.subtask()).toList();
        var committed = BigDecimal.ZERO;
        var remaining = BigDecimal.ZERO;
        for (var t : counted) {
            var s = t.at(start, true);
            if (s.in(sprintId)) {
                committed = committed.add(s.estimate());
                remaining = remaining.add(open(s));
            }
        }
        var instants = new TreeSet<Instant>();
        counted.forEach(t -> t.changes().stream().map(Timeline.Change::at).filter(a -> a.isAfter(start) && a.isBefore(end)).forEach(instants::add));
        counted.stream().map(Timeline::createdAt).filter(a -> a.isAfter(start) && a.isBefore(end)).forEach(instants::add);
        var events = new ArrayList<Event>();
        var added = BigDecimal.ZERO;
        var removed = BigDecimal.ZERO;
        var reestimated = BigDecimal.ZERO;
        for (var at : instants) {
            for (var t : counted) {
                var before = t.at(at, false);
                var after = t.at(at, true);
                var change = contribution(after, sprintId).subtract(contribution(before, sprintId));
                var kind = kind(before, after, sprintId);
                if (kind == null) {
                    continue;
                }
                var scope = after.in(sprintId) ? after.estimate() : BigDecimal.ZERO;
                var scopeBefore = before.in(sprintId) ? before.estimate() : BigDecimal.ZERO;
                switch (kind) {
                    case ADDED -> added = added.add(scope);
                    case REMOVED -> removed = removed.add(scopeBefore);
                    case ESTIMATE_CHANGED -> reestimated = reestimated.add(scope.subtract(scopeBefore));
                    default -> { }
                }
                remaining = remaining.add(change);
                events.add(new Event(at, t.key(), kind, change, remaining));
            }
        }
        var completedKeys = new ArrayList<String>();
        var incompleteKeys = new ArrayList<String>();
        var completed = BigDecimal.ZERO;
        for (var t : counted) {
            var s = t.at(end, false);
            if (s.in(sprintId)) {
                if (s.done()) {
                    completed = completed.add(s.estimate());
                    completedKeys.add(t.key());
                } else {
                    incompleteKeys.add(t.key());
                }
            }
        }
        return new Report(sprintId, start, end, plannedEnd, committed, added, removed, reestimated, completed, remaining,
                events, completedKeys, incompleteKeys);
    }

    private static BigDecimal open(Timeline.State s) {
        return s.done() ? BigDecimal.ZERO : s.estimate();
    }

    private static BigDecimal contribution(Timeline.State s, long sprintId) {
        return s.in(sprintId) ? open(s) : BigDecimal.ZERO;
    }

    private static Kind kind(Timeline.State before, Timeline.State after, long sprintId) {
        boolean wasIn = before.in(sprintId);
        boolean isIn = after.in(sprintId);
        if (!wasIn && isIn) {
            return Kind.ADDED;
        }
        if (wasIn && !isIn) {
            return Kind.REMOVED;
        }
        if (!isIn) {
            return null;
        }
        if (!before.done() && after.done()) {
            return Kind.COMPLETED;
        }
        if (before.done() && !after.done()) {
            return Kind.REOPENED;
        }
        return before.estimate().compareTo(after.estimate()) != 0 ? Kind.ESTIMATE_CHANGED : null;
    }
}
