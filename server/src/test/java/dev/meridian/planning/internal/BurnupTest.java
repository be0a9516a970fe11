package dev.meridian.planning.internal;

import static dev.meridian.planning.internal.BurndownTest.END;
import static dev.meridian.planning.internal.BurndownTest.NEXT;
import static dev.meridian.planning.internal.BurndownTest.SPRINT;
import static dev.meridian.planning.internal.BurndownTest.START;
import static dev.meridian.planning.internal.BurndownTest.issue;
import static dev.meridian.planning.internal.Statistic.ISSUES;
import static dev.meridian.planning.internal.Statistic.POINTS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.meridian.planning.internal.Burndown.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;

class BurnupTest {

    @Test
    void raisesScopeWhenWorkIsAddedAndDoneWhenItIsCompleted() {
        var a = issue("A-1", 5).plan(SPRINT, 1).done(3);
        var added = issue("A-2", 2).plan(SPRINT, 24 * 2);

        var report = Burnup.of(SPRINT, START, END, END, List.of(a.build(), added.build()), POINTS);

        assertThat(report.points()).extracting(p -> p.scope().intValue(), p -> p.done().intValue(), Burnup.Point::kind)
                .containsExactly(tuple(5, 0, null), tuple(7, 0, Kind.ADDED), tuple(7, 5, Kind.COMPLETED), tuple(7, 5, null));
        assertThat(report.scope()).isEqualByComparingTo("7");
        assertThat(report.done()).isEqualByComparingTo("5");
    }

    @Test
    void lowersDoneWhenAnIssueIsReopenedAndScopeWhenRemovedOrReestimated() {
        var reopened = issue("A-1", 5).plan(SPRINT, 1).done(2).reopen(4);
        var removed = issue("A-2", 3).plan(SPRINT, 1).moveAt(START.plusSeconds(3600), SPRINT, null);
        var reestimated = issue("A-3", 2).plan(SPRINT, 1).estimate(30, 8);

        var report = Burnup.of(SPRINT, START, END, END, List.of(reopened.build(), removed.build(), reestimated.build()), POINTS);

        assertThat(report.points()).extracting(p -> p.scope().intValue(), p -> p.done().intValue(), Burnup.Point::key)
                .containsExactly(tuple(10, 0, null), tuple(7, 0, "A-2"), tuple(13, 0, "A-3"), tuple(13, 5, "A-1"),
                        tuple(13, 0, "A-1"), tuple(13, 0, null));
    }

    @Test
    void keepsIssuesMovedToTheNextSprintAtCompletionInScopeAndLeavesSubtasksOut() {
        var done = issue("A-1", 3).plan(SPRINT, 1).done(5);
        var moved = issue("A-2", 8).plan(SPRINT, 1).moveAt(END, SPRINT, NEXT);
        var subtask = issue("A-3", 4).subtask().plan(SPRINT, 1).done(2);
        var lateButDone = issue("A-4", 1).doneAt(START.plusSeconds(60)).planAt(START.plusSeconds(7200), SPRINT);

        var report = Burnup.of(SPRINT, START, END, END.plusSeconds(86400),
                List.of(done.build(), moved.build(), subtask.build(), lateButDone.build()), POINTS);

        assertThat(report.scope()).isEqualByComparingTo("12");
        assertThat(report.done()).isEqualByComparingTo("4");
        assertThat(report.points().get(1)).extracting(p -> p.scope().intValue(), p -> p.done().intValue()).containsExactly(12, 1);
        assertThat(report.points()).hasSize(5);
        assertThat(report.points().get(4).at()).isEqualTo(END.plusSeconds(86400));
    }

    @Test
    void countsScopeAndDoneInIssuesWhenAskedTo() {
        var a = issue("A-1", 5).plan(SPRINT, 1).done(3);
        var added = issue("A-2", 2).plan(SPRINT, 24 * 2).estimate(24 * 4, 8);

        var report = Burnup.of(SPRINT, START, END, END, List.of(a.build(), added.build()), ISSUES);

        assertThat(report.points()).extracting(p -> p.scope().intValue(), p -> p.done().intValue(), Burnup.Point::kind)
                .containsExactly(tuple(1, 0, null), tuple(2, 0, Kind.ADDED), tuple(2, 1, Kind.COMPLETED), tuple(2, 1, null));
    }
}
