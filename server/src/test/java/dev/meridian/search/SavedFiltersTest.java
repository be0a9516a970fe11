package dev.meridian.search;

import static dev.meridian.search.SearchTest.keys;
import static org.assertj.core.api.Assertions.assertThat;

import dev.meridian.support.Api;
import dev.meridian.support.Fixtures;
import dev.meridian.support.MeridianTest;
import dev.meridian.support.Problems;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@MeridianTest
class SavedFiltersTest {

    @LocalServerPort
    int port;

    Fixtures fixtures;
    String project;
    Api alice;
    Api bob;

    @BeforeEach
    void setUp() {
        fixtures = new Fixtures(port);
        project = fixtures.project();
        alice = fixtures.user("alice");
        bob = fixtures.user("bob");
        fixtures.member(project, alice, "member");
        fixtures.member(project, bob, "member");
    }

    @Test
    void aPrivateFilterIsSeenAndRunByItsOwnerOnly() {
        var issue = fixtures.issue(project, alice, "Flaky test in the balancer");
        var created = alice.post("/api/v1/filters", Map.of("name", "My flaky tests", "jql", "project = " + project + " AND summary ~ flaky"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        var id = created.json().get("id").asLong();
        assertThat(created.json().get("editable").asBoolean()).isTrue();

        assertThat(keys(alice.get("/api/v1/filters/" + id + "/search").json())).containsExactly(issue);
        assertThat(names(alice)).contains("My flaky tests");
        assertThat(names(bob)).doesNotContain("My flaky tests");
        Problems.assertProblem(bob.get("/api/v1/filters/" + id), 404);
        Problems.assertProblem(bob.get("/api/v1/filters/" + id + "/search"), 404);
    }

    @Test
    void aSharedFilterIsReadByTheProjectButChangedByItsOwnerOnly() {
        var created = alice.post("/api/v1/filters", Map.of("name", "Team board", "jql", "project = " + project, "projectKey", project));
        var id = created.json().get("id").asLong();
        assertThat(names(bob)).contains("Team board");
        var refused = bob.put("/api/v1/filters/" + id, Map.of("name", "Mine now", "jql", "order by created"));
        Problems.assertProblem(refused, 403);
        assertThat(refused.json().get("detail").asString()).contains("who owns the filter 'Team board'");
        Problems.assertProblem(bob.delete("/api/v1/filters/" + id), 403);

        var renamed = alice.put("/api/v1/filters/" + id, Map.of("name", "Team work", "jql", "project = " + project + " ORDER BY key"));
        assertThat(renamed.status()).as(renamed.toString()).isEqualTo(200);
        assertThat(renamed.json().get("name").asString()).isEqualTo("Team work");
        assertThat(renamed.json().get("projectKey").isNull()).as("a PUT without projectKey makes it private").isTrue();
        assertThat(names(bob)).doesNotContain("Team work");
        assertThat(alice.delete("/api/v1/filters/" + id).status()).isEqualTo(204);
        Problems.assertProblem(alice.get("/api/v1/filters/" + id), 404);
    }

    @Test
    void refusesInvalidJqlAndDuplicateNamesWithoutSavingAnything() {
        var invalid = alice.post("/api/v1/filters", Map.of("name", "Broken", "jql", "status = "));
        Problems.assertProblem(invalid, 400);
        assertThat(invalid.json().get("detail").asString()).contains("Expecting either a value, list or function", "(line 1, character 10)");
        assertThat(names(alice)).doesNotContain("Broken");

        assertThat(alice.post("/api/v1/filters", Map.of("name", "Open work", "jql", "resolution = Unresolved")).status()).isEqualTo(201);
        var twice = alice.post("/api/v1/filters", Map.of("name", "open WORK", "jql", "order by created"));
        Problems.assertProblem(twice, 409);
        Problems.assertProblem(alice.post("/api/v1/filters", Map.of("name", " ", "jql", "order by created")), 400);
        Problems.assertProblem(alice.post("/api/v1/filters", Map.of("name", "Hidden", "jql", "order by created", "projectKey", "NOPE")), 404);
    }

    private static List<String> names(Api user) {
        var out = new ArrayList<String>();
        user.get("/api/v1/filters").json().forEach(f -> out.add(f.get("name").asString()));
        return out;
    }
}
