package dev.meridian.jira;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meridian.support.Api;
import dev.meridian.support.Fixtures;
import dev.meridian.support.MeridianTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** A script written for Jira's REST API version 2, run against Meridian. */
@MeridianTest
class JiraApiTest {

    @LocalServerPort
    int port;

    @Test
    void createsReadsEditsCommentsAndMovesAnIssueAsAJiraClientDoes() {
        var fixtures = new Fixtures(port);
        var project = fixtures.project();
        var admin = fixtures.admin();

        var created = admin.post("/rest/api/2/issue", Map.of("fields", Map.of("project", Map.of("key", project),
                "issuetype", Map.of("name", "Bug"), "summary", "NameNode loses blocks", "description", "After a *restart*.",
                "priority", Map.of("name", "High"), "labels", List.of("hdfs"), "duedate", "2027-01-15")));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        var key = created.json().get("key").asString();
        assertThat(created.json().get("self").asString()).endsWith("/rest/api/2/issue/" + key);
        assertThat(created.header("Location")).endsWith("/rest/api/2/issue/" + key);

        var issue = admin.get("/rest/api/2/issue/" + key).json();
        assertThat(issue.get("id").asString()).isEqualTo(created.json().get("id").asString());
        var fields = issue.get("fields");
        assertThat(fields.get("summary").asString()).isEqualTo("NameNode loses blocks");
        assertThat(fields.get("issuetype").get("name").asString()).isEqualTo("Bug");
        assertThat(fields.get("priority").get("name").asString()).isEqualTo("High");
        assertThat(fields.get("status").get("statusCategory").get("key").asString()).isEqualTo("new");
        assertThat(fields.get("labels").get(0).asString()).isEqualTo("hdfs");
        assertThat(fields.get("duedate").asString()).isEqualTo("2027-01-15");
        assertThat(fields.get("reporter").get("emailAddress").asString()).isEqualTo(Api.ADMIN_EMAIL);
        assertThat(fields.get("created").asString()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}\\+0000");
        assertThat(admin.get("/rest/api/2/issue/" + key + "?fields=summary,status").json().get("fields").propertyNames())
                .containsExactlyInAnyOrder("summary", "status");

        var edited = admin.put("/rest/api/2/issue/" + key, Map.of("fields", Map.of("summary", "NameNode loses blocks on restart",
                "assignee", Map.of("name", Api.ADMIN_EMAIL), "labels", List.of("hdfs", "data-loss"))));
        assertThat(edited.status()).as(edited.toString()).isEqualTo(204);
        fields = admin.get("/rest/api/2/issue/" + key).json().get("fields");
        assertThat(fields.get("summary").asString()).isEqualTo("NameNode loses blocks on restart");
        assertThat(fields.get("assignee").get("name").asString()).isEqualTo(Api.ADMIN_EMAIL);
        assertThat(fields.get("priority").get("name").asString()).as("a field not sent is kept").isEqualTo("High");

        var comment = admin.post("/rest/api/2/issue/" + key + "/comment", Map.of("body", "Seen on 3.3 too."));
        assertThat(comment.status()).as(comment.toString()).isEqualTo(201);
        assertThat(comment.json().get("author").get("emailAddress").asString()).isEqualTo(Api.ADMIN_EMAIL);
        var comments = admin.get("/rest/api/2/issue/" + key + "/comment").json();
        assertThat(comments.get("total").asInt()).isEqualTo(1);
        assertThat(comments.get("comments").get(0).get("body").asString()).isEqualTo("Seen on 3.3 too.");
        assertThat(admin.put("/rest/api/2/issue/" + key, Map.of()).status()).as("an edit of nothing").isEqualTo(400);

        var updated = admin.put("/rest/api/2/issue/" + key, Map.of("update", Map.of("labels", List.of(Map.of("add", "regression"),
                Map.of("remove", "hdfs")), "comment", List.of(Map.of("add", Map.of("body", "Added with the edit."))))));
        assertThat(updated.status()).as(updated.toString()).isEqualTo(204);
        assertThat(admin.get("/rest/api/2/issue/" + key + "?fields=labels").json().get("fields").get("labels").values().stream()
                .map(JsonNode::asString).toList()).containsExactly("data-loss", "regression");
        assertThat(admin.get("/rest/api/2/issue/" + key + "/comment").json().get("total").asInt()).isEqualTo(2);
        assertThat(admin.put("/rest/api/2/issue/" + key, Map.of("update", Map.of("labels", List.of(Map.of("rename", "x"))))).status())
                .isEqualTo(400);

        var transitions = admin.get("/rest/api/2/issue/" + key + "/transitions").json().get("transitions");
        var toDone = transitionTo(transitions, "Done");
        assertThat(transitions.values().stream().map(t -> t.get("to").get("name").asString())).doesNotContain("To Do");
        var moved = admin.post("/rest/api/2/issue/" + key + "/transitions", Map.of("transition", Map.of("id", toDone)));
        assertThat(moved.status()).as(moved.toString()).isEqualTo(204);
        fields = admin.get("/rest/api/2/issue/" + key).json().get("fields");
        assertThat(fields.get("status").get("name").asString()).isEqualTo("Done");
        assertThat(fields.get("status").get("statusCategory").get("key").asString()).isEqualTo("done");
        assertThat(fields.get("resolution").get("name").asString()).isNotBlank();
        assertThat(fields.get("resolutiondate").isNull()).isFalse();

        var changelog = admin.get("/rest/api/2/issue/" + key + "?expand=changelog").json().get("changelog");
        var statusChange = changelog.get("histories").values().stream().flatMap(h -> h.get("items").values().stream())
                .filter(item -> item.get("field").asString().equals("status")).findFirst().orElseThrow();
        assertThat(statusChange.get("toString").asString()).isEqualTo("Done");
        assertThat(changelog.get("histories").get(0).get("author").get("emailAddress").asString()).isEqualTo(Api.ADMIN_EMAIL);

        var found = admin.get("/rest/api/2/search?jql=project%3D" + project + "+AND+labels%3Ddata-loss&fields=summary").json();
        assertThat(found.get("total").asInt()).isEqualTo(1);
        assertThat(found.get("issues").get(0).get("key").asString()).isEqualTo(key);
        assertThat(found.get("issues").get(0).get("fields").propertyNames()).containsExactly("summary");
        var posted = admin.post("/rest/api/2/search", Map.of("jql", "project = " + project + " AND status = Done", "maxResults", 5)).json();
        assertThat(posted.get("maxResults").asInt()).isEqualTo(5);
        assertThat(posted.get("issues").get(0).get("key").asString()).isEqualTo(key);

        assertThat(admin.get("/rest/api/2/myself").json().get("emailAddress").asString()).isEqualTo(Api.ADMIN_EMAIL);
        assertThat(admin.get("/rest/api/2/project/" + project).json().get("key").asString()).isEqualTo(project);
        assertThat(admin.get("/rest/api/2/project").json().findValuesAsString("key")).contains(project);
        assertThat(admin.delete("/rest/api/2/issue/" + key).status()).isEqualTo(204);
        assertThat(admin.get("/rest/api/2/issue/" + key).status()).isEqualTo(404);
    }

    @Test
    void refusesInJirasErrorShapeWithJirasFieldNames() {
        var fixtures = new Fixtures(port);
        var project = fixtures.project();
        var admin = fixtures.admin();

        var missing = admin.post("/rest/api/2/issue", Map.of("fields", Map.of("project", Map.of("key", project), "duedate", "next week",
                "customfield_10016", 5)));
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.header("Content-Type")).startsWith("application/json");
        var errors = missing.json().get("errors");
        assertThat(errors.propertyNames()).contains("summary", "issuetype", "duedate", "customfield_10016");
        assertThat(errors.get("summary").asString()).isEqualTo("You must specify a summary of the issue.");
        assertThat(missing.json().get("errorMessages").isArray()).isTrue();

        var unknownType = admin.post("/rest/api/2/issue", Map.of("fields", Map.of("project", Map.of("key", project),
                "issuetype", Map.of("name", "Spaceship"), "summary", "x")));
        assertThat(unknownType.status()).as(unknownType.toString()).isEqualTo(400);
        assertThat(unknownType.json().get("errors").propertyNames()).as(unknownType.toString()).containsExactly("issuetype");

        var nowhere = admin.get("/rest/api/2/issue/" + project + "-999");
        assertThat(nowhere.status()).isEqualTo(404);
        assertThat(nowhere.json().get("errorMessages").get(0).asString()).contains(project + "-999");
        assertThat(nowhere.json().get("errors").isEmpty()).isTrue();

        var key = fixtures.issue(project);
        var badMove = admin.post("/rest/api/2/issue/" + key + "/transitions", Map.of("transition", Map.of("id", "987654")));
        assertThat(badMove.status()).isEqualTo(400);
        assertThat(badMove.json().get("errors").get("transition").asString()).contains("987654");

        var anonymous = Api.anonymous(port).get("/rest/api/2/myself");
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.json().get("errorMessages").get(0).asString()).isNotBlank();
    }

    @Test
    void namesIssuesByTheirIdsAsJiraDoesInSearchResultsAndInItsAddresses() {
        var fixtures = new Fixtures(port);
        var project = fixtures.project();
        var admin = fixtures.admin();
        fixtures.issue(project);
        var key = fixtures.issue(project);
        var id = admin.get("/rest/api/2/issue/" + key).json().get("id").asString();
        assertThat(id).matches("\\d+");

        var found = admin.get("/rest/api/2/search?jql=project%3D" + project + "+order+by+key+desc").json().get("issues");
        assertThat(found.get(0).get("key").asString()).isEqualTo(key);
        assertThat(found.get(0).get("id").asString()).isEqualTo(id);
        assertThat(found.get(1).get("id").asString()).matches("\\d+").isNotEqualTo(id);

        assertThat(admin.get("/rest/api/2/issue/" + id).json().get("key").asString()).isEqualTo(key);
        var renamed = admin.put("/rest/api/2/issue/" + id, Map.of("fields", Map.of("summary", "Renamed by its id")));
        assertThat(renamed.status()).as(renamed.toString()).isEqualTo(204);
        assertThat(admin.post("/rest/api/2/issue/" + id + "/comment", Map.of("body", "Commented by its id")).status()).isEqualTo(201);
        var moved = admin.post("/rest/api/2/issue/" + id + "/transitions", Map.of("transition", Map.of("name", "Done")));
        assertThat(moved.status()).as(moved.toString()).isEqualTo(204);
        var fields = admin.get("/rest/api/2/issue/" + key).json().get("fields");
        assertThat(fields.get("summary").asString()).isEqualTo("Renamed by its id");
        assertThat(fields.get("status").get("name").asString()).isEqualTo("Done");
        assertThat(admin.get("/rest/api/2/issue/" + id + "/comment").json().get("total").asInt()).isEqualTo(1);

        var outsider = fixtures.user("outsider").get("/rest/api/2/issue/" + id);
        assertThat(outsider.status()).isEqualTo(404);
        assertThat(outsider.json().get("errorMessages").get(0).asString()).as("says nothing of the hidden issue").doesNotContain(key);
        assertThat(admin.get("/rest/api/2/issue/987654321987").status()).isEqualTo(404);
        assertThat(admin.get("/rest/api/2/issue/98765432198765432198765").status()).isIn(400, 404);
        assertThat(admin.delete("/rest/api/2/issue/" + id).status()).isEqualTo(204);
        assertThat(admin.get("/rest/api/2/issue/" + key).status()).isEqualTo(404);
    }

    @Test
    void keepsAnEditsFieldsUnchangedWhenOneOfItsCommentsIsRefused() {
        var fixtures = new Fixtures(port);
        var project = fixtures.project();
        var admin = fixtures.admin();
        var key = fixtures.issue(project, admin, "Summary before");
        var tooLong = "x".repeat(64 * 1024 + 1);

        var refused = admin.put("/rest/api/2/issue/" + key, Map.of("fields", Map.of("summary", "Summary after", "labels", List.of("edited")),
                "update", Map.of("comment", List.of(Map.of("add", Map.of("body", "A fine first comment.")),
                        Map.of("add", Map.of("body", tooLong))))));

        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.json().get("errors").propertyNames()).as(refused.toString()).isNotEmpty();
        var issue = admin.get("/rest/api/2/issue/" + key + "?expand=changelog").json();
        assertThat(issue.get("fields").get("summary").asString()).isEqualTo("Summary before");
        assertThat(issue.get("fields").get("labels").isEmpty()).isTrue();
        assertThat(issue.get("changelog").get("histories").values().stream().flatMap(h -> h.get("items").values().stream())
                .map(item -> item.get("field").asString())).doesNotContain("summary", "labels");
        assertThat(admin.get("/rest/api/2/issue/" + key + "/comment").json().get("total").asInt()).isZero();
    }

    @Test
    void linksTwoIssuesWithACommentAndFindsPeopleAsAJiraClientDoes() {
        var fixtures = new Fixtures(port);
        var project = fixtures.project();
        var admin = fixtures.admin();
        var blocker = fixtures.issue(project, admin, "Upgrade protobuf");
        var blocked = fixtures.issue(project, admin, "Ship the release");
        var types = admin.get("/rest/api/2/issueLinkType").json().get("issueLinkTypes");
        assertThat(types.findValuesAsString("name")).contains("Blocks", "Duplicate");

        var linked = admin.post("/rest/api/2/issueLink", Map.of("type", Map.of("name", "Blocks"),
                "outwardIssue", Map.of("key", blocker), "inwardIssue", Map.of("key", blocked),
                "comment", Map.of("body", "Needs the new protobuf first.")));

        assertThat(linked.status()).as(linked.toString()).isEqualTo(201);
        var links = admin.get("/rest/api/2/issue/" + blocked).json().get("fields").get("issuelinks");
        assertThat(links.get(0).get("type").get("name").asString()).isEqualTo("Blocks");
        assertThat(links.get(0).get("inwardIssue").get("key").asString()).as("blocked by it").isEqualTo(blocker);
        assertThat(admin.get("/rest/api/2/issue/" + blocker + "/comment").json().toString()).contains("Needs the new protobuf first.");
        var noType = admin.post("/rest/api/2/issueLink", Map.of("outwardIssue", Map.of("key", blocker), "inwardIssue", Map.of("key", blocked)));
        assertThat(noType.status()).isEqualTo(400);
        assertThat(noType.json().get("errors").propertyNames()).containsExactly("issuelinks");

        var grete = fixtures.user("grete", "Grete Linkfinder");
        var found = admin.get("/rest/api/2/user/search?query=Grete%20Linkf").json();
        assertThat(found.findValuesAsString("emailAddress")).contains(Fixtures.email(grete));
        assertThat(admin.get("/rest/api/2/user/search").status()).isEqualTo(400);
    }

    private static String transitionTo(JsonNode transitions, String status) {
        return transitions.values().stream().filter(t -> t.get("to").get("name").asString().equals(status)).findFirst()
                .orElseThrow(() -> new AssertionError("no transition to " + status + " in " + transitions)).get("id").asString();
    }
}
