package dev.meridian.issues;

import static dev.meridian.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import dev.meridian.support.Fixtures;
import dev.meridian.support.MeridianTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

@MeridianTest
class BulkEditTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void changesStatusPriorityAndAssigneeOfEverySelectedIssueWithOneEventEach() {
        var fixtures = new Fixtures(port);
        var project = fixtures.project();
        var dev = fixtures.user("dev");
        fixtures.member(project, dev, "member");
        var a = fixtures.issue(project);
        var b = fixtures.issue(project);
        var eventsBefore = events(project, "issue.updated");

        var result = dev.post("/api/v1/issues/bulk", Map.of("keys", List.of(a, b),
                "set", Map.of("status", "In Progress", "priority", "High", "assignee", Fixtures.email(dev))));

        assertThat(result.status()).as(result.toString()).isEqualTo(200);
        assertThat(result.json().get("updated").asInt()).isEqualTo(2);
        assertThat(outcomes(result.json())).containsExactly(a + " updated", b + " updated");
        for (var key : List.of(a, b)) {
            var issue = dev.get("/api/v1/issues/" + key).json();
            assertThat(issue.get("status").asString()).isEqualTo("In Progress");
            assertThat(issue.get("priority").asString()).isEqualTo("High");
            assertThat(issue.get("assignee").get("email").asString()).isEqualTo(Fixtures.email(dev));
        }
        assertThat(events(project, "issue.updated") - eventsBefore).isEqualTo(2);
    }

    @Test
    void addsAndRemovesLabelsKeepingEachIssuesOthersAndReportsIssuesAlreadySo() {
        var fixtures = new Fixtures(port);
        var project = fixtures.project();
        var admin = fixtures.admin();
        var a = fixtures.issue(project);
        var b = fixtures.issue(project);
        admin.patch("/api/v1/issues/" + a, Map.of("labels", List.of("backend", "old")));
        admin.patch("/api/v1/issues/" + b, Map.of("labels", List.of("ui")));

        var result = admin.post("/api/v1/issues/bulk", Map.of("keys", List.of(a, b), "addLabels", List.of("urgent"),
                "removeLabels", List.of("old")));

        assertThat(result.status()).as(result.toString()).isEqualTo(200);
        assertThat(labels(admin.get("/api/v1/issues/" + a).json())).containsExactly("backend", "urgent");
        assertThat(labels(admin.get("/api/v1/issues/" + b).json())).containsExactly("ui", "urgent");

        var again = admin.post("/api/v1/issues/bulk", Map.of("keys", List.of(a, b), "addLabels", List.of("urgent")));
        assertThat(outcomes(again.json())).as("nothing left to change").containsExactly(a + " unchanged", b + " unchanged");
    }

    @Test
    void reportsEachIssueTheWorkflowRefusesAndStillChangesTheOthers() {
        var fixtures = new Fixtures(port);
        var project = fixtures.project();
        var admin = fixtures.admin();
        admin.put("/api/v1/projects/" + project + "/workflow", Map.of(
                "statuses", List.of(Map.of("name", "To Do", "category", "new"), Map.of("name", "Doing", "category", "indeterminate"),
                        Map.of("name", "Done", "category", "done")),
                "transitions", List.of(Map.of("name", "Start", "from", "To Do", "to", "Doing"),
                        Map.of("name", "Finish", "from", "Doing", "to", "Done"))));
        var started = fixtures.issue(project);
        var fresh = fixtures.issue(project);
        admin.post("/api/v1/issues/" + started + "/transitions", Map.of("status", "Doing"));
        var before = admin.get("/api/v1/issues/" + fresh).text();

        var result = admin.post("/api/v1/issues/bulk", Map.of("keys", List.of(started, fresh), "set", Map.of("status", "Done")));

        assertThat(result.status()).as(result.toString()).isEqualTo(200);
        assertThat(outcomes(result.json())).containsExactly(started + " updated", fresh + " failed");
        var problem = result.json().get("results").get(1).get("problem");
        assertThat(problem.get("status").asInt()).isIn(400, 409);
        assertThat(problem.get("detail").asString()).contains("Done");
        assertThat(admin.get("/api/v1/issues/" + fresh).text()).isEqualTo(before);
        assertThat(admin.get("/api/v1/issues/" + started).json().get("status").asString()).isEqualTo("Done");
    }

    @Test
    void reportsAnAssigneeWhoIsNotAMemberForEachIssueAndChangesNothing() {
        var fixtures = new Fixtures(port);
        var project = fixtures.project();
        var outsider = fixtures.user("outsider");
        var a = fixtures.issue(project);

        var result = fixtures.admin().post("/api/v1/issues/bulk", Map.of("keys", List.of(a), "set", Map.of("assignee", Fixtures.email(outsider))));

        assertThat(outcomes(result.json())).containsExactly(a + " failed");
        assertThat(result.json().get("results").get(0).get("problem").get("errors").get(0).get("field").asString()).isEqualTo("assignee");
        assertThat(fixtures.admin().get("/api/v1/issues/" + a).json().get("assignee").isNull()).isTrue();
    }

    @Test
    void refusesTheWholeRequestWhenOneIssueIsOnlyViewableAndChangesNone() {
        var fixtures = new Fixtures(port);
        var mine = fixtures.project();
        var viewed = fixtures.project();
        var dev = fixtures.user("dev");
        fixtures.member(mine, dev, "member");
        fixtures.member(viewed, dev, "viewer");
        var a = fixtures.issue(mine);
        var b = fixtures.issue(viewed);
        var before = fixtures.admin().get("/api/v1/issues/" + a).text();

        assertProblem(dev.post("/api/v1/issues/bulk", Map.of("keys", List.of(a, b), "set", Map.of("priority", "Low"))), 403);

        assertThat(fixtures.admin().get("/api/v1/issues/" + a).text()).isEqualTo(before);
    }

    @Test
    void refusesFieldsABulkEditDoesNotChange() {
        var fixtures = new Fixtures(port);
        var a = fixtures.issue(fixtures.project());

        var problem = assertProblem(fixtures.admin().post("/api/v1/issues/bulk", Map.of("keys", List.of(a), "set", Map.of("summary", "Same for all"))), 400);

        assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("set");
        assertProblem(fixtures.admin().post("/api/v1/issues/bulk", Map.of("keys", List.of(), "set", Map.of("priority", "Low"))), 400);
    }

    private int events(String project, String type) {
        return jdbc.sql("select count(*) from outbox where project_key = ? and event_type = ?").params(project, type).query(Integer.class).single();
    }

    private static List<String> outcomes(JsonNode result) {
        return result.get("results").values().stream().map(r -> r.get("key").asString() + " " + r.get("outcome").asString()).toList();
    }

    private static List<String> labels(JsonNode issue) {
        return issue.get("labels").values().stream().map(JsonNode::asString).toList();
    }
}
