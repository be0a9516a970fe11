package dev.meridian.issues;

import static dev.meridian.support.Problems.assertProblem;
import static dev.meridian.support.Problems.messagesByField;
import static org.assertj.core.api.Assertions.assertThat;

import dev.meridian.support.Api;
import dev.meridian.support.Fixtures;
import dev.meridian.support.MeridianTest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Jira's Move: an issue, with its sub-tasks, to another project, under new keys its old ones still find. */
@MeridianTest
class IssueMoveTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    private Fixtures fixtures;
    private Api admin;
    private String from;
    private String to;

    @BeforeEach
    void twoProjects() {
        fixtures = new Fixtures(port);
        admin = fixtures.admin();
        from = fixtures.project();
        to = fixtures.project();
    }

    @Test
    void movesTheIssueAndItsSubtasksUnderTheTargetsNextKeysKeepingWhatHappenedAndDroppingTheOldProjectsVersions() {
        ok(admin.post("/api/v1/projects/" + from + "/versions", Map.of("name", "1.0")));
        ok(admin.post("/api/v1/projects/" + from + "/components", Map.of("name", "Core")));
        var existing = fixtures.issue(to);
        var story = fixtures.issue(from, admin, "Checkout");
        ok(admin.patch("/api/v1/issues/" + story, Map.of("components", List.of("Core"), "fixVersions", List.of("1.0"), "labels", List.of("web"))));
        var subtask = created(Map.of("project", from, "type", "Sub-task", "summary", "Card form", "parent", story));
        var other = fixtures.issue(from);
        ok(admin.post("/api/v1/issues/" + story + "/links", Map.of("type", "blocks", "issue", other)));
        ok(admin.post("/api/v1/issues/" + story + "/comments", Map.of("body", "Started")));
        ok(admin.post("/api/v1/issues/" + story + "/worklogs", Map.of("timeSpent", "1h")));

        var moved = ok(admin.post("/api/v1/issues/" + story + "/move", Map.of("project", to))).json();

        var number = Integer.parseInt(existing.substring(to.length() + 1));
        var key = to + "-" + (number + 1);
        assertThat(moved.get("key").asString()).isEqualTo(key);
        assertThat(moved.get("projectKey").asString()).isEqualTo(to);
        assertThat(moved.get("status").asString()).isEqualTo("To Do");
        assertThat(moved.get("components")).isEmpty();
        assertThat(moved.get("fixVersions")).isEmpty();
        assertThat(texts(moved.get("labels"))).containsExactly("web");
        assertThat(texts(moved.get("subtaskKeys"))).containsExactly(to + "-" + (number + 2));
        assertThat(moved.get("links").get(0).get("key").asString()).isEqualTo(other);
        assertThat(moved.get("timeTracking").get("timeSpentSeconds").asLong()).isEqualTo(3600);
        assertThat(ok(admin.get("/api/v1/issues/" + key + "/comments")).json().get(0).get("body").asString()).isEqualTo("Started");
        var movedSubtask = ok(admin.get("/api/v1/issues/" + subtask)).json();
        assertThat(movedSubtask.get("key").asString()).as("the old key finds the sub-task").isEqualTo(to + "-" + (number + 2));
        assertThat(movedSubtask.get("parentKey").asString()).isEqualTo(key);
        assertThat(ok(admin.get("/api/v1/issues/" + other)).json().get("links").get(0).get("key").asString()).isEqualTo(key);
        var items = historyItems(key);
        assertThat(items).contains("project: Project " + from + " → Project " + to, "key: " + story + " → " + key,
                "components: Core → null", "fixVersions: 1.0 → null");
        assertThat(items).noneMatch(item -> item.startsWith("status") || item.startsWith("type"));
    }

    @Test
    void findsTheIssueByItsOldKeyInTheApiJqlAndTheJiraApi() {
        var issue = fixtures.issue(from, admin, "Moved away");
        var key = ok(admin.post("/api/v1/issues/" + issue + "/move", Map.of("project", to))).json().get("key").asString();

        assertThat(ok(admin.get("/api/v1/issues/" + issue)).json().get("key").asString()).isEqualTo(key);
        assertThat(search("key = " + issue)).containsExactly(key);
        assertThat(search("project = " + from)).doesNotContain(key);
        assertThat(search("project = " + to)).contains(key);
        assertThat(ok(admin.get("/rest/api/2/issue/" + issue)).json().get("key").asString()).isEqualTo(key);
        ok(admin.post("/api/v1/issues/" + issue + "/comments", Map.of("body", "Through the old key")));
        assertThat(jdbc.sql("select project_key from outbox where event_type = 'comment.added' and payload->>'issueKey' = ?")
                .param(key).query(String.class).single()).as("a change made through the old key is the new project's").isEqualTo(to);
    }

    @Test
    void asksForTheTypesAndStatusesTheTargetLacksAndMovesWithTheChosenOnes() {
        ok(admin.post("/api/v1/projects/" + from + "/types", Map.of("name", "Spike", "level", "standard")));
        ok(admin.put("/api/v1/projects/" + to + "/workflow", MoveTargets.workflow("To Do", "In Progress", "Done")));
        var spike = created(Map.of("project", from, "type", "Spike", "summary", "Try the new cache"));
        ok(admin.post("/api/v1/issues/" + spike + "/transitions", Map.of("status", "In Progress")));
        ok(admin.post("/api/v1/issues/" + spike + "/transitions", Map.of("status", "In Review")));

        var refused = assertProblem(admin.post("/api/v1/issues/" + spike + "/move", Map.of("project", to)), 400);
        var wrongChoice = assertProblem(admin.post("/api/v1/issues/" + spike + "/move", Map.of("project", to,
                "types", Map.of("Spike", "Sub-task"), "statuses", Map.of("In Review", "Waiting"))), 400);
        var stayed = ok(admin.get("/api/v1/issues/" + spike)).json();
        var moved = ok(admin.post("/api/v1/issues/" + spike + "/move", Map.of("project", to,
                "types", Map.of("Spike", "Task"), "statuses", Map.of("In Review", "In Progress")))).json();

        assertThat(messagesByField(refused)).containsExactlyInAnyOrderEntriesOf(Map.of(
                "types.Spike", to + " has no issue type 'Spike'; choose one of its standard types: Story, Task, Bug",
                "statuses.In Review", to + "'s workflow has no status 'In Review'; choose one of: To Do, In Progress, Done"));
        assertThat(messagesByField(wrongChoice).get("types.Spike")).startsWith("'Sub-task' is not one of " + to + "'s standard types");
        assertThat(messagesByField(wrongChoice).get("statuses.In Review")).startsWith("'Waiting' is not a status of " + to + "'s workflow");
        assertThat(stayed.get("key").asString()).as("a refused move moves nothing").isEqualTo(spike);
        assertThat(moved.get("type").asString()).isEqualTo("Task");
        assertThat(moved.get("status").asString()).isEqualTo("In Progress");
        assertThat(historyItems(moved.get("key").asString())).contains("type: Spike → Task", "status: In Review → In Progress");
    }

    @Test
    void refusesASubtaskAloneTheSameOrAnUnknownProjectAndCallersWhoMayNotDeleteHereOrCreateThere() {
        var reporter = fixtures.user("reporter");
        var colleague = fixtures.user("colleague");
        fixtures.member(from, reporter, "member");
        fixtures.member(from, colleague, "member");
        fixtures.member(to, colleague, "member");
        fixtures.member(to, reporter, "viewer");
        var story = fixtures.issue(from, reporter, "Reported by a member");
        var subtask = created(Map.of("project", from, "type", "Sub-task", "summary", "Part", "parent", story));

        var alone = assertProblem(admin.post("/api/v1/issues/" + subtask + "/move", Map.of("project", to)), 409);
        var same = assertProblem(admin.post("/api/v1/issues/" + story + "/move", Map.of("project", from)), 400);
        var unknown = assertProblem(admin.post("/api/v1/issues/" + story + "/move", Map.of("project", "NOPE")), 400);
        var none = assertProblem(admin.post("/api/v1/issues/" + story + "/move", Map.of()), 400);
        var notReporter = assertProblem(colleague.post("/api/v1/issues/" + story + "/move", Map.of("project", to)), 403);
        var viewerThere = assertProblem(reporter.post("/api/v1/issues/" + story + "/move", Map.of("project", to)), 403);

        assertThat(alone.get("detail").asString()).isEqualTo(subtask + " is a sub-task: it moves with its parent " + story + "; move " + story + " instead");
        assertThat(messagesByField(same).get("project")).isEqualTo("the issue is already in " + from + "; choose another project");
        assertThat(messagesByField(unknown).get("project")).isEqualTo("there is no project 'NOPE' you are a member of; choose one of yours");
        assertThat(messagesByField(none).get("project")).isEqualTo("choose the project to move the issue to");
        assertThat(notReporter.get("detail").asString()).isEqualTo("Only the reporter of " + story + " or an admin of " + from + " can move it");
        assertThat(viewerThere.get("detail").asString()).startsWith("Viewers of " + to + " cannot create issues in it");
        assertThat(ok(admin.get("/api/v1/issues/" + story)).json().get("key").asString()).isEqualTo(story);
    }

    @Test
    void leavesTheOpenSprintsOfTheOldProjectAndTakesAnEpicAwayFromItsIssues() {
        long board = ok(admin.post("/api/v1/boards", Map.of("project", from, "name", "Team", "kind", "scrum"))).json().get("id").asLong();
        long sprint = ok(admin.post("/api/v1/boards/" + board + "/sprints", Map.of("name", "Sprint 1"))).json().get("id").asLong();
        var story = fixtures.issue(from, admin, "Planned");
        var epic = created(Map.of("project", from, "type", "Epic", "summary", "Payments"));
        var child = created(Map.of("project", from, "type", "Task", "summary", "In the epic", "parent", epic));
        ok(admin.post("/api/v1/sprints/" + sprint + "/issues", Map.of("add", List.of(story, child))));

        var moved = ok(admin.post("/api/v1/issues/" + story + "/move", Map.of("project", to))).json().get("key").asString();
        var movedEpic = ok(admin.post("/api/v1/issues/" + epic + "/move", Map.of("project", to))).json();

        assertThat(texts(ok(admin.get("/api/v1/sprints/" + sprint)).json().get("issueKeys"))).containsExactly(child);
        assertThat(historyItems(moved)).contains("Sprint: Sprint 1 → null");
        assertThat(movedEpic.get("type").asString()).isEqualTo("Epic");
        var left = ok(admin.get("/api/v1/issues/" + child)).json();
        assertThat(left.get("projectKey").asString()).isEqualTo(from);
        assertThat(left.has("parentKey") && !left.get("parentKey").isNull()).as("no longer under the epic").isFalse();
        assertThat(historyItems(child)).contains("parent: " + epic + " → null");
    }

    @Test
    void recordsTheMoveAsTheOldKeyDeletedAndTheNewCreatedWithItsCommentsAndLinksOnce() {
        var issue = fixtures.issue(from, admin, "Followed");
        var other = fixtures.issue(from);
        ok(admin.post("/api/v1/issues/" + issue + "/links", Map.of("type", "relates to", "issue", other)));
        ok(admin.post("/api/v1/issues/" + issue + "/comments", Map.of("body", "First")));
        long before = jdbc.sql("select coalesce(max(id), 0) from outbox").query(Long.class).single();

        var key = ok(admin.post("/api/v1/issues/" + issue + "/move", Map.of("project", to))).json().get("key").asString();

        var events = jdbc.sql("""
                select event_type || ' ' || aggregate_id || ' ' || project_key || ' '
                       || coalesce(payload->>'movedTo', payload->>'movedFrom', payload->>'issueKey', payload->>'outwardKey')
                from outbox where id > ? and aggregate_type in ('issue', 'comment', 'link') order by id""")
                .param(before).query(String.class).list();
        assertThat(events).hasSize(4);
        assertThat(events.get(0)).isEqualTo("issue.deleted " + issue + " " + from + " " + key);
        assertThat(events.get(1)).isEqualTo("issue.created " + key + " " + to + " " + issue);
        assertThat(events.get(2)).startsWith("comment.added ").endsWith(" " + to + " " + key);
        assertThat(events.get(3)).startsWith("link.created ").endsWith(" " + to + " " + key);
    }

    private String created(Map<String, Object> issue) {
        var r = admin.post("/api/v1/issues", issue);
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json().get("key").asString();
    }

    private List<String> historyItems(String key) {
        var items = new ArrayList<String>();
        ok(admin.get("/api/v1/issues/" + key + "/history")).json().forEach(entry -> entry.get("items").forEach(item ->
                items.add(item.get("field").asString() + ": " + item.get("from").asString("null") + " → " + item.get("to").asString("null"))));
        return items;
    }

    private List<String> search(String jql) {
        var keys = new ArrayList<String>();
        ok(admin.get("/api/v1/search?jql=" + URLEncoder.encode(jql, StandardCharsets.UTF_8))).json().get("issues")
                .forEach(issue -> keys.add(issue.get("key").asString()));
        return keys;
    }

    private static List<String> texts(JsonNode array) {
        var texts = new ArrayList<String>();
        array.forEach(node -> texts.add(node.asString()));
        return texts;
    }

    private static Api.Response ok(Api.Response r) {
        assertThat(r.status()).as(r.toString()).isBetween(200, 299);
        return r;
    }
}
