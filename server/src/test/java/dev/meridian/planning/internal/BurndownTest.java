package dev.meridian.planning.internal;

import static dev.meridian.planning.internal.Statistic.ISSUES;
import static dev.meridian.planning.internal.Statistic.POINTS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.meridian.planning.internal.Burndown.Kind;
import dev.meridian.planning.internal.Timeline.Change;
import dev.meridian.planning.internal.Timeline.Field;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BurndownTest {

    static final long SPRINT = 7;
    static final long NEXT = 8;
    static final Instant CREATED = Instant.parse("2026-03-01T09:00:00Z");
    static final Instant START = Instant.parse("2026-03-02T09:00:00Z");
    static final Instant END = Instant.parse("2026-03-16T09:00:00Z");

    @Test
    void burnsDownAsIssuesAreDone() {
        var a = issue("A-1", 5).plan(SPRINT, 1).done(3);
        var b = issue("A-2", 3).plan(SPRINT, 1);

        var report = Burndown.of(SPRINT, START, END, END, List.of(a.build(), b.build()), POINTS);

        assertThat(report.committed()).isEqualByComparingTo("8");
        assertThat(report.completed()).isEqualByComparingTo("5");
        assertThat(report.remaining()).isEqualByComparingTo("3");
        assertThat(report.events()).extracting(Burndown.Event::kind).containsExactly(Kind.COMPLETED);
        assertThat(report.events().get(0).remaining()).isEqualByComparingTo("3");
    }

    @Test
    void showsScopeAddedMidSprintWithoutCountingItAsCommitted() {
        var a = issue("A-1", 5).plan(SPRINT, 1);
        var added = issue("A-2", 2).plan(SPRINT, 24 * 3);

        var report = Burndown.of(SPRINT, START, END, END, List.of(a.build(), added.build()), POINTS);

        assertThat(report.committed()).isEqualByComparingTo("5");
        assertThat(report.added()).isEqualByComparingTo("2");
        assertThat(report.remaining()).isEqualByComparingTo("7");
        assertThat(report.events()).extracting(Burndown.Event::kind, Burndown.Event::key).containsExactly(
                tuple(Kind.ADDED, "A-2"));
    }

    @Test
    void countsAReopenedIssueAsRemainingAgain() {
        var a = issue("A-1", 5).plan(SPRINT, 1).done(2).reopen(4);

        var report = Burndown.of(SPRINT, START, END, END, List.of(a.build()), POINTS);

        assertThat(report.events()).extracting(Burndown.Event::kind).containsExactly(Kind.COMPLETED, Kind.REOPENED);
        assertThat(report.remaining()).isEqualByComparingTo("5");
        assertThat(report.completed()).isZero();
        assertThat(report.incompleteKeys()).containsExactly("A-1");
    }

    @Test
    void countsAnIssueMovedToTheNextSprintAtCompletionAsIncompleteNotRemoved() {
        var done = issue("A-1", 3).plan(SPRINT, 1).done(5);
        var moved = issue("A-2", 8).plan(SPRINT, 1).moveAt(END, SPRINT, NEXT);

        var report = Burndown.of(SPRINT, START, END, END, List.of(done.build(), moved.build()), POINTS);

        assertThat(report.removed()).isZero();
        assertThat(report.completed()).isEqualByComparingTo("3");
        assertThat(report.remaining()).isEqualByComparingTo("8");
        assertThat(report.incompleteKeys()).containsExactly("A-2");
        var next = Burndown.of(NEXT, END, END.plusSeconds(14 * 86400), null, List.of(moved.build()), POINTS);
        assertThat(next.committed()).isEqualByComparingTo("8");
    }

    @Test
    void showsScopeRemovedAndReestimated() {
        var removed = issue("A-1", 3).plan(SPRINT, 1).moveAt(START.plusSeconds(3600), SPRINT, null);
        var reestimated = issue("A-2", 5).plan(SPRINT, 1).estimate(30, 8);

        var report = Burndown.of(SPRINT, START, END, END, List.of(removed.build(), reestimated.build()), POINTS);

        assertThat(report.committed()).isEqualByComparingTo("8");
        assertThat(report.removed()).isEqualByComparingTo("3");
        assertThat(report.reestimated()).isEqualByComparingTo("3");
        assertThat(report.remaining()).isEqualByComparingTo("8");
        assertThat(report.events()).extracting(Burndown.Event::kind).containsExactly(Kind.REMOVED, Kind.ESTIMATE_CHANGED);
    }

    @Test
    void leavesSubtaskPointsOutAndCountsTheParents() {
        var parent = issue("A-1", 5).plan(SPRINT, 1).done(6);
        var subtask = issue("A-2", 2).subtask().plan(SPRINT, 1).done(3);

        var report = Burndown.of(SPRINT, START, END, END, List.of(parent.build(), subtask.build()), POINTS);

        assertThat(report.committed()).isEqualByComparingTo("5");
        assertThat(report.completed()).isEqualByComparingTo("5");
        assertThat(report.events()).extracting(Burndown.Event::key).containsExactly("A-1");
    }

    @Test
    void countsIssuesInsteadOfPointsWhenAskedToWithUnestimatedIssuesCountingToo() {
        var a = issue("A-1", 5).plan(SPRINT, 1).done(3);
        var b = issue("A-2", 3).plan(SPRINT, 1);
        var unestimated = issue("A-3", 0).plan(SPRINT, 1).done(4);

        var report = Burndown.of(SPRINT, START, END, END, List.of(a.build(), b.build(), unestimated.build()), ISSUES);

        assertThat(report.committed()).isEqualByComparingTo("3");
        assertThat(report.completed()).isEqualByComparingTo("2");
        assertThat(report.remaining()).isEqualByComparingTo("1");
        assertThat(report.events()).extracting(e -> e.kind(), e -> e.change().intValue(), e -> e.remaining().intValue())
                .containsExactly(tuple(Kind.COMPLETED, -1, 2), tuple(Kind.COMPLETED, -1, 1));
    }

    @Test
    void countsIssuesAddedRemovedAndReopenedByOneAndIgnoresReestimatesWhenCountingIssues() {
        var added = issue("A-1", 2).plan(SPRINT, 24 * 3);
        var removed = issue("A-2", 3).plan(SPRINT, 1).moveAt(START.plusSeconds(3600), SPRINT, null);
        var reestimated = issue("A-3", 5).plan(SPRINT, 1).estimate(30, 8);
        var reopened = issue("A-4", 8).plan(SPRINT, 1).done(2).reopen(4);

        var report = Burndown.of(SPRINT, START, END, END,
                List.of(added.build(), removed.build(), reestimated.build(), reopened.build()), ISSUES);

        assertThat(report.committed()).isEqualByComparingTo("3");
        assertThat(report.added()).isEqualByComparingTo("1");
        assertThat(report.removed()).isEqualByComparingTo("1");
        assertThat(report.reestimated()).isZero();
        assertThat(report.remaining()).isEqualByComparingTo("3");
        assertThat(report.events()).extracting(Burndown.Event::kind, e -> e.remaining().intValue()).containsExactly(
                tuple(Kind.REMOVED, 2), tuple(Kind.COMPLETED, 1),
                tuple(Kind.ADDED, 2), tuple(Kind.REOPENED, 3));
    }

    @Test
    void countsAnIssueMovedToTheNextSprintAtCompletionAsOneIncompleteIssueAndLeavesSubtasksOut() {
        var done = issue("A-1", 3).plan(SPRINT, 1).done(5);
        var moved = issue("A-2", 8).plan(SPRINT, 1).moveAt(END, SPRINT, NEXT);
        var subtask = issue("A-3", 2).subtask().plan(SPRINT, 1).done(3);

        var report = Burndown.of(SPRINT, START, END, END, List.of(done.build(), moved.build(), subtask.build()), ISSUES);

        assertThat(report.committed()).isEqualByComparingTo("2");
        assertThat(report.removed()).isZero();
        assertThat(report.completed()).isEqualByComparingTo("1");
        assertThat(report.remaining()).isEqualByComparingTo("1");
        assertThat(report.incompleteKeys()).containsExactly("A-2");
    }

    @Test
    void countsWhatWasPlannedBeforeStartWasClickedAsCommittedFromTheStartDateAndShowsWorkDoneMeanwhile() {
        var clicked = START.plusSeconds(86400L * 5);
        var doneMeanwhile = issue("A-1", 5).plan(SPRINT, 1).done(1);
        var plannedLate = issue("A-2", 3).plan(SPRINT, 24 * 2);
        var addedAfterStart = issue("A-3", 2).plan(SPRINT, 24 * 6);
        var issues = List.of(doneMeanwhile.build(), plannedLate.build(), addedAfterStart.build()).stream()
                .map(t -> t.plannedBy(START, clicked)).toList();

        var report = Burndown.of(SPRINT, START, END, END, issues, POINTS);

        assertThat(report.start()).isEqualTo(START);
        assertThat(report.committed()).isEqualByComparingTo("8");
        assertThat(report.added()).isEqualByComparingTo("2");
        assertThat(report.events()).extracting(Burndown.Event::kind, Burndown.Event::key, Burndown.Event::at).containsExactly(
                tuple(Kind.COMPLETED, "A-1", START.plusSeconds(86400)), tuple(Kind.ADDED, "A-3", START.plusSeconds(3600L * 24 * 6)));
    }

    @Test
    void leavesTheTimelineAsItIsForASprintStartedBeforeItsStartDate() {
        var planned = issue("A-1", 3).plan(SPRINT, 24).build();

        assertThat(planned.plannedBy(START, START.minusSeconds(86400))).isSameAs(planned);
    }

    @Test
    void comparesCommittedWithCompletedPerSprint() {
        var first = Burndown.of(SPRINT, START, END, END, List.of(issue("A-1", 5).plan(SPRINT, 1).done(3).build(),
                issue("A-2", 3).plan(SPRINT, 1).build()), POINTS);
        var second = Burndown.of(NEXT, END, END.plusSeconds(86400 * 14), null, List.of(issue("A-3", 4).planAt(END.minusSeconds(60), NEXT)
                .doneAt(END.plusSeconds(3600)).build()), POINTS);

        var velocity = Velocity.of(List.of(first, second), List.of("Sprint 1", "Sprint 2"));

        assertThat(velocity.sprints()).extracting(s -> s.committed().intValue(), s -> s.completed().intValue())
                .containsExactly(tuple(8, 5), tuple(4, 4));
        assertThat(velocity.averageCompleted()).isEqualByComparingTo("4.5");
    }

    static Builder issue(String key, int points) {
        return new Builder(key, points);
    }

    /** A hand-made history; hours count from the sprint's start. */
    static final class Builder {
        private final String key;
        private final BigDecimal points;
        private boolean subtask;
        private final List<Change> changes = new ArrayList<>();

        Builder(String key, int points) {
            this.key = key;
            this.points = BigDecimal.valueOf(points);
        }

        Builder subtask() {
            subtask = true;
            return this;
        }

        Builder plan(long sprint, int hoursBeforeStartOrAfter) {
            var at = hoursBeforeStartOrAfter == 1 ? START.minusSeconds(3600) : START.plusSeconds(3600L * hoursBeforeStartOrAfter);
            return planAt(at, sprint);
        }

        Builder planAt(Instant at, long sprint) {
            changes.add(new Change(at, Field.SPRINT, sprint, false));
            return this;
        }

        Builder moveAt(Instant at, long from, Long to) {
            changes.add(new Change(at, Field.SPRINT, to, false));
            return this;
        }

        Builder done(int days) {
            return doneAt(START.plusSeconds(86400L * days));
        }

        Builder doneAt(Instant at) {
            changes.add(new Change(at, Field.STATUS, "Done", true));
            return this;
        }

        Builder reopen(int days) {
            changes.add(new Change(START.plusSeconds(86400L * days), Field.STATUS, "Reopened", false));
            return this;
        }

        Builder estimate(int hours, int to) {
            changes.add(new Change(START.plusSeconds(3600L * hours), Field.POINTS, BigDecimal.valueOf(to), false));
            return this;
        }

        Timeline build() {
            var sorted = changes.stream().sorted(java.util.Comparator.comparing(Change::at)).toList();
            return new Timeline(key, subtask, CREATED, null, points, false, "To Do", sorted, null);
        }
    }
}
