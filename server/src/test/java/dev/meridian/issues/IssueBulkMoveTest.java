package dev.meridian.issues;

import static dev.meridian.support.Problems.assertProblem;
import static dev.meridian.support.Problems.messagesByField;
import static org.assertj.core.api.Assertions.assertThat;

import dev.meridian.support.Api;
import dev.meridian.support.Fixtures;
import dev.meridian.support.MeridianTest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Jira's bulk Move: the selected issues of one project to another, planned as a whole, moved and reported per key. */
@MeridianTest
class IssueBulkMoveTest {

    @LocalServerPort
    int port;

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
        ok(admin.post("/api/v1/projects/" + from + "/types", Map.of("name", "Spike", "level", "standard")));
        ok(admin.put("/api/v1/projects/" + to + "/workflow", MoveTargets.workflow("To Do", "In Progress", "Done")));
    }

    @Test
    void plansTheSelectionAsAWholeAskingForEachTypeAndStatusTheProjectLacksOnce() {
        ok(admin.post("/api/v1/projects/" + from + "/components", Map.of("name", "Core")));
        var story = fixtures.issue(from, admin, "With a sub-task left out");
        created(Map.of("project", from, "type", "Sub-task", "summary", "Goes along", "parent", story));
        ok(admin.patch("/api/v1/issues/" + story, Map.of("components", List.of("Core"))));
        var firstSpike = inReview(created(Map.of("project", from, "type", "Spike", "summary", "One")));
        var secondSpike = inReview(created(Map.of("project", from, "type", "Spike", "summary", "Two")));
        var parent = fixtures.issue(from, admin, "Selected with its sub-task");
        var selectedSubtask = created(Map.of("project", from, "type", "Sub-task", "summary", "Selected", "parent", parent));
        var otherParent = fixtures.issue(from, admin, "Not selected");
        var alone = created(Map.of("project", from, "type", "Sub-task", "summary", "Alone", "parent", otherParent));

        var plan = ok(admin.post("/api/v1/issues/move/plan", Map.of("project", to,
                "keys", List.of(story, firstSpike, secondSpike, selectedSubtask, parent, alone)))).json();

        assertThat(plan.get("project").asString()).isEqualTo(to);
        assertThat(texts(plan.get("moving"))).containsExactly(story, firstSpike, secondSpike, parent);
        assertThat(plan.get("along").get(0).get("key").asString()).isEqualTo(selectedSubtask);
        assertThat(plan.get("along").get(0).get("parent").asString()).isEqualTo(parent);
        assertThat(plan.get("refused").get(0).get("detail").asString())
                .isEqualTo(alone + " is a sub-task: it moves with its parent " + otherParent + "; move " + otherParent + " instead");
        assertThat(plan.get("subtasks").asInt()).as("the selected sub-task and the one left out").isEqualTo(2);
        assertThat(plan.get("types")).hasSize(1);
        assertThat(plan.get("types").get(0).get("from").asString()).isEqualTo("Spike");
        assertThat(texts(plan.get("types").get(0).get("choices"))).containsExactly("Story", "Task", "Bug");
        assertThat(plan.get("statuses")).hasSize(1);
        assertThat(plan.get("statuses").get(0).get("from").asString()).isEqualTo("In Review");
        assertThat(plan.get("dropped").get("components").asInt()).isEqualTo(1);
        assertThat(ok(admin.get("/api/v1/issues/" + firstSpike)).json().get("projectKey").asString()).as("a plan moves nothing").isEqualTo(from);
    }

    @Test
    void movesEachIssueWithTheChosenTypeAndStatusAndListsTheRefusedSubtaskByKey() {
        var spike = inReview(created(Map.of("project", from, "type", "Spike", "summary", "Spike")));
        var parent = fixtures.issue(from, admin, "Parent");
        var subtask = created(Map.of("project", from, "type", "Sub-task", "summary", "With its parent", "parent", parent));
        var otherParent = fixtures.issue(from, admin, "Stays");
        var alone = created(Map.of("project", from, "type", "Sub-task", "summary", "Alone", "parent", otherParent));

        var result = ok(admin.post("/api/v1/issues/move", Map.of("project", to, "keys", List.of(spike, subtask, parent, alone),
                "types", Map.of("Spike", "Task"), "statuses", Map.of("In Review", "In Progress")))).json();

        assertThat(result.get("updated").asInt()).isEqualTo(3);
        assertThat(result.get("failed").asInt()).isEqualTo(1);
        var outcomes = new LinkedHashMap<String, String>();
        result.get("results").forEach(entry -> outcomes.put(entry.get("key").asString(), entry.get("outcome").asString()));
        assertThat(outcomes).containsExactly(Map.entry(spike, "updated"), Map.entry(subtask, "updated"), Map.entry(parent, "updated"),
                Map.entry(alone, "failed"));
        assertThat(result.get("results").get(3).get("problem").get("status").asInt()).isEqualTo(409);
        var movedSpike = ok(admin.get("/api/v1/issues/" + spike)).json();
        assertThat(movedSpike.get("projectKey").asString()).isEqualTo(to);
        assertThat(movedSpike.get("type").asString()).isEqualTo("Task");
        assertThat(movedSpike.get("status").asString()).isEqualTo("In Progress");
        var movedSubtask = ok(admin.get("/api/v1/issues/" + subtask)).json();
        assertThat(movedSubtask.get("parentKey").asString()).isEqualTo(ok(admin.get("/api/v1/issues/" + parent)).json().get("key").asString());
        assertThat(ok(admin.get("/api/v1/issues/" + alone)).json().get("projectKey").asString()).isEqualTo(from);
    }

    @Test
    void refusesTheWholeSelectionForAMissingChoiceOrAnIssueTheCallerMayNotMove() {
        var member = fixtures.user("member");
        fixtures.member(from, member, "member");
        fixtures.member(to, member, "member");
        var own = fixtures.issue(from, member, "Reported by the member");
        var others = fixtures.issue(from, admin, "Reported by the admin");
        var spikes = List.of(inReview(created(Map.of("project", from, "type", "Spike", "summary", "One"))),
                inReview(created(Map.of("project", from, "type", "Spike", "summary", "Two"))));

        var unchosen = assertProblem(admin.post("/api/v1/issues/move", Map.of("project", to, "keys", spikes)), 400);
        var notTheirs = assertProblem(member.post("/api/v1/issues/move", Map.of("project", to, "keys", List.of(own, others))), 403);
        var none = assertProblem(admin.post("/api/v1/issues/move", Map.of("project", to, "keys", List.of())), 400);

        assertThat(messagesByField(unchosen)).as("each once, however many issues have it").containsExactly(
                Map.entry("types.Spike", to + " has no issue type 'Spike'; choose one of its standard types: Story, Task, Bug"),
                Map.entry("statuses.In Review", to + "'s workflow has no status 'In Review'; choose one of: To Do, In Progress, Done"));
        assertThat(notTheirs.get("detail").asString()).isEqualTo("Only the reporter of " + others + " or an admin of " + from + " can move it");
        assertThat(messagesByField(none).get("keys")).isEqualTo("name 1 to 200 issues to move");
        for (var key : List.of(own, others, spikes.get(0), spikes.get(1))) {
            assertThat(ok(admin.get("/api/v1/issues/" + key)).json().get("projectKey").asString()).as(key + " stayed").isEqualTo(from);
        }
    }

    private String inReview(String key) {
        ok(admin.post("/api/v1/issues/" + key + "/transitions", Map.of("status", "In Progress")));
        ok(admin.post("/api/v1/issues/" + key + "/transitions", Map.of("status", "In Review")));
        return key;
    }

    private String created(Map<String, Object> issue) {
        var r = admin.post("/api/v1/issues", issue);
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json().get("key").asString();
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
