package dev.meridian.planning;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meridian.support.MeridianTest;
import dev.meridian.support.Problems;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A sprint from planning through start to completion, and what becomes of its unfinished issues. */
@MeridianTest
class SprintLifecycleTest extends ScrumBoardFixture {

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
    void listsFutureSprintsInTheOrderTheyWerePlannedAndMovesUnfinishedWorkToTheFirstOfThem() {
        var a = story("Search", 3);
        var sprints = new ArrayList<Long>();
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
}
