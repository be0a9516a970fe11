package dev.meridian.events;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meridian.support.Fixtures;
import dev.meridian.support.MeridianTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.IllegalTransactionStateException;

@MeridianTest
class ChangeEventsTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ChangeEvents events;

    @Test
    void everyChangeWritesOneEventWithTheAfterImage() {
        var fixtures = new Fixtures(port);
        var project = fixtures.project();
        var key = fixtures.issue(project);
        fixtures.admin().patch("/api/v1/issues/" + key, Map.of("summary", "After"));
        fixtures.admin().post("/api/v1/issues/" + key + "/comments", Map.of("body", "Hello"));
        var other = fixtures.issue(project);
        fixtures.admin().post("/api/v1/issues/" + key + "/links", Map.of("type", "relates to", "issue", other));
        fixtures.admin().delete("/api/v1/issues/" + other);

        assertThat(types(project)).containsExactly("project.created", "issue.created", "issue.updated", "comment.added",
                "issue.created", "link.created", "issue.deleted");
        var updated = jdbc.sql("select payload::text from outbox where project_key = ? and event_type = 'issue.updated'")
                .param(project).query(String.class).single();
        assertThat(updated).contains("\"summary\": \"After\"").contains("\"version\": 2").contains("\"key\": \"" + key + "\"");
        var deleted = jdbc.sql("select payload::text from outbox where project_key = ? and event_type = 'issue.deleted'")
                .param(project).query(String.class).single();
        assertThat(deleted).contains("\"deleted\": true").contains("\"key\": \"" + other + "\"");
    }

    @Test
    void projectConfigurationChangesCarryTheScheme() {
        var fixtures = new Fixtures(port);
        var project = fixtures.project();
        fixtures.admin().post("/api/v1/projects/" + project + "/components", Map.of("name", "Storage"));
        fixtures.admin().post("/api/v1/projects/" + project + "/versions", Map.of("name", "2.0"));
        var last = jdbc.sql("select payload::text from outbox where project_key = ? order by id desc limit 1")
                .param(project).query(String.class).single();
        assertThat(last).contains("\"components\": [\"Storage\"]").contains("\"versions\": [\"2.0\"]")
                .contains("\"statuses\": [{").contains("To Do");
        assertThat(types(project)).containsExactly("project.created", "project.updated", "project.updated");
    }

    @Test
    void aRefusedChangeWritesNoEvent() {
        var fixtures = new Fixtures(port);
        var project = fixtures.project();
        var key = fixtures.issue(project);
        var before = types(project).size();
        fixtures.admin().patch("/api/v1/issues/" + key, Map.of("priority", "Nonsense"));
        fixtures.admin().post("/api/v1/issues/" + key + "/transitions", Map.of("status", "In Review"));
        fixtures.admin().patch("/api/v1/issues/" + key, Map.of("summary", "x", "version", 99));
        assertThat(types(project)).hasSize(before);
    }

    @Test
    void refusesToRecordAnEventOutsideATransaction() {
        var event = new ChangeEvent("issue.updated", "issue", "X-1", "X", null, Map.of());
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> events.record(event))
                .isInstanceOf(IllegalTransactionStateException.class);
    }

    private List<String> types(String project) {
        return jdbc.sql("select event_type from outbox where project_key = ? order by id").param(project).query(String.class).list();
    }
}
