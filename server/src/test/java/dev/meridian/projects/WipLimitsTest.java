package dev.meridian.projects;

import static dev.meridian.support.Problems.assertProblem;
import static dev.meridian.support.Problems.fields;
import static org.assertj.core.api.Assertions.assertThat;

import dev.meridian.support.Fixtures;
import dev.meridian.support.MeridianTest;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

@MeridianTest
class WipLimitsTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aProjectAdminSetsAColumnsLimitsWhichTheSchemeShowsAndAWorkflowEditKeeps() {
        var fixtures = new Fixtures(port);
        var project = fixtures.project();
        var admin = fixtures.admin();
        int eventsBefore = projectEvents(project);

        var scheme = admin.put("/api/v1/projects/" + project + "/statuses/in%20progress/wip", Map.of("min", 1, "max", 3));

        assertThat(scheme.status()).isEqualTo(200);
        assertThat(status(scheme.json(), "In Progress").get("wipMin").asInt()).isEqualTo(1);
        assertThat(status(scheme.json(), "In Progress").get("wipMax").asInt()).isEqualTo(3);
        assertThat(status(scheme.json(), "To Do").get("wipMax").isNull()).isTrue();
        assertThat(projectEvents(project)).as("the change's outbox event").isEqualTo(eventsBefore + 1);
        assertThat(jdbc.sql("select payload::text from outbox where project_key = ? order by id desc limit 1").param(project)
                .query(String.class).single()).contains("\"wipMax\": 3");

        admin.put("/api/v1/projects/" + project + "/workflow", Map.of(
                "statuses", java.util.List.of(Map.of("name", "To Do", "category", "new"), Map.of("name", "In Progress", "category", "indeterminate"),
                        Map.of("name", "Done", "category", "done")),
                "transitions", java.util.List.of(Map.of("name", "Start", "to", "In Progress"), Map.of("name", "Finish", "to", "Done"))));
        var kept = admin.get("/api/v1/projects/" + project + "/scheme").json();
        assertThat(status(kept, "In Progress").get("wipMax").asInt()).isEqualTo(3);

        var cleared = new HashMap<String, Object>();
        cleared.put("min", null);
        cleared.put("max", null);
        var none = admin.put("/api/v1/projects/" + project + "/statuses/In%20Progress/wip", cleared).json();
        assertThat(status(none, "In Progress").get("wipMax").isNull()).isTrue();
    }

    @Test
    void refusesAMaximumBelowOneANegativeMinimumOrAMinimumAboveTheMaximumNamingTheField() {
        var fixtures = new Fixtures(port);
        var project = fixtures.project();
        var admin = fixtures.admin();
        String path = "/api/v1/projects/" + project + "/statuses/Done/wip";

        assertThat(fields(assertProblem(admin.put(path, Map.of("min", -1, "max", 0)), 400))).containsExactly("min", "max");
        assertThat(fields(assertProblem(admin.put(path, Map.of("min", 5, "max", 2)), 400))).containsExactly("min");
        assertProblem(admin.put("/api/v1/projects/" + project + "/statuses/Nowhere/wip", Map.of("max", 2)), 404);
        var member = fixtures.user("wipmember");
        fixtures.member(project, member, "member");
        assertProblem(member.put(path, Map.of("max", 2)), 403);
        assertThat(status(admin.get("/api/v1/projects/" + project + "/scheme").json(), "Done").get("wipMax").isNull()).isTrue();
    }

    @Test
    void acceptsAMinimumOfZero() {
        var fixtures = new Fixtures(port);
        var project = fixtures.project();

        var saved = fixtures.admin().put("/api/v1/projects/" + project + "/statuses/Done/wip", Map.of("min", 0, "max", 2));

        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        assertThat(status(saved.json(), "Done").get("wipMin").asInt()).isEqualTo(0);
    }

    private int projectEvents(String project) {
        return jdbc.sql("select count(*) from outbox where project_key = ? and event_type = 'project.updated'").param(project)
                .query(Integer.class).single();
    }

    private static JsonNode status(JsonNode scheme, String name) {
        return scheme.get("workflow").get("statuses").values().stream().filter(s -> s.get("name").asString().equals(name))
                .findFirst().orElseThrow();
    }
}
