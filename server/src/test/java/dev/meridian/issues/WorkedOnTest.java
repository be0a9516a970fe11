package dev.meridian.issues;

import static dev.meridian.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import dev.meridian.support.Api;
import dev.meridian.support.Fixtures;
import dev.meridian.support.MeridianTest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@MeridianTest
class WorkedOnTest {

    @LocalServerPort
    int port;

    @Test
    void listsWhatTheCallerLastDidToEachIssueNewestFirstLeavingOtherPeoplesWorkOut() {
        var fixtures = new Fixtures(port);
        var project = fixtures.project();
        var ada = fixtures.user("ada");
        var bob = fixtures.user("bob");
        fixtures.member(project, ada, "member");
        fixtures.member(project, bob, "member");
        var created = fixtures.issue(project, ada, "Created by Ada");
        var edited = fixtures.issue(project);
        var commented = fixtures.issue(project);
        var logged = fixtures.issue(project);
        var bobs = fixtures.issue(project, bob, "Bob's alone");

        ok(ada.patch("/api/v1/issues/" + edited, Map.of("summary", "Edited by Ada")));
        ok(ada.post("/api/v1/issues/" + commented + "/comments", Map.of("body", "Seen it")));
        ok(ada.post("/api/v1/issues/" + logged + "/worklogs", Map.of("timeSpent", "1h")));
        ok(bob.patch("/api/v1/issues/" + commented, Map.of("summary", "Edited by Bob later")));
        ok(bob.post("/api/v1/issues/" + bobs + "/comments", Map.of("body", "Mine")));

        var items = workedOn(ada);

        assertThat(items).extracting(i -> i.get("issue").get("key").asString()).containsExactly(logged, commented, edited, created);
        assertThat(items).extracting(i -> i.get("did").asString()).containsExactly("loggedWork", "commented", "edited", "created");
        assertThat(items.get(2).get("field").asString()).isEqualTo("summary");
        assertThat(items.get(1).get("issue").get("summary").asString()).as("the issue as it is now").isEqualTo("Edited by Bob later");
        var commentedAt = Instant.parse(items.get(1).get("at").asString());
        assertThat(commentedAt).as("Ada's comment, not Bob's later edit").isBefore(Instant.parse(items.get(0).get("at").asString()));
        assertThat(workedOn(bob)).extracting(i -> i.get("issue").get("key").asString()).containsExactly(bobs, commented);
    }

    @Test
    void namesAMoveOfAnIssueAndItsSubtasksAsAMoveFromTheOldKeyNotAsOneOfTheFieldsItChanged() {
        var fixtures = new Fixtures(port);
        var admin = fixtures.admin();
        var from = fixtures.project();
        var to = fixtures.project();
        ok(admin.post("/api/v1/projects/" + from + "/versions", Map.of("name", "1.0")));
        ok(admin.post("/api/v1/projects/" + from + "/components", Map.of("name", "Core")));
        var story = fixtures.issue(from, admin, "Checkout");
        ok(admin.patch("/api/v1/issues/" + story, Map.of("components", List.of("Core"), "fixVersions", List.of("1.0"))));
        var subtask = admin.post("/api/v1/issues", Map.of("project", from, "type", "Sub-task", "summary", "Card form", "parent", story))
                .json().get("key").asString();

        var moved = admin.post("/api/v1/issues/" + story + "/move", Map.of("project", to)).json().get("key").asString();

        var mine = workedOn(admin).stream().filter(i -> i.get("issue").get("projectKey").asString().equals(to)).toList();
        assertThat(mine).extracting(i -> i.get("issue").get("key").asString()).contains(moved);
        assertThat(mine).extracting(i -> i.get("did").asString()).containsOnly("moved").hasSize(2);
        assertThat(mine).extracting(i -> i.get("field").asString()).containsExactlyInAnyOrder(story, subtask);
    }

    @Test
    void leavesOutIssuesOfAProjectTheCallerNoLongerBelongsTo() {
        var fixtures = new Fixtures(port);
        var kept = fixtures.project();
        var left = fixtures.project();
        var ada = fixtures.user("ada");
        fixtures.member(kept, ada, "member");
        fixtures.member(left, ada, "member");
        var stillHers = fixtures.issue(kept);
        var gone = fixtures.issue(left);
        ok(ada.post("/api/v1/issues/" + stillHers + "/comments", Map.of("body", "Here")));
        ok(ada.post("/api/v1/issues/" + gone + "/worklogs", Map.of("timeSpent", "2h")));

        ok(fixtures.admin().delete("/api/v1/projects/" + left + "/members/" + Fixtures.email(ada)));

        assertThat(workedOn(ada)).extracting(i -> i.get("issue").get("key").asString()).containsExactly(stillHers);
    }

    @Test
    void refusesALookBackOutsideOneToNinetyDaysSayingWhich() {
        var ada = new Fixtures(port).user("ada");

        var tooLong = assertProblem(ada.get("/api/v1/myself/worked-on?days=365"), 400);
        assertProblem(ada.get("/api/v1/myself/worked-on?days=0"), 400);
        assertProblem(ada.get("/api/v1/myself/worked-on?days=a%20month"), 400);

        assertThat(tooLong.get("errors").get(0).get("field").asString()).isEqualTo("days");
        assertThat(tooLong.get("errors").get(0).get("message").asString()).contains("1 to 90");
        assertThat(ada.get("/api/v1/myself/worked-on?days=7").json().values()).isEmpty();
    }

    private static List<JsonNode> workedOn(Api user) {
        var r = user.get("/api/v1/myself/worked-on");
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json().values().stream().toList();
    }

    private static void ok(Api.Response r) {
        assertThat(r.status()).as(r.toString()).isBetween(200, 204);
    }
}
