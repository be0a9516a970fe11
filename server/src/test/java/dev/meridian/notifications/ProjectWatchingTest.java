package dev.meridian.notifications;

import static dev.meridian.notifications.Inboxes.awaitInbox;
import static dev.meridian.notifications.Inboxes.awaitReason;
import static dev.meridian.notifications.Inboxes.inbox;
import static dev.meridian.notifications.Inboxes.ok;
import static dev.meridian.notifications.Inboxes.reasons;
import static org.assertj.core.api.Assertions.assertThat;

import dev.meridian.support.Api;
import dev.meridian.support.Fixtures;
import dev.meridian.support.MeridianTest;
import dev.meridian.support.Problems;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@MeridianTest
class ProjectWatchingTest {

    @LocalServerPort
    int port;

    private Fixtures fixtures;
    private String project;
    private String watch;
    private Api ada;
    private Api vic;
    private Api mia;

    /** Ada files issues; Vic (a viewer) and Mia (a member) watch the project. */
    @BeforeEach
    void aWatchedProject() {
        fixtures = new Fixtures(port);
        project = fixtures.project();
        watch = "/api/v1/projects/" + project + "/watch";
        ada = fixtures.user("ada", "Ada Lovelace");
        vic = fixtures.user("vic", "Vic Viewer");
        mia = fixtures.user("mia", "Mia Member");
        fixtures.member(project, ada, "member");
        fixtures.member(project, vic, "viewer");
        fixtures.member(project, mia, "member");
        assertThat(ok(vic.put(watch, null)).json().get("watching").asBoolean()).isTrue();
        ok(mia.put(watch, null));
    }

    @Test
    void someoneWatchingAProjectIsToldOfEachNewIssueInItButNotOfItsChanges() {
        var issue = fixtures.issue(project, ada, "Rotate the keys");

        var told = awaitReason(vic, "created");
        assertThat(told.get("issueKey").asString()).isEqualTo(issue);
        assertThat(told.get("actor").get("displayName").asString()).isEqualTo("Ada Lovelace");
        ok(ada.patch("/api/v1/issues/" + issue, Map.of("priority", "Highest")));
        fixtures.issue(project, ada, "A marker that follows the change");

        awaitInbox(vic, 2);
        assertThat(reasons(vic)).as("a change to an issue they do not watch").containsExactly("created", "created");
    }

    @Test
    void theOneWhoCreatesTheIssueIsNotToldThoughTheyWatchTheProject() {
        ok(ada.put(watch, null));
        fixtures.issue(project, ada, "Ada's own");

        awaitReason(mia, "created");
        assertThat(inbox(ada)).isEmpty();
    }

    @Test
    void someoneWhoStopsWatchingIsNoLongerTold() {
        assertThat(ok(vic.delete(watch)).json().get("watching").asBoolean()).isFalse();
        assertThat(ok(vic.get(watch)).json().get("watching").asBoolean()).isFalse();
        assertThat(ok(mia.get(watch)).json().get("watching").asBoolean()).isTrue();
        fixtures.issue(project, ada, "Rotate the keys");

        awaitReason(mia, "created");
        assertThat(inbox(vic)).isEmpty();
    }

    @Test
    void someoneRemovedFromTheProjectIsNotToldOfIssuesCreatedMeanwhile() {
        var admin = fixtures.admin();
        ok(admin.delete("/api/v1/projects/" + project + "/members/" + Fixtures.email(vic)));
        var meanwhile = fixtures.issue(project, ada, "Filed while Vic was away");
        awaitReason(mia, "created");
        fixtures.member(project, vic, "viewer");
        var after = fixtures.issue(project, ada, "Filed once Vic was back");

        awaitInbox(vic, 1);
        var told = inbox(vic).stream().map(n -> n.get("issueKey").asString()).toList();
        assertThat(told).as("still watching once added back, but never told of " + meanwhile).containsExactly(after);
    }

    @Test
    void onlyThoseWhoMayBrowseTheProjectMayWatchIt() {
        var outsider = fixtures.user("eve", "Eve Outsider");
        Problems.assertProblem(outsider.put(watch, null), 404);
        Problems.assertProblem(outsider.get(watch), 404);
        Problems.assertProblem(Api.anonymous(port).put(watch, null), 401);
        Problems.assertProblem(vic.put("/api/v1/projects/NOSUCH/watch", null), 404);
        fixtures.issue(project, ada, "Rotate the keys");

        awaitReason(vic, "created");
        assertThat(inbox(outsider)).isEmpty();
    }
}
