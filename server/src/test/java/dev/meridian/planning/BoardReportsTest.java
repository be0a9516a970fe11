package dev.meridian.planning;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meridian.support.MeridianTest;
import dev.meridian.support.Problems;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A board's reports: a sprint's burndown and burnup in points or issues, and cumulative flow, created vs resolved and
 * cycle time over a period, counted in the reader's time zone.
 */
@MeridianTest
class BoardReportsTest extends ScrumBoardFixture {

    @Test
    void burnsDownAndUpInIssuesWhenAskedToAndRefusesAnUnknownStatistic() {
        var a = story("Login", 5);
        var b = story("Logout", 3);
        long sprint = ok(admin.post("/api/v1/boards/" + board + "/sprints", Map.of())).json().get("id").asLong();
        ok(admin.post("/api/v1/sprints/" + sprint + "/issues", Map.of("add", List.of(a, b))));
        ok(admin.post("/api/v1/sprints/" + sprint + "/start", Map.of()));
        ok(admin.post("/api/v1/issues/" + b + "/transitions", Map.of("status", "Done")));

        var issues = ok(admin.get("/api/v1/sprints/" + sprint + "/burndown?by=issues")).json();
        var burnup = ok(admin.get("/api/v1/sprints/" + sprint + "/burnup?by=issues")).json();
        var points = ok(admin.get("/api/v1/sprints/" + sprint + "/burndown?by=points")).json();

        assertThat(issues.get("committed").decimalValue()).isEqualByComparingTo("2");
        assertThat(issues.get("completed").decimalValue()).isEqualByComparingTo("1");
        assertThat(issues.get("remaining").decimalValue()).isEqualByComparingTo("1");
        assertThat(burnup.get("scope").decimalValue()).isEqualByComparingTo("2");
        assertThat(burnup.get("done").decimalValue()).isEqualByComparingTo("1");
        assertThat(points.get("remaining").decimalValue()).isEqualByComparingTo("5");
        var refused = Problems.assertProblem(admin.get("/api/v1/sprints/" + sprint + "/burndown?by=hours"), 400);
        assertThat(refused.get("detail").asString()).contains("by: must be points or issues (was 'hours')");
    }

    @Test
    void drawsTheBurndownFromTheStartDateChosenInStartSprintCountingWhatWasPlannedBeforeAsCommitted() {
        var a = story("Login", 5);
        var b = story("Logout", 3);
        long sprint = ok(admin.post("/api/v1/boards/" + board + "/sprints", Map.of())).json().get("id").asLong();
        ok(admin.post("/api/v1/sprints/" + sprint + "/issues", Map.of("add", List.of(a))));
        var startDate = Instant.now().minus(Duration.ofDays(11)).truncatedTo(ChronoUnit.SECONDS);
        ok(admin.post("/api/v1/sprints/" + sprint + "/start", Map.of("startDate", startDate.toString(),
                "endDate", startDate.plus(Duration.ofDays(14)).toString())));
        ok(admin.post("/api/v1/sprints/" + sprint + "/issues", Map.of("add", List.of(b))));

        var burndown = ok(admin.get("/api/v1/sprints/" + sprint + "/burndown")).json();
        var burnup = ok(admin.get("/api/v1/sprints/" + sprint + "/burnup")).json();

        assertThat(Instant.parse(burndown.get("start").asString())).isEqualTo(startDate);
        assertThat(burndown.get("committed").decimalValue()).isEqualByComparingTo("5");
        assertThat(burndown.get("added").decimalValue()).isEqualByComparingTo("3");
        assertThat(Instant.parse(burnup.get("points").get(0).get("at").asString())).isEqualTo(startDate);
        assertThat(burnup.get("points").get(0).get("scope").decimalValue()).isEqualByComparingTo("5");
    }

    @Test
    void readsBoardReportsForAPresetOrACustomPeriodAndRefusesAnImpossibleOne() {
        story("Login", 5);
        var reports = "/api/v1/boards/" + board + "/reports/";

        var week = ok(admin.get(reports + "cumulative-flow?period=7d")).json();
        var custom = ok(admin.get(reports + "created-resolved?from=2026-01-01&to=2026-01-31")).json();
        var all = ok(admin.get(reports + "cycle-time?period=all")).json();
        var byDefault = ok(admin.get(reports + "created-resolved")).json();

        assertThat(week.get("days")).hasSize(7);
        assertThat(week.get("timeframe").get("step").asString()).isEqualTo("DAY");
        assertThat(custom.get("days")).hasSize(31);
        assertThat(custom.get("timeframe").get("from").asString()).isEqualTo("2026-01-01");
        assertThat(all.get("timeframe").get("to").asString()).isEqualTo(all.get("timeframe").get("from").asString());
        assertThat(byDefault.get("days").size()).isBetween(89, 92);
        var readersWeek = ok(admin.get(reports + "cumulative-flow?period=7d&today=2026-01-10")).json();
        assertThat(readersWeek.get("timeframe").get("from").asString()).isEqualTo("2026-01-04");
        assertThat(readersWeek.get("timeframe").get("to").asString()).isEqualTo("2026-01-10");
        var backwards = Problems.assertProblem(admin.get(reports + "cumulative-flow?from=2026-03-10&to=2026-03-01"), 400);
        assertThat(backwards.get("detail").asString()).contains("from (2026-03-10) must be on or before to (2026-03-01)");
        var impossible = Problems.assertProblem(admin.get(reports + "created-resolved?from=2026-13-45"), 400);
        assertThat(impossible.get("detail").asString()).contains("'from' must be a date like 2024-01-31 (was '2026-13-45')");
        var unknown = Problems.assertProblem(admin.get(reports + "cycle-time?period=3y"), 400);
        assertThat(unknown.get("errors").get(0).get("field").asString()).isEqualTo("period");
        Problems.assertProblem(admin.get(reports + "cycle-time?period=3m&from=2026-01-01"), 400);
    }

    @Test
    void countsDaysInTheReadersTimeZoneWhenToldItAndInUtcOtherwise() {
        var evening = story("Filed after work", 1);
        jdbc.sql("update issues set created_at = ? where key = ?")
                .params(java.sql.Timestamp.from(Instant.parse("2026-01-10T01:00:00Z")), evening).update();
        var reports = "/api/v1/boards/" + board + "/reports/";

        var inLosAngeles = ok(admin.get(reports + "created-resolved?from=2026-01-09&to=2026-01-10&zone=America/Los_Angeles")).json();
        var inUtc = ok(admin.get(reports + "created-resolved?from=2026-01-09&to=2026-01-10")).json();
        var todayThere = ok(admin.get(reports + "cumulative-flow?period=7d&zone=Pacific/Kiritimati")).json();

        assertThat(inLosAngeles.get("created").toString()).as("5 pm on 9 January in Los Angeles").isEqualTo("[1,0]");
        assertThat(inLosAngeles.get("timeframe").get("zone").asString()).isEqualTo("America/Los_Angeles");
        assertThat(inUtc.get("created").toString()).isEqualTo("[0,1]");
        assertThat(inUtc.get("timeframe").get("zone").asString()).isEqualTo("UTC");
        assertThat(todayThere.get("timeframe").get("to").asString())
                .isEqualTo(java.time.LocalDate.now(java.time.ZoneId.of("Pacific/Kiritimati")).toString());
        var unknown = Problems.assertProblem(admin.get(reports + "cycle-time?zone=Mars/Olympus_Mons"), 400);
        assertThat(unknown.get("errors").get(0).get("field").asString()).isEqualTo("zone");
        assertThat(unknown.get("detail").asString()).contains("must be a time zone name such as America/Los_Angeles")
                .contains("(was 'Mars/Olympus_Mons')");
    }

    @Test
    void countsAnIssueImportedResolvedAsResolvedOnItsResolutionDateWithALeadTimeButNoCycleTime() {
        var csv = """
                Summary,Issue id,Status,Resolution,Created,Resolved
                Imported fixed,1,Resolved,Fixed,05/Jan/26 10:00,20/Jan/26 10:00
                Imported open,2,Open,,06/Jan/26 10:00,
                """;
        ok(admin.postCsv("/api/v1/projects/" + project + "/import", csv));
        var reports = "/api/v1/boards/" + board + "/reports/";

        var january = ok(admin.get(reports + "created-resolved?from=2026-01-01&to=2026-01-31")).json();
        var times = ok(admin.get(reports + "cycle-time?from=2026-01-01&to=2026-01-31")).json();

        assertThat(january.get("resolved").get(19).asInt()).isEqualTo(1);
        assertThat(january.get("resolvedTotal").get(30).asInt()).isEqualTo(1);
        assertThat(january.get("createdTotal").get(30).asInt()).isEqualTo(2);
        assertThat(times.get("issues").asInt()).isEqualTo(1);
        assertThat(times.get("withoutStart").asInt()).isEqualTo(1);
        assertThat(times.get("lead").get(6).get("label").asString()).isEqualTo("13–21 d");
        assertThat(times.get("lead").get(6).get("count").asInt()).isEqualTo(1);
        assertThat(times.get("cycle").get(6).get("count").asInt()).isZero();
        assertThat(times.get("leadDays").get("median").asDouble()).isEqualTo(15.0);
    }
}
