package dev.meridian.projects;

import static dev.meridian.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import dev.meridian.support.Fixtures;
import dev.meridian.support.MeridianTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@MeridianTest
class RemovedStatusIssuesTest {

    @LocalServerPort
    int port;

    private static Map<String, Object> withoutToDo(Map<String, String> moveIssues) {
        return Map.of(
                "statuses", List.of(Map.of("name", "In Progress", "category", "indeterminate"), Map.of("name", "Shipped", "category", "done")),
                "transitions", List.of(Map.of("name", "Ship", "from", "In Progress", "to", "Shipped")),
                "moveIssues", moveIssues);
    }

    @Test
    void refusesToRemoveAStatusWithIssuesUntilTheyHaveSomewhereToGo() {
        var fixtures = new Fixtures(port);
        var project = fixtures.project();
        fixtures.issue(project);
        fixtures.issue(project);

        var usage = fixtures.admin().get("/api/v1/projects/" + project + "/workflow/usage").json();
        assertThat(usage.findValuesAsString("status")).containsExactly("To Do", "In Progress", "In Review", "Done");
        assertThat(usage.findValues("issues").stream().map(n -> n.asInt()).toList()).containsExactly(2, 0, 0, 0);

        var refused = assertProblem(fixtures.admin().put("/api/v1/projects/" + project + "/workflow", withoutToDo(Map.of())), 409);

        assertThat(refused.get("detail").asString()).contains("'To Do' still has 2 issues").contains("moveIssues");
        assertThat(refused.get("issuesInRemovedStatuses").get("To Do").asInt()).isEqualTo(2);
    }

    @Test
    void movesTheIssuesOfARemovedStatusWhereTheAdminSaysEachAsAChangeOfItsOwn() {
        var fixtures = new Fixtures(port);
        var project = fixtures.project();
        var key = fixtures.issue(project);

        var saved = fixtures.admin().put("/api/v1/projects/" + project + "/workflow", withoutToDo(Map.of("to do", "Shipped")));

        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        var issue = fixtures.admin().get("/api/v1/issues/" + key).json();
        assertThat(issue.get("status").asString()).isEqualTo("Shipped");
        assertThat(issue.get("statusCategory").asString()).isEqualTo("done");
        assertThat(issue.get("resolution").isNull()).as(issue.toString()).isFalse();
        assertThat(issue.get("version").asInt()).isEqualTo(2);
        assertThat(fixtures.admin().get("/api/v1/issues/" + key + "/history").json().toString())
                .contains("\"field\":\"status\",\"from\":\"To Do\",\"to\":\"Shipped\"");
        assertThat(saved.json().get("workflow").get("statuses").findValuesAsString("name")).containsExactly("In Progress", "Shipped");
    }

    @Test
    void refusesAMoveFromAStatusThatStaysOrToOneNotInTheNewWorkflow() {
        var fixtures = new Fixtures(port);
        var project = fixtures.project();
        var key = fixtures.issue(project);
        var workflow = "/api/v1/projects/" + project + "/workflow";

        var fromKept = assertProblem(fixtures.admin().put(workflow, withoutToDo(Map.of("In Progress", "Shipped"))), 400);
        var toGone = assertProblem(fixtures.admin().put(workflow, withoutToDo(Map.of("To Do", "In Review"))), 400);

        assertThat(fromKept.toString()).contains("'In Progress' is not a status being removed");
        assertThat(toGone.toString()).contains("cannot move to 'In Review', which is not in the new workflow");
        assertThat(fixtures.admin().get("/api/v1/issues/" + key).json().get("status").asString()).isEqualTo("To Do");
    }
}
