package dev.meridian.issues;

import static dev.meridian.support.Problems.assertProblem;
import static dev.meridian.support.Problems.fields;
import static org.assertj.core.api.Assertions.assertThat;

import dev.meridian.support.Api;
import dev.meridian.support.Fixtures;
import dev.meridian.support.MeridianTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@MeridianTest
class BoardLanesTest {

    @LocalServerPort
    int port;
    Fixtures fixtures;
    String project;
    Api admin;
    Api alice;
    Api bob;

    @BeforeEach
    void project() {
        fixtures = new Fixtures(port);
        project = fixtures.project();
        admin = fixtures.admin();
        alice = fixtures.user("alice", "Alice Lane");
        bob = fixtures.user("bob", "Bob Lane");
        fixtures.member(project, alice, "member");
        fixtures.member(project, bob, "member");
    }

    @Test
    void groupsTheBoardByAssigneeInOneRequestWithCellTotalsRankOrderAndUnassignedLast() {
        var a1 = create("Task", "First of Alice's", alice, null);
        var a2 = create("Task", "Second of Alice's", alice, null);
        var b1 = create("Bug", "Bob's bug", bob, null);
        admin.post("/api/v1/issues/" + b1 + "/transitions", Map.of("status", "In Progress"));
        var u1 = create("Task", "Nobody's", null, null);

        var board = alice.get("/api/v1/issues/lanes?project=" + project + "&by=assignee&size=1&cellSize="
                + Fixtures.email(alice) + "/in%20progress:5").json();

        assertThat(board.get("by").asString()).isEqualTo("assignee");
        assertThat(board.get("columns").values()).extracting(c -> c.get("status").asString() + " " + c.get("total").asInt())
                .containsExactly("To Do 3", "In Progress 1", "In Review 0", "Done 0");
        assertThat(board.get("lanes").values()).extracting(l -> l.get("name").asString() + " " + l.get("total").asInt())
                .containsExactly("Alice Lane 2", "Bob Lane 1", "Unassigned 1");
        var aliceLane = board.get("lanes").get(0);
        assertThat(aliceLane.get("id").asString()).isEqualTo(Fixtures.email(alice));
        assertThat(aliceLane.get("cells").values()).extracting(c -> c.get("status").asString())
                .containsExactly("To Do", "In Progress", "In Review", "Done");
        assertThat(aliceLane.get("cells").get(0).get("total").asInt()).isEqualTo(2);
        assertThat(keys(aliceLane.get("cells").get(0))).as("size=1, first in rank order").containsExactly(a1);
        assertThat(keys(board.get("lanes").get(1).get("cells").get(1))).containsExactly(b1);
        assertThat(board.get("lanes").get(2).get("id").asString()).isEqualTo("none");
        assertThat(keys(board.get("lanes").get(2).get("cells").get(0))).containsExactly(u1);

        admin.put("/api/v1/issues/" + a2 + "/rank", Map.of("before", a1));
        var more = alice.get("/api/v1/issues/lanes?project=" + project + "&by=assignee&size=1&cellSize="
                + Fixtures.email(alice) + "/To%20Do:5").json();
        assertThat(keys(more.get("lanes").get(0).get("cells").get(0))).as("the cell that asked for more, re-ranked").containsExactly(a2, a1);
        assertThat(keys(more.get("lanes").get(2).get("cells").get(0))).containsExactly(u1);

        var bugs = alice.get("/api/v1/issues/lanes?project=" + project + "&by=assignee&type=bug").json();
        assertThat(bugs.get("lanes").values()).as("a lane with nothing under the filters is not shown")
                .extracting(l -> l.get("name").asString()).containsExactly("Bob Lane");
        assertThat(bugs.get("columns").get(0).get("total").asInt()).isZero();
        assertThat(bugs.get("columns").get(0).get("unfiltered").asInt()).isEqualTo(3);
        var mine = bob.get("/api/v1/issues/lanes?project=" + project + "&by=assignee&assignee=me").json();
        assertThat(mine.get("lanes").values()).extracting(l -> l.get("name").asString()).containsExactly("Bob Lane");
    }

    @Test
    void groupsByEpicWithSubtasksInTheirStorysEpicAndNoEpicLastLeavingTheEpicsThemselvesOffTheBoardAndNamingThemOnCards() {
        var epic = create("Epic", "Storage rewrite", null, null);
        var story = create("Story", "Block reports", alice, epic);
        var subtask = create("Sub-task", "Parse the report", bob, story);
        var loose = create("Task", "Loose end", null, null);

        var board = bob.get("/api/v1/issues/lanes?project=" + project + "&by=epic").json();

        assertThat(board.get("lanes").values()).extracting(l -> l.get("id").asString()).containsExactly(epic, "none");
        assertThat(board.get("lanes").get(0).get("name").asString()).contains("Storage rewrite");
        assertThat(keys(board.get("lanes").get(0).get("cells").get(0))).containsExactly(story, subtask);
        assertThat(keys(board.get("lanes").get(1).get("cells").get(0))).containsExactly(loose);
        assertThat(board.get("columns").get(0).get("total").asInt()).isEqualTo(3);
        var flat = bob.get("/api/v1/issues/columns?project=" + project).json();
        assertThat(keys(flat.get(0))).as("the workflow board without swimlanes").containsExactly(story, subtask, loose);
        assertThat(flat.get(0).get("total").asInt()).isEqualTo(3);
        assertThat(flat.get(0).get("items").values()).as("each card names its epic, a sub-task its story's")
                .extracting(i -> i.get("epicKey").isNull() ? "none" : i.get("epicKey").asString() + " " + i.get("epicSummary").asString())
                .containsExactly(epic + " Storage rewrite", epic + " Storage rewrite", "none");
    }

    @Test
    void refusesAGroupingOrACellSizeItCannotReadNamingTheParameter() {
        assertThat(fields(assertProblem(alice.get("/api/v1/issues/lanes?project=" + project + "&by=priority"), 400))).containsExactly("by");
        assertThat(fields(assertProblem(alice.get("/api/v1/issues/lanes?project=" + project + "&by=epic&cellSize=Done:5"), 400)))
                .containsExactly("cellSize");
        var outsider = fixtures.user("outsider");
        assertProblem(outsider.get("/api/v1/issues/lanes?project=" + project + "&by=epic"), 404);
    }

    private String create(String type, String summary, Api assignee, String parent) {
        var fields = new java.util.HashMap<String, Object>(Map.of("project", project, "type", type, "summary", summary));
        if (assignee != null) {
            fields.put("assignee", Fixtures.email(assignee));
        }
        if (parent != null) {
            fields.put("parent", parent);
        }
        var created = admin.post("/api/v1/issues", fields);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("key").asString();
    }

    private static List<String> keys(JsonNode cell) {
        return cell.get("items").values().stream().map(i -> i.get("key").asString()).toList();
    }
}
