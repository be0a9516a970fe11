package dev.meridian.issues;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meridian.support.Fixtures;
import dev.meridian.support.MeridianTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@MeridianTest
class IssueLifecycleTest {

    @LocalServerPort
    int port;
    Fixtures fixtures;
    String project;

    @BeforeEach
    void project() {
        fixtures = new Fixtures(port);
        project = fixtures.project();
        fixtures.admin().post("/api/v1/projects/" + project + "/components", Map.of("name", "Storage"));
        fixtures.admin().post("/api/v1/projects/" + project + "/versions", Map.of("name", "1.0"));
    }

    @Test
    void createsAnIssueWithEveryField() {
        var dev = fixtures.user("dev");
        fixtures.member(project, dev, "member");
        var created = fixtures.admin().post("/api/v1/issues", Map.ofEntries(Map.entry("project", project),
                Map.entry("type", "Story"), Map.entry("summary", "Upload files"), Map.entry("description", "**Fast** uploads"),
                Map.entry("priority", "High"), Map.entry("assignee", Fixtures.email(dev)), Map.entry("labels", List.of("ui", "perf")),
                Map.entry("components", List.of("storage")), Map.entry("fixVersions", List.of("1.0")),
                Map.entry("storyPoints", 5), Map.entry("dueDate", "2027-01-31")));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.header("Location")).endsWith("/api/v1/issues/" + project + "-1");
        assertThat(created.header("ETag")).isEqualTo("\"1\"");
        var issue = fixtures.admin().get("/api/v1/issues/" + project + "-1").json();
        assertThat(issue.get("status").asString()).isEqualTo("To Do");
        assertThat(issue.get("statusCategory").asString()).isEqualTo("new");
        assertThat(issue.get("priority").asString()).isEqualTo("High");
        assertThat(issue.get("assignee").get("email").asString()).isEqualTo(Fixtures.email(dev));
        assertThat(issue.get("components").get(0).asString()).isEqualTo("Storage");
        assertThat(issue.get("fixVersions").get(0).asString()).isEqualTo("1.0");
        assertThat(issue.get("storyPoints").asInt()).isEqualTo(5);
        assertThat(issue.get("dueDate").asString()).isEqualTo("2027-01-31");
        assertThat(issue.get("reporter").get("email").asString()).isEqualTo(Fixtures.email(fixtures.admin()));
    }

    @Test
    void recordsWhoChangedWhichFieldFromWhatToWhat() {
        var key = fixtures.issue(project);
        var updated = fixtures.admin().patch("/api/v1/issues/" + key, Map.of("summary", "Renamed", "priority", "Low", "version", 1));
        assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
        assertThat(updated.json().get("version").asInt()).isEqualTo(2);
        var history = fixtures.admin().get("/api/v1/issues/" + key + "/history").json();
        assertThat(history).hasSize(1);
        assertThat(history.get(0).get("actor").get("email").asString()).isEqualTo(Fixtures.email(fixtures.admin()));
        assertThat(history.get(0).get("items").toString())
                .contains("\"field\":\"summary\",\"from\":\"An issue\",\"to\":\"Renamed\"")
                .contains("\"field\":\"priority\",\"from\":\"Medium\",\"to\":\"Low\"");
    }

    @Test
    void refusesAStaleVersionAndReturnsTheCurrentState() {
        var key = fixtures.issue(project);
        fixtures.admin().patch("/api/v1/issues/" + key, Map.of("summary", "First writer", "version", 1));
        var stale = fixtures.admin().patch("/api/v1/issues/" + key, Map.of("summary", "Second writer", "version", 1));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.header("Content-Type")).contains("application/problem+json");
        assertThat(stale.json().get("current").get("summary").asString()).isEqualTo("First writer");
        assertThat(fixtures.admin().get("/api/v1/issues/" + key).json().get("summary").asString()).isEqualTo("First writer");
    }

    @Test
    void refusesAStaleIfMatchEtag() {
        var key = fixtures.issue(project);
        var etag = fixtures.admin().get("/api/v1/issues/" + key).header("ETag");
        fixtures.admin().patch("/api/v1/issues/" + key, Map.of("summary", "Changed"));
        var stale = fixtures.admin().header("If-Match", etag).patch("/api/v1/issues/" + key, Map.of("summary", "Lost?"));
        assertThat(stale.status()).isEqualTo(409);
        var fresh = fixtures.admin().header("If-Match", "\"2\"").patch("/api/v1/issues/" + key, Map.of("summary", "Kept"));
        assertThat(fresh.status()).isEqualTo(200);
    }

    @Test
    void clearsAFieldSentAsNullAndKeepsFieldsNotSent() {
        var key = fixtures.issue(project);
        fixtures.admin().patch("/api/v1/issues/" + key, Map.of("labels", List.of("a"), "description", "text"));
        var body = new java.util.HashMap<String, Object>();
        body.put("description", null);
        var cleared = fixtures.admin().patch("/api/v1/issues/" + key, body).json();
        assertThat(cleared.get("description").isNull()).isTrue();
        assertThat(cleared.get("labels").get(0).asString()).isEqualTo("a");
    }

    @Test
    void rejectsTransitionNotInWorkflowAndSaysWhichAreAllowed() {
        var key = fixtures.issue(project);
        var refused = fixtures.admin().post("/api/v1/issues/" + key + "/transitions", Map.of("status", "In Review"));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("detail").asString()).contains("In Progress");
        assertThat(refused.json().get("allowed").toString()).isEqualTo("[\"In Progress\",\"Done\"]");
        assertThat(fixtures.admin().get("/api/v1/issues/" + key).json().get("status").asString()).isEqualTo("To Do");
    }

    @Test
    void resolvesOnDoneAndClearsTheResolutionWhenReopened() {
        var key = fixtures.issue(project);
        var done = fixtures.admin().post("/api/v1/issues/" + key + "/transitions", Map.of("status", "Done")).json();
        assertThat(done.get("resolution").asString()).isEqualTo("Done");
        assertThat(done.get("resolvedAt").isNull()).isFalse();
        var reopened = fixtures.admin().post("/api/v1/issues/" + key + "/transitions", Map.of("status", "To Do")).json();
        assertThat(reopened.get("resolution").isNull()).isTrue();
        assertThat(reopened.get("resolvedAt").isNull()).isTrue();
        var history = fixtures.admin().get("/api/v1/issues/" + key + "/history").json().toString();
        assertThat(history).contains("\"field\":\"status\",\"from\":\"To Do\",\"to\":\"Done\"");
    }

    @Test
    void changesADoneIssuesResolutionButGivesNoneToAnOpenIssue() {
        var key = fixtures.issue(project);
        var open = fixtures.admin().patch("/api/v1/issues/" + key, Map.of("resolution", "Done"));
        assertThat(open.status()).isEqualTo(400);
        assertThat(open.json().get("errors").get(0).get("message").asString()).contains("only a done issue has a resolution");
        fixtures.admin().post("/api/v1/issues/" + key + "/transitions", Map.of("status", "Done"));
        var changed = fixtures.admin().patch("/api/v1/issues/" + key, Map.of("resolution", "Won't Do")).json();
        assertThat(changed.get("resolution").asString()).isEqualTo("Won't Do");
        assertThat(changed.get("status").asString()).isEqualTo("Done");
    }

    @Test
    void keepsTheEpicStorySubtaskHierarchy() {
        var epic = fixtures.admin().post("/api/v1/issues", Map.of("project", project, "type", "Epic", "summary", "Epic")).json().get("key").asString();
        var story = fixtures.admin().post("/api/v1/issues", Map.of("project", project, "type", "Story", "summary", "Story", "parent", epic));
        assertThat(story.status()).as(story.toString()).isEqualTo(201);
        var storyKey = story.json().get("key").asString();
        var subtask = fixtures.admin().post("/api/v1/issues", Map.of("project", project, "type", "Sub-task", "summary", "Sub", "parent", storyKey));
        assertThat(subtask.status()).isEqualTo(201);
        var wrong = fixtures.admin().post("/api/v1/issues", Map.of("project", project, "type", "Sub-task", "summary", "Sub", "parent", epic));
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.json().get("errors").get(0).get("field").asString()).isEqualTo("parent");
        assertThat(fixtures.admin().get("/api/v1/issues/" + storyKey).json().get("subtaskKeys").get(0).asString())
                .isEqualTo(subtask.json().get("key").asString());
    }

    @Test
    void deletesAnIssueWithItsSubtasks() {
        var story = fixtures.issue(project);
        var sub = fixtures.admin().post("/api/v1/issues", Map.of("project", project, "type", "Sub-task", "summary", "Sub", "parent", story))
                .json().get("key").asString();
        assertThat(fixtures.admin().delete("/api/v1/issues/" + story).status()).isEqualTo(204);
        assertThat(fixtures.admin().get("/api/v1/issues/" + story).status()).isEqualTo(404);
        assertThat(fixtures.admin().get("/api/v1/issues/" + sub).status()).isEqualTo(404);
    }

    @Test
    void linksIssuesAndShowsTheLinkFromBothSides() {
        var a = fixtures.issue(project);
        var b = fixtures.issue(project);
        var linked = fixtures.admin().post("/api/v1/issues/" + a + "/links", Map.of("type", "is blocked by", "issue", b));
        assertThat(linked.status()).as(linked.toString()).isEqualTo(200);
        var fromB = fixtures.admin().get("/api/v1/issues/" + b + "/links").json();
        assertThat(fromB.get(0).get("description").asString()).isEqualTo("blocks");
        assertThat(fromB.get(0).get("key").asString()).isEqualTo(a);
        var fromA = fixtures.admin().get("/api/v1/issues/" + a).json().get("links");
        assertThat(fromA.get(0).get("description").asString()).isEqualTo("is blocked by");
        var id = fromA.get(0).get("id").asLong();
        assertThat(fixtures.admin().delete("/api/v1/issues/" + a + "/links/" + id).status()).isEqualTo(204);
        assertThat(fixtures.admin().get("/api/v1/issues/" + b + "/links").json()).isEmpty();
    }

    @Test
    void commentsAreEditedOnlyByTheirAuthorOrAProjectAdmin() {
        var key = fixtures.issue(project);
        var alice = fixtures.user("alice");
        var bob = fixtures.user("bob");
        fixtures.member(project, alice, "member");
        fixtures.member(project, bob, "member");
        var comment = alice.post("/api/v1/issues/" + key + "/comments", Map.of("body", "Looks *good*"));
        assertThat(comment.status()).isEqualTo(201);
        var id = comment.json().get("id").asLong();
        assertThat(bob.put("/api/v1/issues/" + key + "/comments/" + id, Map.of("body", "hijack")).status()).isEqualTo(403);
        assertThat(alice.put("/api/v1/issues/" + key + "/comments/" + id, Map.of("body", "Edited")).status()).isEqualTo(200);
        assertThat(fixtures.admin().delete("/api/v1/issues/" + key + "/comments/" + id).status()).isEqualTo(204);
        assertThat(alice.get("/api/v1/issues/" + key + "/comments").json()).isEmpty();
    }

    @Test
    void watchersIncludeTheReporterAndCommentersAndAnyoneWhoWatches() {
        var key = fixtures.issue(project);
        var viewer = fixtures.user("viewer");
        fixtures.member(project, viewer, "viewer");
        assertThat(viewer.post("/api/v1/issues/" + key + "/watchers", null).status()).isEqualTo(200);
        var watchers = fixtures.admin().get("/api/v1/issues/" + key + "/watchers").json().toString();
        assertThat(watchers).contains(Fixtures.email(viewer)).contains(Fixtures.email(fixtures.admin()));
        viewer.delete("/api/v1/issues/" + key + "/watchers");
        assertThat(fixtures.admin().get("/api/v1/issues/" + key + "/watchers").json().toString()).doesNotContain(Fixtures.email(viewer));
    }

    @Test
    void listsIssuesFilteredByStatusAssigneeAndPage() {
        var dev = fixtures.user("dev");
        fixtures.member(project, dev, "member");
        for (int i = 0; i < 5; i++) {
            fixtures.issue(project);
        }
        var mine = fixtures.admin().post("/api/v1/issues", Map.of("project", project, "type", "Bug", "summary", "Mine",
                "assignee", Fixtures.email(dev))).json().get("key").asString();
        fixtures.admin().post("/api/v1/issues/" + mine + "/transitions", Map.of("status", "In Progress"));
        var page = fixtures.admin().get("/api/v1/issues?project=" + project + "&size=2&page=1").json();
        assertThat(page.get("total").asInt()).isEqualTo(6);
        assertThat(page.get("items")).hasSize(2);
        var byStatus = dev.get("/api/v1/issues?project=" + project + "&status=in%20progress").json();
        assertThat(byStatus.get("items").get(0).get("key").asString()).isEqualTo(mine);
        assertThat(dev.get("/api/v1/issues?assignee=me").json().get("total").asInt()).isEqualTo(1);
        assertThat(dev.get("/api/v1/issues?project=" + project + "&assignee=unassigned").json().get("total").asInt()).isEqualTo(5);
    }

    @Test
    void readsTheBoardsColumnsInOneRequestInRankOrderWithTotalsFiltersAndSizes() {
        var dev = fixtures.user("dev");
        fixtures.member(project, dev, "member");
        var todo = new java.util.ArrayList<String>();
        for (int i = 0; i < 4; i++) {
            todo.add(fixtures.issue(project, fixtures.admin(), "Datanode stalls " + i));
        }
        var mine = fixtures.admin().post("/api/v1/issues", Map.of("project", project, "type", "Bug", "summary", "Mine",
                "assignee", Fixtures.email(dev))).json().get("key").asString();
        fixtures.admin().post("/api/v1/issues/" + mine + "/transitions", Map.of("status", "In Progress"));

        var columns = dev.get("/api/v1/issues/columns?project=" + project + "&size=2&columnSize=in%20progress:5").json();

        assertThat(columns.values()).extracting(c -> c.get("status").asString()).containsExactly("To Do", "In Progress", "In Review", "Done");
        assertThat(columns.get(0).get("total").asInt()).isEqualTo(4);
        assertThat(columns.get(0).get("statusCategory").asString()).isEqualTo("new");
        assertThat(columns.get(0).get("items").values()).as("new issues rank at the bottom").extracting(i -> i.get("key").asString())
                .containsExactly(todo.get(0), todo.get(1));
        assertThat(columns.get(0).get("unfiltered").asInt()).isEqualTo(4);
        assertThat(columns.get(1).get("items").get(0).get("key").asString()).isEqualTo(mine);
        assertThat(columns.get(3).get("total").asInt()).isZero();
        assertThat(columns.get(3).get("items").values()).isEmpty();

        var filtered = dev.get("/api/v1/issues/columns?project=" + project + "&text=datanode%20stalls%201").json();
        assertThat(filtered.get(0).get("items").values()).extracting(i -> i.get("key").asString()).containsExactly(todo.get(1));
        assertThat(filtered.get(0).get("total").asInt()).isEqualTo(1);
        assertThat(filtered.get(0).get("unfiltered").asInt()).as("what WIP limits count: the filters ignored").isEqualTo(4);
        assertThat(dev.get("/api/v1/issues/columns?project=" + project + "&assignee=me").json().get(1).get("total").asInt()).isEqualTo(1);
        assertThat(dev.get("/api/v1/issues/columns?project=" + project + "&assignee=me").json().get(0).get("total").asInt()).isZero();
        fixtures.admin().patch("/api/v1/issues/" + todo.get(0), Map.of("labels", java.util.List.of("flaky", "ui")));
        var bugs = dev.get("/api/v1/issues/columns?project=" + project + "&type=bug").json();
        assertThat(bugs.get(0).get("total").asInt()).as("type, any case").isZero();
        assertThat(bugs.get(1).get("items").get(0).get("key").asString()).isEqualTo(mine);
        var flaky = dev.get("/api/v1/issues/columns?project=" + project + "&label=flaky").json();
        assertThat(flaky.get(0).get("items").values()).extracting(i -> i.get("key").asString()).containsExactly(todo.get(0));
        assertThat(flaky.get(1).get("total").asInt()).isZero();
        assertThat(dev.get("/api/v1/issues?project=" + project + "&label=ui&type=Task").json().get("total").asInt())
                .as("the list takes the same filters").isEqualTo(1);
        assertThat(dev.get("/api/v1/issues/columns?project=" + project + "&type=Nonsense").json().get(0).get("total").asInt()).isZero();

        var refused = dev.get("/api/v1/issues/columns?project=" + project + "&columnSize=Done");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("columnSize");
    }

    @Test
    void aCardRankedWithinItsColumnMovesThereAndTheIssueListKeepsItsOrder() {
        var dev = fixtures.user("ranker");
        fixtures.member(project, dev, "member");
        var keys = new java.util.ArrayList<String>();
        for (int i = 0; i < 3; i++) {
            keys.add(fixtures.issue(project, fixtures.admin(), "Ranked " + i));
        }

        var moved = dev.put("/api/v1/issues/" + keys.get(2) + "/rank", Map.of("before", keys.get(0)));

        assertThat(moved.status()).isEqualTo(200);
        var column = dev.get("/api/v1/issues/columns?project=" + project).json().get(0);
        assertThat(column.get("items").values()).extracting(i -> i.get("key").asString()).containsExactly(keys.get(2), keys.get(0), keys.get(1));
        assertThat(column.get("items").get(0).get("rank").asString()).isLessThan(column.get("items").get(1).get("rank").asString());
        assertThat(dev.get("/api/v1/issues?project=" + project).json().get("items").values()).as("the list stays newest first")
                .extracting(i -> i.get("key").asString()).containsExactly(keys.get(2), keys.get(1), keys.get(0));
        var viewer = fixtures.user("rankwatcher");
        fixtures.member(project, viewer, "viewer");
        assertThat(viewer.put("/api/v1/issues/" + keys.get(1) + "/rank", Map.of("before", keys.get(2))).status()).isEqualTo(403);
    }

    @Test
    void refusesToAssignSomeoneOutsideTheProject() {
        var outsider = fixtures.user("outsider");
        var refused = fixtures.admin().post("/api/v1/issues", Map.of("project", project, "type", "Task", "summary", "x",
                "assignee", Fixtures.email(outsider)));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("assignee");
        assertThat(refused.json().get("errors").get(0).get("message").asString())
                .isEqualTo(Fixtures.email(outsider) + " is not a member of " + project + " and cannot be assigned its issues");
    }

    @Test
    void refusesToAssignAViewerSayingTheyAreAViewer() {
        var viewer = fixtures.user("vera", "Vera Viewer");
        fixtures.member(project, viewer, "viewer");
        var refused = fixtures.admin().post("/api/v1/issues", Map.of("project", project, "type", "Task", "summary", "x",
                "assignee", Fixtures.email(viewer)));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").get(0).get("message").asString())
                .isEqualTo("Vera Viewer is a viewer of " + project + " and cannot be assigned issues");
    }
}
