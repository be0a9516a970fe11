package dev.meridian.projects;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meridian.support.Api;
import dev.meridian.support.Fixtures;
import dev.meridian.support.MeridianTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@MeridianTest
class VersionOrderTest {

    @LocalServerPort
    int port;

    @Test
    void listsVersionsByReleaseDateThenByNameWithNumbersAsNumbersAndUndatedOnesLast() {
        var fixtures = new Fixtures(port);
        var project = fixtures.project();
        var admin = fixtures.admin();
        add(admin, project, "10.0", null);
        add(admin, project, "2.10", null);
        add(admin, project, "Backlog", null);
        add(admin, project, "2.9", null);
        add(admin, project, "2.1", "2027-03-01");
        add(admin, project, "1.1", "2027-01-15");
        add(admin, project, "1.0", "2027-01-15");
        add(admin, project, "beta", null);

        var scheme = admin.get("/api/v1/projects/" + project + "/scheme").json();

        assertThat(scheme.get("versions").findValuesAsString("name"))
                .containsExactly("1.0", "1.1", "2.1", "2.9", "2.10", "10.0", "Backlog", "beta");
    }

    @Test
    void listsAnIssuesVersionsInTheProjectsOrder() {
        var fixtures = new Fixtures(port);
        var project = fixtures.project();
        var admin = fixtures.admin();
        add(admin, project, "2.10", null);
        add(admin, project, "2.9", null);
        add(admin, project, "3.0", "2027-06-30");
        var issue = fixtures.issue(project);

        var saved = admin.patch("/api/v1/issues/" + issue, Map.of("fixVersions", List.of("2.10", "2.9", "3.0"), "affectsVersions", List.of("2.10", "2.9")));
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        var read = admin.get("/api/v1/issues/" + issue).json();

        assertThat(names(read.get("fixVersions"))).containsExactly("3.0", "2.9", "2.10");
        assertThat(names(read.get("affectsVersions"))).containsExactly("2.9", "2.10");
    }

    private static List<String> names(JsonNode array) {
        return array.values().stream().map(JsonNode::asString).toList();
    }

    private static void add(Api admin, String project, String name, String releaseDate) {
        var version = new HashMap<String, Object>();
        version.put("name", name);
        version.put("releaseDate", releaseDate);
        var added = admin.post("/api/v1/projects/" + project + "/versions", version);
        assertThat(added.status()).as(added.toString()).isEqualTo(200);
    }
}
