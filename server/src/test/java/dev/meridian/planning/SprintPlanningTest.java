package dev.meridian.planning;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meridian.support.MeridianTest;
import dev.meridian.support.Problems;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Issues in and out of sprints: many moved at once, sub-tasks with their parents, sprints found by name, the backlog. */
@MeridianTest
class SprintPlanningTest extends ScrumBoardFixture {

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

    private String estimated(String summary, String originalEstimate) {
        var r = admin.post("/api/v1/issues", Map.of("project", project, "type", "Story", "summary", summary, "originalEstimate", originalEstimate));
        return ok(r).json().get("key").asString();
    }

    private long lastOutboxId() {
        return jdbc.sql("select coalesce(max(id), 0) from outbox").query(Long.class).single();
    }
}
