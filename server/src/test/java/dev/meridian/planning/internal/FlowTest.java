package dev.meridian.planning.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meridian.planning.internal.Timeline.Change;
import dev.meridian.planning.internal.Timeline.Field;
import dev.meridian.platform.ReaderZone;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class FlowTest {

    static final ZoneId UTC = ReaderZone.DEFAULT;
    static final ZoneId LOS_ANGELES = ZoneId.of("America/Los_Angeles");
    static final LocalDate DAY1 = LocalDate.parse("2026-03-01");

    @Test
    void countsIssuesPerStatusAtTheEndOfEachDay() {
        var a = timeline("A-1", "2026-03-01T10:00:00Z", status("2026-03-02T10:00:00Z", "In Progress", false),
                status("2026-03-03T10:00:00Z", "Done", true));
        var b = timeline("A-2", "2026-03-02T12:00:00Z");

        var flow = Flow.cumulative(List.of(a, b), List.of("To Do", "In Progress", "Done"), Timeframe.between(DAY1, DAY1.plusDays(2), UTC));

        assertThat(flow.statuses().get("To Do")).containsExactly(1, 1, 1);
        assertThat(flow.statuses().get("In Progress")).containsExactly(0, 1, 0);
        assertThat(flow.statuses().get("Done")).containsExactly(0, 0, 1);
    }

    @Test
    void countsCreatedAndResolvedPerDayWithReopenedIssuesResolvedAgain() {
        var a = timeline("A-1", "2026-03-01T10:00:00Z", status("2026-03-01T11:00:00Z", "Done", true),
                status("2026-03-02T10:00:00Z", "Reopened", false), status("2026-03-03T10:00:00Z", "Done", true));
        var b = timeline("A-2", "2026-03-02T12:00:00Z");

        var report = Flow.createdResolved(List.of(a, b), Timeframe.between(DAY1, DAY1.plusDays(2), UTC));

        assertThat(report.created()).containsExactly(1, 1, 0);
        assertThat(report.resolved()).containsExactly(1, 0, 1);
        assertThat(report.resolvedTotal()).containsExactly(1, 1, 2);
    }

    @Test
    void measuresCycleFromTheFirstMoveAndLeadFromCreationToDone() {
        var quick = timeline("A-1", "2026-03-01T00:00:00Z", status("2026-03-04T00:00:00Z", "In Progress", false),
                status("2026-03-04T12:00:00Z", "Done", true));
        var open = timeline("A-2", "2026-03-01T00:00:00Z", status("2026-03-02T00:00:00Z", "In Progress", false));

        var times = Flow.times(List.of(quick, open), Timeframe.between(DAY1, DAY1.plusDays(30), UTC));

        assertThat(times.issues()).isEqualTo(1);
        assertThat(times.cycle().get(0).count()).isEqualTo(1);
        assertThat(times.lead().get(3).label()).isEqualTo("3–5 d");
        assertThat(times.lead().get(3).count()).isEqualTo(1);
    }

    @Test
    void measuresOnlyIssuesDoneWithinTheTimeframe() {
        var before = timeline("A-1", "2026-02-01T00:00:00Z", status("2026-02-27T00:00:00Z", "Done", true));
        var within = timeline("A-2", "2026-02-01T00:00:00Z", status("2026-03-02T23:00:00Z", "Done", true));
        var after = timeline("A-3", "2026-02-01T00:00:00Z", status("2026-03-04T00:00:00Z", "Done", true));

        var times = Flow.times(List.of(before, within, after), Timeframe.between(DAY1, DAY1.plusDays(2), UTC));

        assertThat(times.issues()).isEqualTo(1);
        assertThat(times.timeframe().from()).isEqualTo(DAY1);
    }

    @Test
    void countsPerWeekOverMoreThanAYear() {
        var a = timeline("A-1", "2026-03-01T10:00:00Z", status("2026-03-09T10:00:00Z", "Done", true));
        var b = timeline("A-2", "2026-03-07T12:00:00Z");
        var c = timeline("A-3", "2026-03-08T12:00:00Z");
        var timeframe = Timeframe.between(DAY1, DAY1.plusYears(2), UTC);

        var report = Flow.createdResolved(List.of(a, b, c), timeframe);
        var flow = Flow.cumulative(List.of(a, b, c), List.of("To Do", "Done"), timeframe);

        assertThat(timeframe.step()).isEqualTo(Timeframe.Step.WEEK);
        assertThat(report.days()).startsWith(DAY1, DAY1.plusWeeks(1)).hasSize(105);
        assertThat(report.created()).startsWith(2, 1, 0);
        assertThat(report.resolved()).startsWith(0, 1, 0);
        assertThat(flow.statuses().get("To Do")).startsWith(2, 2, 2);
        assertThat(flow.statuses().get("Done")).startsWith(0, 1, 1);
    }

    @Test
    void countsAnIssueImportedResolvedOnItsResolutionDateInLeadTimeButNotInCycleTime() {
        var imported = imported("HADOOP-1", "2026-02-20T00:00:00Z", "2026-03-02T12:00:00Z");
        var open = timeline("HADOOP-2", "2026-02-20T00:00:00Z");

        var report = Flow.createdResolved(List.of(imported, open), Timeframe.between(DAY1, DAY1.plusDays(2), UTC));
        var times = Flow.times(List.of(imported, open), Timeframe.between(DAY1, DAY1.plusDays(2), UTC));

        assertThat(report.resolved()).containsExactly(0, 1, 0);
        assertThat(times.issues()).isEqualTo(1);
        assertThat(times.withoutStart()).isEqualTo(1);
        assertThat(times.lead().get(5).label()).isEqualTo("8–13 d");
        assertThat(times.lead().get(5).count()).isEqualTo(1);
        assertThat(times.cycle()).extracting(Flow.Bucket::count).containsOnly(0);
        assertThat(times.cycleDays().median()).isNull();
        assertThat(times.leadDays().median()).isEqualTo(10.5);
    }

    @Test
    void givesTheMedianAndThe85thPercentileOfCycleAndLeadTimeInDays() {
        var issues = java.util.stream.IntStream.rangeClosed(1, 5)
                .mapToObj(n -> timeline("A-" + n, "2026-03-01T00:00:00Z", status("2026-03-02T00:00:00Z", "In Progress", false),
                        status(Instant.parse("2026-03-02T00:00:00Z").plus(java.time.Duration.ofDays(n)).toString(), "Done", true)))
                .toList();

        var times = Flow.times(issues, Timeframe.between(DAY1, DAY1.plusDays(30), UTC));

        assertThat(times.withoutStart()).isZero();
        assertThat(times.cycleDays().median()).isEqualTo(3.0);
        assertThat(times.cycleDays().percentile85()).isCloseTo(4.4, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(times.leadDays().median()).isEqualTo(4.0);
        assertThat(times.leadDays().percentile85()).isCloseTo(5.4, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void leavesAnIssueImportedResolvedBeforeTheTimeframeOut() {
        var imported = imported("HADOOP-1", "2026-01-01T00:00:00Z", "2026-02-01T00:00:00Z");

        var report = Flow.createdResolved(List.of(imported), Timeframe.between(DAY1, DAY1.plusDays(2), UTC));
        var times = Flow.times(List.of(imported), Timeframe.between(DAY1, DAY1.plusDays(2), UTC));

        assertThat(report.resolvedTotal()).containsExactly(0, 0, 0);
        assertThat(times.issues()).isZero();
    }

    @Test
    void countsAnIssueThatArrivedDoneWithoutAResolutionDateAsResolvedWhenCreated() {
        var imported = new Timeline("HADOOP-1", false, Instant.parse("2026-03-02T10:00:00Z"), null, null, true, "Closed", List.of(), null);

        var report = Flow.createdResolved(List.of(imported), Timeframe.between(DAY1, DAY1.plusDays(2), UTC));

        assertThat(report.created()).containsExactly(0, 1, 0);
        assertThat(report.resolved()).containsExactly(0, 1, 0);
    }

    @Test
    void countsAResolutionOnlyOnceWhenTheHistoryHasTheMoveIntoDone() {
        var moved = new Timeline("A-1", false, Instant.parse("2026-03-01T10:00:00Z"), null, null, false, "To Do",
                List.of(status("2026-03-02T10:00:00Z", "Done", true)), Instant.parse("2026-03-02T10:00:00Z"));

        var report = Flow.createdResolved(List.of(moved), Timeframe.between(DAY1, DAY1.plusDays(2), UTC));

        assertThat(report.resolvedTotal()).containsExactly(0, 1, 1);
    }

    @Test
    void countsAnIssueCreatedAndResolvedInTheEveningOnTheReadersDayNotTheUtcDayAlreadyBegun() {
        var evening = timeline("A-1", "2026-03-02T01:00:00Z", status("2026-03-03T07:30:00Z", "Done", true));

        var inLosAngeles = Flow.createdResolved(List.of(evening), Timeframe.between(DAY1, DAY1.plusDays(2), LOS_ANGELES));
        var inUtc = Flow.createdResolved(List.of(evening), Timeframe.between(DAY1, DAY1.plusDays(2), UTC));

        assertThat(inLosAngeles.created()).as("5 pm on 1 March in Los Angeles").containsExactly(1, 0, 0);
        assertThat(inLosAngeles.resolved()).as("11:30 pm on 2 March in Los Angeles").containsExactly(0, 1, 0);
        assertThat(inUtc.created()).containsExactly(0, 1, 0);
        assertThat(inUtc.resolved()).containsExactly(0, 0, 1);
    }

    @Test
    void countsTheStatusesAtTheEndOfTheReadersDay() {
        var started = timeline("A-1", "2026-03-01T18:00:00Z", status("2026-03-02T05:00:00Z", "In Progress", false));

        var flow = Flow.cumulative(List.of(started), List.of("To Do", "In Progress"), Timeframe.between(DAY1, DAY1, LOS_ANGELES));

        assertThat(flow.statuses().get("To Do")).as("started at 9 pm on 1 March in Los Angeles").containsExactly(0);
        assertThat(flow.statuses().get("In Progress")).containsExactly(1);
    }

    @Test
    void measuresAnIssueDoneOnTheLastEveningOfTheTimeframeInTheReadersZone() {
        var late = timeline("A-1", "2026-03-01T18:00:00Z", status("2026-03-02T18:00:00Z", "In Progress", false),
                status("2026-03-04T03:00:00Z", "Done", true));

        var inLosAngeles = Flow.times(List.of(late), Timeframe.between(DAY1, DAY1.plusDays(2), LOS_ANGELES));
        var inUtc = Flow.times(List.of(late), Timeframe.between(DAY1, DAY1.plusDays(2), UTC));

        assertThat(inLosAngeles.issues()).as("done at 7 pm on 3 March in Los Angeles").isEqualTo(1);
        assertThat(inUtc.issues()).isZero();
    }

    static Timeline imported(String key, String created, String resolved) {
        return new Timeline(key, false, Instant.parse(created), null, null, true, "Resolved", List.of(), Instant.parse(resolved));
    }

    static Change status(String at, String status, boolean done) {
        return new Change(Instant.parse(at), Field.STATUS, status, done);
    }

    static Timeline timeline(String key, String created, Change... changes) {
        return new Timeline(key, false, Instant.parse(created), null, null, false, "To Do", List.of(changes), null);
    }
}
