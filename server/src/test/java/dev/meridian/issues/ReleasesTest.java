package dev.meridian.issues;

import static dev.meridian.support.Problems.assertProblem;
import static dev.meridian.support.Problems.fields;
import static org.assertj.core.api.Assertions.assertThat;

import dev.meridian.support.Api;
import dev.meridian.support.Fixtures;
import dev.meridian.support.MeridianTest;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Jira's Releases page through the API: versions' progress, editing, releasing and deleting them with their issues. */
@MeridianTest
class ReleasesTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    Fixtures fixtures;
    Api admin;
    String project;

    @BeforeEach
    void twoVersions() {
        fixtures = new Fixtures(port);
        admin = fixtures.admin();
        project = fixtures.project();
        for (var name : List.of("2.1", "2.2")) {
            assertThat(admin.post(versions(), Map.of("name", name)).status()).isEqualTo(200);
        }
    }

    @Test
    void countsEachVersionsFixedIssuesByStatusCategoryInOneRequest() {
        fixedIn("2.1", "To Do");
        fixedIn("2.1", "In Progress");
        fixedIn("2.1", "Done");
        var affected = fixtures.issue(project);
        admin.patch("/api/v1/issues/" + affected, Map.of("affectsVersions", List.of("2.1")));

        var progress = admin.get(versions() + "/progress");

        assertThat(progress.status()).as(progress.toString()).isEqualTo(200);
        var first = progress.json().get(0);
        assertThat(first.get("version").get("name").asString()).isEqualTo("2.1");
        assertThat(List.of(first.get("toDo").asInt(), first.get("inProgress").asInt(), first.get("done").asInt(),
                first.get("unresolved").asInt(), first.get("affected").asInt())).containsExactly(1, 1, 1, 2, 1);
        var second = progress.json().get(1);
        assertThat(second.get("version").get("name").asString()).isEqualTo("2.2");
        assertThat(second.get("toDo").asInt() + second.get("inProgress").asInt() + second.get("done").asInt()).isZero();
    }

    @Test
    void releasingMovesTheUnresolvedIssuesToTheChosenVersionEachWithItsHistoryAndEvent() {
        var open = fixedIn("2.1", "In Progress");
        var done = fixedIn("2.1", "Done");
        int eventsBefore = issueEvents(open);

        var released = admin.post(versions() + "/2.1/release", Map.of("moveUnresolvedTo", "2.2"));

        assertThat(released.status()).as(released.toString()).isEqualTo(200);
        var version = version(released.json(), "2.1");
        assertThat(version.get("released").asBoolean()).isTrue();
        assertThat(version.get("releaseDate").asString()).as("an undated version is released today")
                .isEqualTo(LocalDate.now(ZoneOffset.UTC).toString());
        assertThat(fixVersions(open)).containsExactly("2.2");
        assertThat(fixVersions(done)).as("a resolved issue stays in the release").containsExactly("2.1");
        assertThat(admin.get("/api/v1/issues/" + open + "/history").json().toString())
                .contains("\"field\":\"fixVersions\",\"from\":\"2.1\",\"to\":\"2.2\"");
        assertThat(issueEvents(open)).as("the moved issue's change event").isEqualTo(eventsBefore + 1);
    }

    @Test
    void releasingIsAllOrNothing() {
        var open = fixedIn("2.1", "To Do");
        admin.patch(versions() + "/2.1", Map.of("startDate", "2026-06-01"));
        var history = admin.get("/api/v1/issues/" + open + "/history").text();

        var refused = admin.post(versions() + "/2.1/release", Map.of("releaseDate", "2026-05-01", "moveUnresolvedTo", "2.2"));

        assertThat(fields(assertProblem(refused, 400))).containsExactly("startDate");
        assertThat(refused.json().get("detail").asString()).contains("is after the release date");
        assertThat(fixVersions(open)).as("the issue moved before the refusal is back").containsExactly("2.1");
        assertThat(admin.get("/api/v1/issues/" + open + "/history").text()).isEqualTo(history);
        assertThat(version(admin.get(scheme()).json(), "2.1").get("released").asBoolean()).isFalse();
    }

    @Test
    void refusesToMoveIssuesToTheReleasedVersionItselfOrAnArchivedOneAndToReleaseTwice() {
        admin.patch(versions() + "/2.2", Map.of("archived", true));

        var itself = admin.post(versions() + "/2.1/release", Map.of("moveUnresolvedTo", "2.1"));
        var archived = admin.post(versions() + "/2.1/release", Map.of("moveUnresolvedTo", "2.2"));
        admin.post(versions() + "/2.1/release", Map.of("releaseDate", "2026-05-01"));
        var twice = admin.post(versions() + "/2.1/release", Map.of());

        assertThat(fields(assertProblem(itself, 400))).containsExactly("moveUnresolvedTo");
        assertThat(archived.json().get("detail").asString()).contains("'2.2' is archived");
        assertThat(assertProblem(twice, 409).get("detail").asString()).contains("already released");
        assertThat(version(admin.get(scheme()).json(), "2.1").get("releaseDate").asString()).isEqualTo("2026-05-01");
    }

    @Test
    void anAdminRenamesDescribesAndDatesAVersion() {
        var fixed = fixedIn("2.1", "To Do");

        var edited = admin.patch(versions() + "/2.1", Map.of("name", "2.1.0", "description", "Faster uploads",
                "startDate", "2026-04-01", "releaseDate", "2026-05-01"));

        assertThat(edited.status()).as(edited.toString()).isEqualTo(200);
        var version = version(edited.json(), "2.1.0");
        assertThat(version.get("description").asString()).isEqualTo("Faster uploads");
        assertThat(version.get("startDate").asString()).isEqualTo("2026-04-01");
        assertThat(version.get("releaseDate").asString()).isEqualTo("2026-05-01");
        assertThat(fixVersions(fixed)).as("issues show the new name").containsExactly("2.1.0");
        var cleared = new HashMap<String, Object>();
        cleared.put("description", null);
        assertThat(version(admin.patch(versions() + "/2.1.0", cleared).json(), "2.1.0").get("description").isNull()).isTrue();
    }

    @Test
    void refusesADuplicateNameAndAStartAfterTheRelease() {
        var duplicate = admin.patch(versions() + "/2.1", Map.of("name", "2.2"));
        var backwards = admin.patch(versions() + "/2.1", Map.of("startDate", "2026-06-02", "releaseDate", "2026-06-01"));
        var created = admin.post(versions(), Map.of("name", "3.0", "startDate", "2026-06-02", "releaseDate", "2026-06-01"));

        assertThat(assertProblem(duplicate, 409).get("detail").asString()).contains("'2.2' already exists");
        assertThat(fields(assertProblem(backwards, 400))).containsExactly("startDate");
        assertThat(fields(assertProblem(created, 400))).containsExactly("startDate");
        assertThat(admin.get(scheme()).json().get("versions").findValuesAsString("name")).containsExactly("2.1", "2.2");
    }

    @Test
    void deletingAVersionMovesItsFixIssuesAndTakesItOffTheAffectedOnes() {
        var both = fixedIn("2.1", "To Do");
        admin.patch("/api/v1/issues/" + both, Map.of("affectsVersions", List.of("2.1")));
        var affected = fixtures.issue(project);
        admin.patch("/api/v1/issues/" + affected, Map.of("affectsVersions", List.of("2.1", "2.2")));

        var deleted = admin.delete(versions() + "/2.1?moveFixIssuesTo=2.2");

        assertThat(deleted.status()).as(deleted.toString()).isEqualTo(200);
        assertThat(deleted.json().get("versions").findValuesAsString("name")).containsExactly("2.2");
        var issue = admin.get("/api/v1/issues/" + both).json();
        assertThat(strings(issue.get("fixVersions"))).containsExactly("2.2");
        assertThat(strings(issue.get("affectsVersions"))).isEmpty();
        assertThat(strings(admin.get("/api/v1/issues/" + affected).json().get("affectsVersions"))).containsExactly("2.2");
        assertThat(admin.get("/api/v1/issues/" + both + "/history").text())
                .contains("\"field\":\"fixVersions\",\"from\":\"2.1\",\"to\":\"2.2\"")
                .contains("\"field\":\"affectsVersions\",\"from\":\"2.1\"");
    }

    private String fixedIn(String version, String status) {
        var key = fixtures.issue(project);
        assertThat(admin.patch("/api/v1/issues/" + key, Map.of("fixVersions", List.of(version))).status()).isEqualTo(200);
        if (!status.equals("To Do")) {
            var moved = admin.post("/api/v1/issues/" + key + "/transitions", Map.of("status", status));
            assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
        }
        return key;
    }

    private List<String> fixVersions(String key) {
        return strings(admin.get("/api/v1/issues/" + key).json().get("fixVersions"));
    }

    private static List<String> strings(JsonNode array) {
        return array.values().stream().map(JsonNode::asString).toList();
    }

    private static JsonNode version(JsonNode scheme, String name) {
        return scheme.get("versions").values().stream().filter(v -> v.get("name").asString().equals(name)).findFirst().orElseThrow();
    }

    private int issueEvents(String key) {
        return jdbc.sql("select count(*) from outbox where aggregate_id = ? and event_type = 'issue.updated'").param(key)
                .query(Integer.class).single();
    }

    private String versions() {
        return "/api/v1/projects/" + project + "/versions";
    }

    private String scheme() {
        return "/api/v1/projects/" + project + "/scheme";
    }
}
