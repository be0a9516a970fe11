package dev.meridian.issues;

import static dev.meridian.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import dev.meridian.support.Fixtures;
import dev.meridian.support.MeridianTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@MeridianTest
class IssueClonesTest {

    @LocalServerPort
    int port;

    private static List<String> texts(JsonNode array) {
        var texts = new java.util.ArrayList<String>();
        array.forEach(node -> texts.add(node.asString()));
        return texts;
    }

    @Test
    void clonesWhatTheWorkIsAndWhoHasItIntoTheFirstStatusLinkedToTheOriginal() {
        var fixtures = new Fixtures(port);
        var project = fixtures.project();
        var member = fixtures.user("cloner");
        fixtures.member(project, member, "member");
        var admin = fixtures.admin();
        var original = fixtures.issue(project, admin, "Fix the login page");
        var changed = admin.patch("/api/v1/issues/" + original, Map.of("description", "Users see a **blank** page", "priority", "High",
                "labels", List.of("auth", "web"), "assignee", Fixtures.email(member), "originalEstimate", "2d", "storyPoints", 3));
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(admin.post("/api/v1/issues/" + original + "/transitions", Map.of("status", "In Progress")).status()).isEqualTo(200);

        var cloned = member.post("/api/v1/issues/" + original + "/clone", Map.of());

        assertThat(cloned.status()).as(cloned.toString()).isEqualTo(201);
        var clone = cloned.json();
        assertThat(cloned.header("Location")).isEqualTo("/api/v1/issues/" + clone.get("key").asString());
        assertThat(clone.get("summary").asString()).isEqualTo("CLONE - Fix the login page");
        assertThat(clone.get("description").asString()).isEqualTo("Users see a **blank** page");
        assertThat(clone.get("priority").asString()).isEqualTo("High");
        assertThat(texts(clone.get("labels"))).containsExactly("auth", "web");
        assertThat(clone.get("assignee").get("email").asString()).isEqualTo(Fixtures.email(member));
        assertThat(clone.get("reporter").get("email").asString()).isEqualTo(Fixtures.email(admin));
        assertThat(clone.get("storyPoints").asInt()).isEqualTo(3);
        assertThat(clone.get("timeTracking").get("originalEstimateSeconds").asLong()).isEqualTo(2 * 8 * 3600);
        assertThat(clone.get("timeTracking").get("remainingEstimateSeconds").asLong()).isEqualTo(2 * 8 * 3600);
        assertThat(clone.get("status").asString()).isEqualTo("To Do");
        assertThat(clone.get("links")).hasSize(1);
        assertThat(clone.get("links").get(0).get("description").asString()).isEqualTo("clones");
        assertThat(clone.get("links").get(0).get("key").asString()).isEqualTo(original);
        var back = admin.get("/api/v1/issues/" + original).json().get("links").get(0);
        assertThat(back.get("description").asString()).isEqualTo("is cloned by");
    }

    @Test
    void bringsItsSubtasksAndLinksOnlyWhenAsked() {
        var fixtures = new Fixtures(port);
        var project = fixtures.project();
        var admin = fixtures.admin();
        var story = fixtures.issue(project, admin, "Checkout");
        var subtask = admin.post("/api/v1/issues", Map.of("project", project, "type", "Sub-task", "summary", "Card form", "parent", story));
        assertThat(subtask.status()).as(subtask.toString()).isEqualTo(201);
        var blocker = fixtures.issue(project);
        assertThat(admin.post("/api/v1/issues/" + story + "/links", Map.of("type", "is blocked by", "issue", blocker)).status()).isEqualTo(200);

        var bare = admin.post("/api/v1/issues/" + story + "/clone", Map.of("summary", "Checkout again")).json();
        var whole = admin.post("/api/v1/issues/" + story + "/clone", Map.of("subtasks", true, "links", true)).json();

        assertThat(bare.get("summary").asString()).isEqualTo("Checkout again");
        assertThat(bare.get("subtaskKeys")).isEmpty();
        assertThat(bare.get("links")).hasSize(1);
        assertThat(whole.get("subtaskKeys")).hasSize(1);
        var clonedSubtask = admin.get("/api/v1/issues/" + whole.get("subtaskKeys").get(0).asString()).json();
        assertThat(clonedSubtask.get("summary").asString()).isEqualTo("Card form");
        assertThat(clonedSubtask.get("parentKey").asString()).isEqualTo(whole.get("key").asString());
        var links = new HashMap<String, String>();
        whole.get("links").forEach(link -> links.put(link.get("key").asString(), link.get("description").asString()));
        assertThat(links).containsExactlyInAnyOrderEntriesOf(Map.of(blocker, "is blocked by", story, "clones"));
        assertThat(admin.get("/api/v1/issues/" + story).json().get("subtaskKeys")).hasSize(1);
    }

    @Test
    void refusesViewersAndBadSummariesInWordsAndCutsALongDefaultSummaryToFit() {
        var fixtures = new Fixtures(port);
        var project = fixtures.project();
        var viewer = fixtures.user("viewer");
        fixtures.member(project, viewer, "viewer");
        var admin = fixtures.admin();
        var issue = fixtures.issue(project, admin, "x".repeat(255));

        var forbidden = assertProblem(viewer.post("/api/v1/issues/" + issue + "/clone", Map.of()), 403);
        var blank = assertProblem(admin.post("/api/v1/issues/" + issue + "/clone", Map.of("summary", " ")), 400);
        var missing = assertProblem(admin.post("/api/v1/issues/" + project + "-999/clone", Map.of()), 404);
        var longOne = admin.post("/api/v1/issues/" + issue + "/clone", Map.of());

        assertThat(forbidden.get("detail").asString()).contains("Viewers of " + project + " cannot change it");
        assertThat(blank.get("errors").get(0).get("field").asString()).isEqualTo("summary");
        assertThat(missing.get("status").asInt()).isEqualTo(404);
        assertThat(longOne.status()).as(longOne.toString()).isEqualTo(201);
        assertThat(longOne.json().get("summary").asString()).hasSize(255).startsWith("CLONE - xxx");
    }
}
