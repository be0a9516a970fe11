package dev.meridian.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meridian.support.Api;
import dev.meridian.support.Fixtures;
import dev.meridian.support.MeridianTest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@MeridianTest
class SearchTest {

    @LocalServerPort
    int port;

    Fixtures fixtures;
    Api admin;
    String project;

    @BeforeEach
    void setUp() {
        fixtures = new Fixtures(port);
        admin = fixtures.admin();
        project = fixtures.project();
    }

    @Test
    void findsIssuesByStatusAndWordsAndSortsThem() {
        var disk = fixtures.issue(project, admin, "Datanode runs out of disk space");
        var timeout = fixtures.issue(project, admin, "RPC timeouts under load");
        var moved = admin.post("/api/v1/issues/" + timeout + "/transitions", Map.of("status", "In Progress"));
        assertThat(moved.status()).as(moved.toString()).isEqualTo(200);

        assertThat(keys(search("project = " + project + " AND status = \"In Progress\""))).containsExactly(timeout);
        assertThat(keys(search("project = " + project + " AND summary ~ timeout"))).containsExactly(timeout);
        assertThat(keys(search("project = " + project + " AND text ~ \"datanode disk\""))).containsExactly(disk);
        assertThat(keys(search("project = " + project + " ORDER BY key ASC"))).containsExactly(disk, timeout);
        assertThat(keys(search("project = " + project + " AND status CHANGED TO \"In Progress\" BY currentUser()")))
                .containsExactly(timeout);
        assertThat(keys(search("project = " + project + " AND status WAS \"To Do\""))).containsExactlyInAnyOrder(disk, timeout);
    }

    @Test
    void commentWordsAreFoundAfterAddingAndForgottenAfterEditingOrDeleting() {
        var issue = fixtures.issue(project, admin, "Balancer stalls");
        var other = fixtures.issue(project, admin, "Quiet issue");
        var first = admin.post("/api/v1/issues/" + issue + "/comments", Map.of("body", "Seen with a zookeeper session expiry"));
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        var second = admin.post("/api/v1/issues/" + issue + "/comments", Map.of("body", "Also a flaky heartbeat"));
        assertThat(second.status()).as(second.toString()).isEqualTo(201);

        assertThat(keys(search("project = " + project + " AND comment ~ zookeeper"))).containsExactly(issue);
        assertThat(keys(search("project = " + project + " AND text ~ \"heartbeat zookeeper\""))).containsExactly(issue);
        assertThat(keys(search("project = " + project + " AND comment !~ heartbeat"))).containsExactly(other);

        var edited = admin.put("/api/v1/issues/" + issue + "/comments/" + first.json().get("id").asLong(),
                Map.of("body", "Seen with a namenode failover"));
        assertThat(edited.status()).as(edited.toString()).isEqualTo(200);
        assertThat(keys(search("project = " + project + " AND text ~ zookeeper"))).isEmpty();
        assertThat(keys(search("project = " + project + " AND comment ~ failover"))).containsExactly(issue);

        var deleted = admin.delete("/api/v1/issues/" + issue + "/comments/" + second.json().get("id").asLong());
        assertThat(deleted.status()).as(deleted.toString()).isIn(200, 204);
        assertThat(keys(search("project = " + project + " AND comment ~ heartbeat"))).isEmpty();
        assertThat(keys(search("project = " + project + " AND comment is EMPTY"))).containsExactly(other);
    }

    @Test
    void invalidQueriesSayWhatWasExpectedAndWhere() {
        var r = admin.get("/api/v1/search?jql=" + encode("status = "));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.header("Content-Type")).contains("application/problem+json");
        assertThat(r.json().get("detail").asString())
                .isEqualTo("Error in the JQL Query: Expecting either a value, list or function but got end of query. (line 1, character 10)");
        assertThat(r.json().get("line").asInt()).isEqualTo(1);
        assertThat(r.json().get("character").asInt()).isEqualTo(10);

        var unknown = admin.get("/api/v1/search?jql=" + encode("status = Doen"));
        assertThat(unknown.json().get("detail").asString())
                .isEqualTo("The value 'Doen' does not exist for the field 'status'. (line 1, character 10)");
    }

    @Test
    void invalidQueriesAnswerOneTitleAsValidJson() {
        var r = admin.get("/api/v1/search?jql=" + encode("fixVersion = nope"));

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.text().split("\"title\"", -1)).as("one \"title\" key in " + r.text()).hasSize(2);
        assertThat(r.json().get("title").asString()).isEqualTo("Invalid JQL");
    }

    @Test
    void autocompleteOffersFieldsOperatorsAndValues() {
        var fields = admin.get("/api/v1/jql/autocomplete?jql=" + encode("sta"));
        assertThat(fields.status()).as(fields.toString()).isEqualTo(200);
        assertThat(values(fields.json())).contains("status", "statusCategory");
        var ops = admin.get("/api/v1/jql/autocomplete?jql=" + encode("status "));
        assertThat(values(ops.json())).contains("=", "IN", "WAS", "CHANGED");
        var vals = admin.get("/api/v1/jql/autocomplete?jql=" + encode("status = in"));
        assertThat(values(vals.json())).contains("\"In Progress\"");
        assertThat(vals.json().get("replaceFrom").asInt()).isEqualTo(9);
    }

    private JsonNode search(String jql) {
        var r = admin.get("/api/v1/search?maxResults=500&jql=" + encode(jql));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json();
    }

    static List<String> keys(JsonNode result) {
        var out = new ArrayList<String>();
        result.get("issues").forEach(i -> out.add(i.get("key").asString()));
        return out;
    }

    static List<String> values(JsonNode suggestions) {
        var out = new ArrayList<String>();
        suggestions.get("suggestions").forEach(s -> out.add(s.get("value").asString()));
        return out;
    }

    static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
