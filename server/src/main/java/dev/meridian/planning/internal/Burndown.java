package dev.meridian.planning.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * A sprint's burndown in story points or in issues, replayed from the issues' timelines. The remaining work is the
 * estimate (or the number) of the issues in the sprint that are not done; each change of it between start and
 * completion is an event with its reason. Sub-tasks are not counted (their parent is, as in Jira). Issues moved out
 * when the sprint was completed were not done: they count as incomplete, not as removed scope.
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
    public static Report of(long sprintId, Instant start, Instant end, Instant plannedEnd, List<Timeline> issues, Statistic by) {
        var counted = issues.stream().filter(t -> !t.subtask()).toList();
        var committed = BigDecimal.ZERO;
        var remaining = BigDecimal.ZERO;
        for (var t : counted) {
            var s = t.at(start, true);
            if (s.in(sprintId)) {
                committed = committed.add(by.of(s));
                remaining = remaining.add(open(s, by));
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
                var change = contribution(after, sprintId, by).subtract(contribution(before, sprintId, by));
                var kind = kind(before, after, sprintId, by);
                if (kind == null) {
                    continue;
                }
                var scope = after.in(sprintId) ? by.of(after) : BigDecimal.ZERO;
                var scopeBefore = before.in(sprintId) ? by.of(before) : BigDecimal.ZERO;
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
                    completed = completed.add(by.of(s));
                    completedKeys.add(t.key());
                } else {
                    incompleteKeys.add(t.key());
                }
            }
        }
        return new Report(sprintId, start, end, plannedEnd, committed, added, removed, reestimated, completed, remaining,
                events, completedKeys, incompleteKeys);
    }

    private static BigDecimal open(Timeline.State s, Statistic by) {
        return s.done() ? BigDecimal.ZERO : by.of(s);
    }

    private static BigDecimal contribution(Timeline.State s, long sprintId, Statistic by) {
        return s.in(sprintId) ? open(s, by) : BigDecimal.ZERO;
    }

    private static Kind kind(Timeline.State before, Timeline.State after, long sprintId, Statistic by) {
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
        return by.of(before).compareTo(by.of(after)) != 0 ? Kind.ESTIMATE_CHANGED : null;
    }
}
