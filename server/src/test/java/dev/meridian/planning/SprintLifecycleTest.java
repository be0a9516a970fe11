package dev.meridian.planning;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meridian.support.Api;
import dev.meridian.support.Fixtures;
import dev.meridian.support.MeridianTest;
import dev.meridian.support.Problems;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.beans.factory.annotation.Autowired;

@MeridianTest
class SprintLifecycleTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    Fixtures fixtures;
    Api admin;
    String project;
    long board;

    @BeforeEach
    void scrumBoard() {
        fixtures = new Fixtures(port);
        admin = fixtures.admin();
        project = fixtures.project();
        var created = admin.post("/api/v1/boards", Map.of("project", project, "name", "Team", "kind", "scrum"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        board = created.json().get("id").asLong();
    }

    @Test
    void plansStartsAndCompletesASprintMovingUnfinishedIssuesToTheNext() {
        var a = story("Login", 5);
        var b = story("Logout", 3);
        var c = story("Profile", 2);
        long sprint = ok(admin.post("/api/v1/boards/" + board + "/sprints", Map.of("name", "Sprint 1"))).json().get("id").asLong();
        ok(admin.post("/api/v1/sprints/" + sprint + "/issues", Map.of("add", List.of(a, b))));
        assertThat(search("sprint = " + sprint)).containsExactlyInAnyOrder(a, b);
        assertThat(search("sprint in futureSprints() AND project = " + project)).containsExactlyInAnyOrder(a, b);

        var started = ok(admin.post("/api/v1/sprints/" + sprint + "/start", Map.of("goal", "Sign-in works")));
        assertThat(started.json().get("state").asString()).isEqualTo("active");
        assertThat(search("sprint in openSprints() AND project = " + project)).containsExactlyInAnyOrder(a, b);
        ok(admin.post("/api/v1/sprints/" + sprint + "/issues", Map.of("add", List.of(c))));
        ok(admin.post("/api/v1/issues/" + a + "/transitions", Map.of("status", "Done")));
        var board = ok(admin.get("/api/v1/boards/" + this.board + "/issues"));
        assertThat(board.json().get("total").asInt()).isEqualTo(3);
        assertThat(board.json().get("columns").get(3).get("count").asInt()).isEqualTo(1);

        var completed = ok(admin.post("/api/v1/sprints/" + sprint + "/complete", Map.of("moveTo", "next")));
        assertThat(completed.json().get("state").asString()).isEqualTo("closed");
        assertThat(search("sprint in closedSprints() AND project = " + project)).containsExactlyInAnyOrder(a, b, c);
        assertThat(search("sprint in futureSprints() AND project = " + project)).containsExactlyInAnyOrder(b, c);
        assertThat(search("sprint is EMPTY AND project = " + project)).isEmpty();
        var history = admin.get("/api/v1/issues/" + b + "/history").json();
        assertThat(history.toString()).contains("\"field\":\"Sprint\"").contains("\"from\":\"Sprint 1\"");

        var burndown = ok(admin.get("/api/v1/sprints/" + sprint + "/burndown")).json();
        assertThat(burndown.get("committed").decimalValue()).isEqualByComparingTo("8");
        assertThat(burndown.get("added").decimalValue()).isEqualByComparingTo("2");
        assertThat(burndown.get("completed").decimalValue()).isEqualByComparingTo("5");
        assertThat(burndown.get("removed").decimalValue()).isEqualByComparingTo("0");
        var burnup = ok(admin.get("/api/v1/sprints/" + sprint + "/burnup")).json();
        assertThat(burnup.get("scope").decimalValue()).isEqualByComparingTo("10");
        assertThat(burnup.get("done").decimalValue()).isEqualByComparingTo("5");
        assertThat(burnup.get("points").get(0).get("scope").decimalValue()).isEqualByComparingTo("8");
        var velocity = ok(admin.get("/api/v1/boards/" + this.board + "/reports/velocity")).json();
        assertThat(velocity.get("sprints").get(0).get("completed").decimalValue()).isEqualByComparingTo("5");
        var inIssues = ok(admin.get("/api/v1/boards/" + this.board + "/reports/velocity?by=issues")).json();
        assertThat(inIssues.get("sprints").get(0).get("committed").decimalValue()).isEqualByComparingTo("2");
        assertThat(inIssues.get("sprints").get(0).get("completed").decimalValue()).isEqualByComparingTo("1");
        assertThat(inIssues.get("averageCompleted").decimalValue()).isEqualByComparingTo("1");
        Problems.assertProblem(admin.get("/api/v1/boards/" + this.board + "/reports/velocity?by=hours"), 400);
        var outbox = jdbc.sql("select event_type from outbox where project_key = ? and aggregate_type = 'sprint' order by id")
                .param(project).query(String.class).list();
        assertThat(outbox).contains("sprint.created", "sprint.planned", "sprint.started", "sprint.completed");
    }

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

    @Test
    void listsFutureSprintsInTheOrderTheyWerePlannedAndMovesUnfinishedWorkToTheFirstOfThem() {
        var a = story("Search", 3);
        var sprints = new java.util.ArrayList<Long>();
        for (var name : List.of("Sprint 1", "Sprint 2", "Sprint 3")) {
            sprints.add(ok(admin.post("/api/v1/boards/" + board + "/sprints", Map.of("name", name))).json().get("id").asLong());
        }
        ok(admin.post("/api/v1/sprints/" + sprints.get(0) + "/issues", Map.of("add", List.of(a))));
        ok(admin.post("/api/v1/sprints/" + sprints.get(0) + "/start", Map.of()));
        var listed = ok(admin.get("/api/v1/boards/" + board + "/sprints")).json();
        assertThat(listed.valueStream().map(s -> s.get("name").asString()).toList()).containsExactly("Sprint 1", "Sprint 2", "Sprint 3");

        ok(admin.post("/api/v1/sprints/" + sprints.get(0) + "/complete", Map.of("moveTo", "next")));

        assertThat(search("sprint = " + sprints.get(1))).containsExactly(a);
    }

    @Test
    void startsASprintOnTheDatesSentWithItsGoalAndOnThePlannedOnesWhenNoneAreSent() {
        long sent = ok(admin.post("/api/v1/boards/" + board + "/sprints", Map.of("name", "Sent", "goal", "Old goal",
                "startDate", "2026-12-01T09:00:00Z", "endDate", "2026-12-14T17:00:00Z"))).json().get("id").asLong();

        var started = ok(admin.post("/api/v1/sprints/" + sent + "/start", Map.of("goal", "Sign-in works",
                "startDate", "2026-12-02T08:30:00Z", "endDate", "2026-12-18T17:00:00Z"))).json();

        assertThat(started.get("startDate").asString()).isEqualTo("2026-12-02T08:30:00Z");
        assertThat(started.get("endDate").asString()).isEqualTo("2026-12-18T17:00:00Z");
        assertThat(started.get("goal").asString()).isEqualTo("Sign-in works");
        ok(admin.post("/api/v1/sprints/" + sent + "/complete", Map.of()));

        long planned = ok(admin.post("/api/v1/boards/" + board + "/sprints", Map.of("goal", "Kept",
                "startDate", "2026-12-21T09:00:00Z", "endDate", "2027-01-04T17:00:00Z"))).json().get("id").asLong();
        var kept = ok(admin.post("/api/v1/sprints/" + planned + "/start", Map.of())).json();
        assertThat(kept.get("startDate").asString()).isEqualTo("2026-12-21T09:00:00Z");
        assertThat(kept.get("endDate").asString()).isEqualTo("2027-01-04T17:00:00Z");
        assertThat(kept.get("goal").asString()).isEqualTo("Kept");
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
    void refusesASprintGoalOverAThousandCharactersInWordsAndRenamesTheSprintWhenItStarts() {
        long sprint = ok(admin.post("/api/v1/boards/" + board + "/sprints", Map.of("name", "Draft"))).json().get("id").asLong();
        var refused = Problems.assertProblem(admin.patch("/api/v1/sprints/" + sprint, Map.of("goal", "g".repeat(1001))), 400);
        assertThat(refused.get("errors").get(0).get("field").asString()).isEqualTo("goal");
        assertThat(refused.get("errors").get(0).get("message").asString()).contains("at most 1,000 characters").contains("1,001");
        Problems.assertProblem(admin.post("/api/v1/boards/" + board + "/sprints", Map.of("goal", "g".repeat(5000))), 400);
        Problems.assertProblem(admin.post("/api/v1/sprints/" + sprint + "/start", Map.of("goal", "g".repeat(1001))), 400);

        var started = ok(admin.post("/api/v1/sprints/" + sprint + "/start", Map.of("name", "Sprint Alpha", "goal", "g".repeat(1000)))).json();

        assertThat(started.get("name").asString()).isEqualTo("Sprint Alpha");
        assertThat(started.get("goal").asString()).hasSize(1000);
    }

    @Test
    void clearsAGoalSentBlankAndRefusesToStartASprintEndingBeforeItStartsAtItsEndDate() {
        long sprint = ok(admin.post("/api/v1/boards/" + board + "/sprints", Map.of("goal", "Old goal"))).json().get("id").asLong();

        var refused = Problems.assertProblem(admin.post("/api/v1/sprints/" + sprint + "/start", Map.of("goal", " ",
                "startDate", "2026-12-10T09:00:00Z", "endDate", "2026-12-01T17:00:00Z")), 400);
        assertThat(refused.get("errors").get(0).get("field").asString()).isEqualTo("endDate");
        assertThat(ok(admin.get("/api/v1/sprints/" + sprint)).json().get("state").asString()).isEqualTo("future");

        var started = ok(admin.post("/api/v1/sprints/" + sprint + "/start", Map.of("goal", " ",
                "startDate", "2026-12-10T09:00:00Z", "endDate", "2026-12-10T17:00:00Z"))).json();
        assertThat(started.get("goal").isNull()).as(started.toString()).isTrue();
    }

    @Test
    void refusesToStartASecondSprintOrCompleteOneThatIsNotActive() {
        long first = ok(admin.post("/api/v1/boards/" + board + "/sprints", Map.of())).json().get("id").asLong();
        long second = ok(admin.post("/api/v1/boards/" + board + "/sprints", Map.of())).json().get("id").asLong();
        Problems.assertProblem(admin.post("/api/v1/sprints/" + first + "/complete", Map.of()), 409);
        ok(admin.post("/api/v1/sprints/" + first + "/start", Map.of()));

        var refused = Problems.assertProblem(admin.post("/api/v1/sprints/" + second + "/start", Map.of()), 409);
        assertThat(refused.get("detail").asString()).contains("still active");
        Problems.assertProblem(admin.post("/api/v1/sprints/" + first + "/start", Map.of()), 409);
    }

    @Test
    void movesUnfinishedIssuesToTheBacklogWhenAskedTo() {
        var a = story("Search", 3);
        long sprint = ok(admin.post("/api/v1/boards/" + board + "/sprints", Map.of())).json().get("id").asLong();
        ok(admin.post("/api/v1/sprints/" + sprint + "/issues", Map.of("add", List.of(a))));
        ok(admin.post("/api/v1/sprints/" + sprint + "/start", Map.of()));

        ok(admin.post("/api/v1/sprints/" + sprint + "/complete", Map.of("moveTo", "backlog")));

        var backlog = ok(admin.get("/api/v1/boards/" + board + "/backlog")).json();
        assertThat(backlog.get("backlog").toString()).contains(a);
        assertThat(search("sprint in openSprints() AND project = " + project)).isEmpty();
    }

    @Test
    void showsABoardInConfiguredColumnsWithWipLimitsAndSwimlanes() {
        var kanban = ok(admin.post("/api/v1/boards", Map.of("project", project, "name", "Flow", "kind", "kanban",
                "swimlanes", "priority",
                "columns", List.of(Map.of("name", "Open", "statuses", List.of("To Do"), "max", 1),
                        Map.of("name", "Doing", "statuses", List.of("In Progress", "In Review"), "min", 1),
                        Map.of("name", "Done", "statuses", List.of("Done"))),
                "quickFilters", List.of(Map.of("name", "Big", "jql", "\"Story Points\" >= 5"))))).json();
        story("One", 5);
        story("Two", 1);

        var issues = ok(admin.get("/api/v1/boards/" + kanban.get("id").asLong() + "/issues")).json();
        assertThat(issues.get("columns").get(0).get("state").asString()).isEqualTo("over");
        assertThat(issues.get("columns").get(1).get("state").asString()).isEqualTo("under");
        assertThat(issues.get("lanes").get(0).get("name").asString()).isEqualTo("Medium");
        var big = ok(admin.get("/api/v1/boards/" + kanban.get("id").asLong() + "/issues?quickFilter=0")).json();
        assertThat(big.get("total").asInt()).isEqualTo(1);
        var badColumn = admin.put("/api/v1/boards/" + kanban.get("id").asLong(), Map.of("columns",
                List.of(Map.of("name", "X", "statuses", List.of("Nope")))));
        assertThat(Problems.assertProblem(badColumn, 400).get("detail").asString()).contains("no status 'Nope'");
    }

    @Test
    void showsEpicProgressAndSubtaskRollupsInTheBacklog() {
        var epic = ok(admin.post("/api/v1/issues", Map.of("project", project, "type", "Epic", "summary", "Accounts"))).json().get("key").asString();
        var login = ok(admin.post("/api/v1/issues", Map.of("project", project, "type", "Story", "summary", "Login", "storyPoints", 5,
                "parent", epic))).json().get("key").asString();
        var logout = ok(admin.post("/api/v1/issues", Map.of("project", project, "type", "Story", "summary", "Logout", "storyPoints", 3,
                "parent", epic))).json().get("key").asString();
        ok(admin.post("/api/v1/issues", Map.of("project", project, "type", "Sub-task", "summary", "Form", "storyPoints", 2, "parent", login)));
        ok(admin.post("/api/v1/issues/" + logout + "/transitions", Map.of("status", "Done")));

        var backlog = ok(admin.get("/api/v1/boards/" + board + "/backlog")).json();

        var progress = backlog.get("epics").get(0);
        assertThat(progress.get("key").asString()).isEqualTo(epic);
        assertThat(progress.get("issues").asInt()).isEqualTo(2);
        assertThat(progress.get("done").asInt()).isEqualTo(1);
        assertThat(progress.get("points").decimalValue()).isEqualByComparingTo("8");
        assertThat(progress.get("donePoints").decimalValue()).isEqualByComparingTo("3");
        var card = backlog.get("backlog").get(0);
        assertThat(card.get("key").asString()).isEqualTo(login);
        assertThat(card.get("subtaskPoints").decimalValue()).isEqualByComparingTo("2");
        assertThat(backlog.get("backlog")).hasSize(1);
        var byEpic = ok(admin.get("/api/v1/boards/" + board + "/backlog?epic=" + epic)).json();
        assertThat(byEpic.get("backlog")).hasSize(1);
        var otherEpic = ok(admin.get("/api/v1/boards/" + board + "/backlog?epic=" + project + "-999")).json();
        assertThat(otherEpic.get("backlog")).isEmpty();
    }

    @Test
    void showsEachCardsEstimateAndTheSprintsTotalInTheBacklogAndOnTheBoard() {
        var login = estimated("Login", "2d 4h");
        var logout = estimated("Logout", "4h");
        var profile = story("Profile", 1);
        var later = estimated("Later", "1w");
        ok(admin.post("/api/v1/issues/" + logout + "/worklogs", Map.of("timeSpent", "1h")));
        ok(admin.patch("/api/v1/issues/" + login, Map.of("remainingEstimate", "")));
        long sprint = ok(admin.post("/api/v1/boards/" + board + "/sprints", Map.of("name", "Sprint 1"))).json().get("id").asLong();
        ok(admin.post("/api/v1/sprints/" + sprint + "/issues", Map.of("add", List.of(login, logout, profile))));

        var backlog = ok(admin.get("/api/v1/boards/" + board + "/backlog")).json();
        var planned = backlog.get("sprints").get(0);
        var cards = new java.util.HashMap<String, tools.jackson.databind.JsonNode>();
        planned.get("issues").values().forEach(c -> cards.put(c.get("key").asString(), c));
        ok(admin.post("/api/v1/sprints/" + sprint + "/start", Map.of()));
        var onBoard = ok(admin.get("/api/v1/boards/" + board + "/issues")).json().toString();

        assertThat(cards.get(login).get("estimateSeconds").asLong()).as("the original, none remaining set").isEqualTo(20 * 3600);
        assertThat(cards.get(logout).get("estimateSeconds").asLong()).as("what remains").isEqualTo(3 * 3600);
        assertThat(cards.get(profile).get("estimateSeconds").isNull()).isTrue();
        assertThat(planned.get("estimateSeconds").asLong()).isEqualTo(23 * 3600);
        assertThat(backlog.get("backlog").get(0).get("key").asString()).isEqualTo(later);
        assertThat(backlog.get("backlog").get(0).get("estimateSeconds").asLong()).isEqualTo(40 * 3600);
        assertThat(onBoard).contains("\"estimateSeconds\":" + 3 * 3600);
    }

    @Test
    void movesManyIssuesBetweenSprintsKeepingEachOnesHistoryAndBothSprintsEvents() {
        var keys = new ArrayList<String>();
        for (int i = 0; i < 12; i++) {
            keys.add(story("Story " + i, 1));
        }
        long first = ok(admin.post("/api/v1/boards/" + board + "/sprints", Map.of("name", "First"))).json().get("id").asLong();
        long second = ok(admin.post("/api/v1/boards/" + board + "/sprints", Map.of("name", "Second"))).json().get("id").asLong();
        ok(admin.post("/api/v1/sprints/" + first + "/issues", Map.of("add", keys)));
        long before = lastOutboxId();

        var moved = ok(admin.post("/api/v1/sprints/" + second + "/issues", Map.of("add", keys.subList(0, 10), "remove", List.of(keys.get(11)))));

        assertThat(moved.json().get("issueKeys")).hasSize(10);
        assertThat(search("sprint = " + first)).containsExactlyInAnyOrder(keys.get(10), keys.get(11));
        var planned = jdbc.sql("select aggregate_id from outbox where id > ? and event_type = 'sprint.planned' order by id")
                .param(before).query(String.class).list();
        assertThat(planned).containsExactlyInAnyOrder(String.valueOf(first), String.valueOf(second));
        var changes = jdbc.sql("""
                select count(*) from issue_changes c join issues i on i.id = c.issue_id
                where i.key = any(?) and c.field = 'Sprint' and c.from_id = ? and c.to_id = ?""")
                .params(keys.toArray(String[]::new), first, second).query(Long.class).single();
        assertThat(changes).isEqualTo(10);
    }

    @Test
    void keepsSubtasksInTheirParentsSprint() {
        var parent = story("Checkout", 5);
        var subtask = ok(admin.post("/api/v1/issues", Map.of("project", project, "type", "Sub-task", "summary", "Form", "parent", parent)))
                .json().get("key").asString();
        long sprint = ok(admin.post("/api/v1/boards/" + board + "/sprints", Map.of())).json().get("id").asLong();

        var refused = Problems.assertProblem(admin.post("/api/v1/sprints/" + sprint + "/issues", Map.of("add", List.of(subtask))), 400);
        assertThat(refused.toString()).contains(subtask + " is a sub-task").contains("plan " + parent + " instead");
        ok(admin.post("/api/v1/sprints/" + sprint + "/issues", Map.of("add", List.of(parent))));
        assertThat(search("sprint = " + sprint)).containsExactlyInAnyOrder(parent, subtask);
        Problems.assertProblem(admin.post("/api/v1/sprints/" + sprint + "/issues", Map.of("remove", List.of(subtask))), 400);

        ok(admin.post("/api/v1/issues/" + subtask + "/transitions", Map.of("status", "Done")));
        ok(admin.post("/api/v1/sprints/" + sprint + "/start", Map.of()));
        ok(admin.post("/api/v1/sprints/" + sprint + "/complete", Map.of("moveTo", "next")));
        assertThat(search("sprint in futureSprints() AND project = " + project)).containsExactlyInAnyOrder(parent, subtask);
        long next = ok(admin.get("/api/v1/boards/" + board + "/sprints?includeClosed=false")).json().get(0).get("id").asLong();
        ok(admin.post("/api/v1/sprints/" + next + "/issues", Map.of("remove", List.of(parent))));
        assertThat(search("sprint = " + next)).isEmpty();
    }

    @Test
    void findsEverySprintOfAGivenNameAcrossBoardsAsJiraDoesAndOneSprintById() {
        long other = ok(admin.post("/api/v1/boards", Map.of("project", project, "name", "Other team", "kind", "scrum"))).json().get("id").asLong();
        var a = story("Ours", 1);
        var b = story("Theirs", 1);
        long ours = ok(admin.post("/api/v1/boards/" + board + "/sprints", Map.of("name", "Sprint 7"))).json().get("id").asLong();
        long theirs = ok(admin.post("/api/v1/boards/" + other + "/sprints", Map.of("name", "Sprint 7"))).json().get("id").asLong();
        ok(admin.post("/api/v1/sprints/" + ours + "/issues", Map.of("add", List.of(a))));
        ok(admin.post("/api/v1/sprints/" + theirs + "/issues", Map.of("add", List.of(b))));

        assertThat(search("project = " + project + " AND sprint = \"Sprint 7\"")).containsExactlyInAnyOrder(a, b);
        assertThat(search("sprint = " + ours)).containsExactly(a);
    }

    @Test
    void deletingABoardTakesTheIssuesOutOfItsOpenSprintsEachWithAnEntryInItsHistory() {
        var a = story("Sign in", 3);
        long sprint = ok(admin.post("/api/v1/boards/" + board + "/sprints", Map.of("name", "Doomed sprint"))).json().get("id").asLong();
        ok(admin.post("/api/v1/sprints/" + sprint + "/issues", Map.of("add", List.of(a))));

        assertThat(admin.delete("/api/v1/boards/" + board).status()).isEqualTo(204);

        assertThat(admin.get("/api/v1/issues/" + a + "/history").json().toString())
                .contains("\"field\":\"Sprint\"").contains("\"from\":\"Doomed sprint\"");
    }

    private long lastOutboxId() {
        return jdbc.sql("select coalesce(max(id), 0) from outbox").query(Long.class).single();
    }

    private String story(String summary, int points) {
        var r = admin.post("/api/v1/issues", Map.of("project", project, "type", "Story", "summary", summary, "storyPoints", points));
        return ok(r).json().get("key").asString();
    }

    private String estimated(String summary, String originalEstimate) {
        var r = admin.post("/api/v1/issues", Map.of("project", project, "type", "Story", "summary", summary, "originalEstimate", originalEstimate));
        return ok(r).json().get("key").asString();
    }

    private List<String> search(String jql) {
        var found = ok(admin.get("/api/v1/search?maxResults=100&jql=" + URLEncoder.encode(jql, StandardCharsets.UTF_8)));
        var keys = new ArrayList<String>();
        found.json().get("issues").forEach(i -> keys.add(i.get("key").asString()));
        return keys;
    }

    private static Api.Response ok(Api.Response r) {
        assertThat(r.status()).as(r.toString()).isBetween(200, 299);
        return r;
    }
}
