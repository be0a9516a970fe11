package dev.meridian.importing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meridian.identity.CurrentUser;
import dev.meridian.identity.Users;
import dev.meridian.importing.internal.DemoProject;
import dev.meridian.support.Api;
import dev.meridian.support.MeridianTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@MeridianTest
class DemoProjectTest {

    @LocalServerPort
    int port;
    @Autowired
    DemoProject demo;
    @Autowired
    Users users;

    @Test
    void loadsTheApacheHadoopIssuesWithTheirOwnWorkflowAndPriorities() {
        var admin = users.require(Api.ADMIN_EMAIL);
        // Other tests of the shared context (the assistant's evaluation) may have loaded it first.
        demo.create(new CurrentUser(admin.id(), admin.email(), admin.displayName(), true));
        var api = Api.admin(port);

        assertThat(api.get("/api/v1/issues?project=HADOOP&size=1").json().get("total").asInt()).isEqualTo(2503);
        var scheme = api.get("/api/v1/projects/HADOOP/scheme").json();
        assertThat(scheme.get("workflow").get("statuses").findValuesAsString("name"))
                .containsExactly("Open", "In Progress", "Patch Available", "Reopened", "Resolved", "Closed");
        assertThat(scheme.get("priorities").findValuesAsString("name"))
                .containsExactly("Blocker", "Critical", "Major", "Minor", "Trivial");
        assertThat(api.get("/api/v1/issues?project=HADOOP&status=Patch%20Available&size=1").json().get("total").asInt()).isEqualTo(41);

        var oldest = api.get("/api/v1/issues/HADOOP-1").json();
        var newest = api.get("/api/v1/issues/HADOOP-2503").json();
        assertThat(oldest.get("createdAt").asString()).isLessThan(newest.get("createdAt").asString());

        var first = api.get("/api/v1/issues?project=HADOOP&externalId=13404344").json().get("items").get(0);
        assertThat(first.get("summary").asString()).isEqualTo("JAR in conflict with timestamp check causes AM errors");
        assertThat(first.get("priority").asString()).isEqualTo("Blocker");
        assertThat(first.get("resolution").asString()).isEqualTo("Duplicate");
        var duplicate = api.get("/api/v1/issues?project=HADOOP&externalId=13478269").json().get("items").get(0).get("key").asString();
        assertThat(api.get("/api/v1/issues/" + duplicate + "/links").json().toString()).contains("duplicates");

        assertThat(demo.create(new CurrentUser(admin.id(), admin.email(), admin.displayName(), true))).isFalse();
    }

    @Test
    void theDemoHasAKanbanBoardOfItsWorkflowThatHidesItsOldDoneIssues() {
        var admin = users.require(Api.ADMIN_EMAIL);
        demo.create(new CurrentUser(admin.id(), admin.email(), admin.displayName(), true));
        var api = Api.admin(port);

        var boards = api.get("/api/v1/boards?project=HADOOP").json();
        assertThat(boards).hasSize(1);
        var board = boards.get(0);
        assertThat(board.get("name").asString()).isEqualTo("HADOOP board");
        assertThat(board.get("kind").asString()).isEqualTo("kanban");
        assertThat(board.get("columns").findValuesAsString("name")).containsExactly("To Do", "In Progress", "Done");
        assertThat(board.get("columns").get(0).get("statuses").values()).extracting(JsonNode::asString).containsExactly("Open", "Reopened");
        assertThat(board.get("columns").get(2).get("statuses").values()).extracting(JsonNode::asString).containsExactly("Resolved", "Closed");
        var shown = api.get("/api/v1/boards/" + board.get("id").asLong() + "/issues").json();
        assertThat(shown.get("total").asInt()).isPositive().isLessThan(2503);
    }
}
