package dev.meridian.planning;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meridian.support.Api;
import dev.meridian.support.Fixtures;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Where the sprint and board report tests start: a new project with a scrum board, and the calls they share. */
abstract class ScrumBoardFixture {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    Api admin;
    String project;
    long board;

    @BeforeEach
    void scrumBoard() {
        var fixtures = new Fixtures(port);
        admin = fixtures.admin();
        project = fixtures.project();
        var created = admin.post("/api/v1/boards", Map.of("project", project, "name", "Team", "kind", "scrum"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        board = created.json().get("id").asLong();
    }

    /** A new story of the project with these points; its key. */
    String story(String summary, int points) {
        var r = admin.post("/api/v1/issues", Map.of("project", project, "type", "Story", "summary", summary, "storyPoints", points));
        return ok(r).json().get("key").asString();
    }

    /** The keys of the issues the JQL finds, at most 100. */
    List<String> search(String jql) {
        var found = ok(admin.get("/api/v1/search?maxResults=100&jql=" + URLEncoder.encode(jql, StandardCharsets.UTF_8)));
        var keys = new ArrayList<String>();
        found.json().get("issues").forEach(i -> keys.add(i.get("key").asString()));
        return keys;
    }

    static Api.Response ok(Api.Response r) {
        assertThat(r.status()).as(r.toString()).isBetween(200, 299);
        return r;
    }
}
