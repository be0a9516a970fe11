package dev.meridian.planning;

import static dev.meridian.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import dev.meridian.support.Api;
import dev.meridian.support.Fixtures;
import dev.meridian.support.MeridianTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@MeridianTest
class ProjectTemplateBoardTest {

    @LocalServerPort
    int port;
    Api admin;

    @BeforeEach
    void admin() {
        admin = new Fixtures(port).admin();
    }

    @Test
    void aScrumProjectStartsWithItsScrumBoardAColumnPerStatusCategory() {
        var key = create("scrum");
        var boards = admin.get("/api/v1/boards?project=" + key).json();
        assertThat(boards).hasSize(1);
        var board = boards.get(0);
        assertThat(board.get("name").asString()).isEqualTo(key + " board");
        assertThat(board.get("kind").asString()).isEqualTo("scrum");
        assertThat(board.get("columns").findValuesAsString("name")).containsExactly("To Do", "In Progress", "Done");
        assertThat(board.get("columns").get(1).get("statuses").values()).extracting(JsonNode::asString)
                .containsExactly("In Progress", "In Review");
        assertThat(admin.get("/api/v1/boards/" + board.get("id").asLong() + "/backlog").status()).isEqualTo(200);
    }

    @Test
    void aKanbanProjectStartsWithItsKanbanBoardHidingOldDoneIssues() {
        var key = create("kanban");
        var board = admin.get("/api/v1/boards?project=" + key).json().get(0);
        assertThat(board.get("kind").asString()).isEqualTo("kanban");
        assertThat(board.get("hideDoneAfterDays").asInt()).isEqualTo(14);
    }

    @Test
    void aProjectCreatedWithoutATemplateHasNoBoardAsBefore() {
        assertThat(admin.get("/api/v1/boards?project=" + create(null)).json()).isEmpty();
        assertThat(admin.get("/api/v1/boards?project=" + create("none")).json()).isEmpty();
    }

    @Test
    void refusesAnUnknownTemplateNamingTheChoices() {
        var refused = admin.post("/api/v1/projects", Map.of("key", key(), "name", "Odd", "template", "waterfall"));
        assertThat(assertProblem(refused, 400).toString()).contains("scrum, kanban, none");
    }

    private String create(String template) {
        var key = key();
        var body = template == null ? Map.of("key", key, "name", "Templated") : Map.of("key", key, "name", "Templated", "template", template);
        var created = admin.post("/api/v1/projects", body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return key;
    }

    private static String key() {
        return "T" + UUID.randomUUID().toString().replaceAll("[^0-9]", "").substring(0, 8);
    }
}
