package dev.meridian.planning.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One issue's life as reports replay it: its values at creation and every later change of sprint, estimate and
 * status, oldest first. Plain Java: reports are computed from these alone. {@code resolvedAt}: the resolution
 * date as stored, null while it is not resolved.
 */
public record Timeline(String key, boolean subtask, Instant createdAt, Long sprint, BigDecimal points, boolean done,
        String status, List<Change> changes, Instant resolvedAt) {

    /** {@code value}: the sprint id, the estimate, or the status name with {@code done} telling its category. */
    public record Change(Instant at, Field field, Object value, boolean done) {
    }

    public enum Field { SPRINT, POINTS, STATUS }

    /** The values once every change made at or before {@code t} ({@code inclusive}) or strictly before it. */
    public State at(Instant t, boolean inclusive) {
        var s = new State(sprint, points, done, status, createdAt.isBefore(t) || inclusive && createdAt.equals(t));
        for (var c : changes) {
            if (c.at().isAfter(t) || !inclusive && c.at().equals(t)) {
                break;
            }
            s = switch (c.field()) {
                case SPRINT -> new State((Long) c.value(), s.points, s.done, s.status, s.exists);
                case POINTS -> new State(s.sprint, (BigDecimal) c.value(), s.done, s.status, s.exists);
                case STATUS -> new State(s.sprint, s.points, c.done(), (String) c.value(), s.exists);
            };
        }
        return s;
    }

    /**
     * The timeline as a sprint started at {@code startedAt} with an earlier start date {@code start} sees it: joining
     * or leaving the sprint, or being created, before Start was clicked is planning, not a change of scope, so it counts
     * from the start date; other changes in between (work done, estimates) keep their moment.
     */
    public Timeline plannedBy(Instant start, Instant startedAt) {
        if (startedAt == null || !startedAt.isAfter(start)) {
            return this;
        }
        var moved = new ArrayList<Change>();
        for (var c : changes) {
            boolean planning = c.field() == Field.SPRINT && c.at().isAfter(start) && !c.at().isAfter(startedAt);
            moved.add(planning ? new Change(start, c.field(), c.value(), c.done()) : c);
        }
        moved.sort(Comparator.comparing(Change::at));
        var created = createdAt.isAfter(start) && !createdAt.isAfter(startedAt) ? start : createdAt;
        return new Timeline(key, subtask, created, sprint, points, done, status, List.copyOf(moved), resolvedAt);
    }

    /**
     * When an issue that arrived done, with no status change in its history (imported resolved), was resolved: its
     * resolution date, or its creation when it has none, as cumulative flow shows it done from then. Empty otherwise.
     */
    public Optional<Instant> resolvedOnArrival() {
        if (!done || changes.stream().anyMatch(c -> c.field() == Field.STATUS)) {
            return Optional.empty();
        }
        return Optional.of(resolvedAt != null ? resolvedAt : createdAt);
    }

    public record State(Long sprint, BigDecimal points, boolean done, String status, boolean exists) {

        public boolean in(long sprintId) {
            return exists && Objects.equals(sprint, sprintId);
        }

        public BigDecimal estimate() {
            return points == null ? BigDecimal.ZERO : points;
        }
    }
}
