package dev.meridian.notifications;

import static dev.meridian.notifications.Inboxes.INBOX;
import static dev.meridian.notifications.Inboxes.awaitInbox;
import static dev.meridian.notifications.Inboxes.awaitReason;
import static dev.meridian.notifications.Inboxes.changes;
import static dev.meridian.notifications.Inboxes.inbox;
import static dev.meridian.notifications.Inboxes.ok;
import static dev.meridian.notifications.Inboxes.reasons;
import static org.assertj.core.api.Assertions.assertThat;

import dev.meridian.support.Api;
import dev.meridian.support.EventStream;
import dev.meridian.support.Fixtures;
import dev.meridian.support.MeridianTest;
import dev.meridian.support.Problems;
import java.util.ArrayList;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@MeridianTest
class NotificationsTest {

    @LocalServerPort
    int port;

    private Fixtures fixtures;
    private String project;
    private Api ada;
    private Api bob;
    private Api carl;
    private Api dan;
    private String issue;

    @BeforeEach
    void anIssueWithItsPeople() {
        var involved = Involved.inNewProject(port);
        fixtures = involved.fixtures();
        project = involved.project();
        ada = involved.ada();
        bob = involved.bob();
        carl = involved.carl();
        dan = involved.dan();
        issue = involved.issue();
    }

    @Test
    void aNewAssigneeIsToldTheIssueIsTheirsAndTheAssignerIsNotTold() {
        var told = awaitInbox(bob, 1).get(0);
        assertThat(told.get("reason").asString()).isEqualTo("assigned");
        assertThat(told.get("issueKey").asString()).isEqualTo(issue);
        assertThat(told.get("issueSummary").asString()).isEqualTo("Checksums fail on large files");
        assertThat(told.get("actor").get("displayName").asString()).isEqualTo("Ada Lovelace");
        assertThat(told.get("read").asBoolean()).isFalse();
        assertThat(inbox(ada)).as("the assigner made the change").isEmpty();
    }

    @Test
    void aCommentTellsTheWatchersAssigneeAndReporterButNeitherItsAuthorNorOthers() {
        ok(bob.post("/api/v1/issues/" + issue + "/comments", Map.of("body", "Reproduced with a 3 GB file.")));

        var toAda = awaitReason(ada, "commented");
        assertThat(toAda.get("excerpt").asString()).isEqualTo("Reproduced with a 3 GB file.");
        assertThat(toAda.get("actor").get("displayName").asString()).isEqualTo("Bob Kahn");
        assertThat(awaitReason(carl, "commented")).as("a viewer who watches is told too").isNotNull();
        assertThat(reasons(bob)).as("the author is never told").containsExactly("assigned");
        assertThat(inbox(dan)).as("a member who is not involved").isEmpty();
    }

    @Test
    void aChangeToSeveralFieldsIsOneNotificationListingThem() {
        var change = ok(bob.patch("/api/v1/issues/" + issue, Map.of("status", "Done", "priority", "Highest")));
        assertThat(change.status()).isEqualTo(200);

        var told = awaitReason(ada, "updated");
        assertThat(inbox(ada)).hasSize(1);
        assertThat(changes(told)).as("as the issue's history lists them")
                .containsExactlyInAnyOrder("status:To Do->Done", "priority:Medium->Highest", "resolution:none->Done");
        var toCarl = awaitInbox(carl, 2).get(0);
        assertThat(toCarl.get("changes")).as("the watcher hears of the same change").hasSize(3);
        assertThat(reasons(carl)).as("after the assignment's").containsExactly("updated", "updated");
        assertThat(reasons(bob)).containsExactly("assigned");
    }

    @Test
    void aMoveToAnotherProjectTellsThoseInvolvedTheNewKeyOnceAndNotItsCommentsAgain() {
        ok(bob.post("/api/v1/issues/" + issue + "/comments", Map.of("body", "Reproduced with a 3 GB file.")));
        awaitReason(carl, "commented");
        var target = fixtures.project();
        fixtures.member(target, ada, "member");
        fixtures.member(target, carl, "viewer");

        var moved = ok(ada.post("/api/v1/issues/" + issue + "/move", Map.of("project", target))).json().get("key").asString();
        ok(ada.patch("/api/v1/issues/" + moved, Map.of("priority", "Highest")));

        var told = awaitInbox(carl, 4);
        assertThat(reasons(carl)).as("newest first: the marker, the move, the comment, the assignment").containsExactly("updated", "updated", "commented", "updated");
        var move = told.get(1);
        assertThat(move.get("issueKey").asString()).isEqualTo(moved);
        assertThat(move.get("changes").get(0).get("field").asString()).isEqualTo("key");
        assertThat(move.get("changes").get(0).get("from").asString()).isEqualTo(issue);
        assertThat(move.get("changes").get(0).get("to").asString()).isEqualTo(moved);
    }

    @Test
    void membersMentionedInACommentAreToldOnceAndNonMembersNever() {
        var outsider = fixtures.user("eve", "Eve Outsider");
        var body = "@[Dan Ingalls](" + Fixtures.email(dan) + ") and @[Carl Sagan](" + Fixtures.email(carl) + "), see this; "
                + "@[Eve Outsider](" + Fixtures.email(outsider) + ") too.";
        ok(bob.post("/api/v1/issues/" + issue + "/comments", Map.of("body", body)));

        var toDan = awaitReason(dan, "mentioned");
        assertThat(toDan.get("excerpt").asString()).isEqualTo("@Dan Ingalls and @Carl Sagan, see this; @Eve Outsider too.");
        awaitReason(carl, "mentioned");
        assertThat(reasons(carl)).as("a watcher who is mentioned gets one notification for the comment, after the assignment's")
                .containsExactly("mentioned", "updated");
        awaitReason(ada, "commented");
        assertThat(inbox(outsider)).as("someone outside the project cannot be mentioned").isEmpty();
    }

    @Test
    void aMentionAddedToTheDescriptionTellsOnlyWhomItNewlyMentions() {
        var dans = "@[Dan Ingalls](" + Fixtures.email(dan) + ")";
        ok(bob.patch("/api/v1/issues/" + issue, Map.of("description", "Ask " + dans)));
        awaitReason(dan, "mentioned");
        ok(bob.patch("/api/v1/issues/" + issue, Map.of("description", "Ask " + dans + " again")));
        ok(bob.post("/api/v1/issues/" + issue + "/comments", Map.of("body", "A marker that follows the edit.")));

        awaitReason(ada, "commented");
        assertThat(reasons(dan)).as("the same mention again tells nothing new").containsExactly("mentioned");
    }

    @Test
    void aNewIssueTellsItsAssigneeAndWhomItsDescriptionMentionsButNotItsReporter() {
        var created = ok(ada.post("/api/v1/issues", Map.of("project", project, "type", "Task", "summary", "Rotate the keys",
                "assignee", Fixtures.email(dan), "description", "@[Bob Kahn](" + Fixtures.email(bob) + ") knows where they are")));
        var key = created.json().get("key").asString();

        assertThat(awaitReason(dan, "assigned").get("issueKey").asString()).isEqualTo(key);
        var toBob = awaitInbox(bob, 2).get(0);
        assertThat(toBob.get("reason").asString()).isEqualTo("mentioned");
        assertThat(toBob.get("excerpt").asString()).isEqualTo("@Bob Kahn knows where they are");
        assertThat(inbox(ada)).as("the reporter made it").isEmpty();
    }

    @Test
    void readingOneAndThenAllLeavesNothingUnread() {
        ok(bob.post("/api/v1/issues/" + issue + "/comments", Map.of("body", "One")));
        ok(dan.patch("/api/v1/issues/" + issue, Map.of("summary", "Checksums fail on files over 2 GB")));
        awaitInbox(ada, 2);
        assertThat(unread(ada)).isEqualTo(2);

        var newest = inbox(ada).get(0);
        var read = ok(ada.post(INBOX + "/" + newest.get("id").asLong() + "/read", null));
        assertThat(read.json().get("read").asBoolean()).isTrue();
        assertThat(unread(ada)).isEqualTo(1);
        assertThat(ada.get(INBOX + "?unread=true").json().get("items")).hasSize(1);

        var all = ok(ada.post(INBOX + "/read-all", null));
        assertThat(all.json().get("marked").asLong()).isEqualTo(1);
        assertThat(unread(ada)).isZero();
        assertThat(ada.get(INBOX + "?unread=true").json().get("total").asLong()).isZero();
        assertThat(ada.get(INBOX).json().get("total").asLong()).as("read ones stay in the inbox").isEqualTo(2);
    }

    @Test
    void nobodyReadsAnotherPersonsNotification() {
        var bobs = inbox(bob).get(0).get("id").asLong();
        Problems.assertProblem(dan.post(INBOX + "/" + bobs + "/read", null), 404);
        assertThat(unread(bob)).isEqualTo(1);
        Problems.assertProblem(dan.post(INBOX + "/not-a-number/read", null), 400);
        Problems.assertProblem(dan.get(INBOX + "?size=0"), 400);
        var anonymous = Api.anonymous(port);
        Problems.assertProblem(anonymous.get(INBOX), 401);
        Problems.assertProblem(anonymous.get(INBOX + "/unread-count"), 401);
        Problems.assertProblem(anonymous.post(INBOX + "/" + bobs + "/read", null), 401);
        Problems.assertProblem(anonymous.post(INBOX + "/read-all", null), 401);
        assertThat(ok(dan.post(INBOX + "/read-all", null)).json().get("marked").asLong()).as("only the caller's own").isZero();
        assertThat(unread(bob)).isEqualTo(1);
    }

    @Test
    void someoneRemovedFromTheProjectNoLongerSeesItsNotifications() {
        ok(bob.post("/api/v1/issues/" + issue + "/comments", Map.of("body", "Carl will not see this for long")));
        awaitReason(carl, "commented");

        ok(fixtures.admin().delete("/api/v1/projects/" + project + "/members/" + Fixtures.email(carl)));
        assertThat(inbox(carl)).isEmpty();
        assertThat(unread(carl)).isZero();
        var other = fixtures.project();
        fixtures.member(other, carl, "member");
        var elsewhere = fixtures.issue(other, carl, "Carl's own");
        ok(fixtures.admin().patch("/api/v1/issues/" + elsewhere, Map.of("priority", "High")));
        assertThat(awaitReason(carl, "updated").get("issueKey").asString()).as("other projects still tell").isEqualTo(elsewhere);
        assertThat(inbox(carl)).hasSize(1);
    }

    @Test
    void aNewNotificationReachesItsRecipientsStreamAndNoOneElses() throws Exception {
        try (var carls = new EventStream(port); var dans = new EventStream(port)) {
            var toCarl = carls.connect(Fixtures.email(carl), "password-carl", null);
            var toDan = dans.connect(Fixtures.email(dan), "password-dan", null);
            assertThat(toCarl.poll(10, TimeUnit.SECONDS)).startsWith("event:ready");
            assertThat(toDan.poll(10, TimeUnit.SECONDS)).startsWith("event:ready");

            ok(bob.post("/api/v1/issues/" + issue + "/comments", Map.of("body", "Live")));
            var id = awaitReason(carl, "commented").get("id").asLong();

            String event = null;
            var deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (event == null && System.nanoTime() < deadline) {
                var next = toCarl.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
                event = next != null && next.contains("event:notification") ? next : null;
            }
            assertThat(event).as("Carl's stream gets his notification").isNotNull().contains("\"id\":\"" + id + "\"", issue);
            ok(bob.post("/api/v1/issues/" + issue + "/comments", Map.of("body", "A marker")));
            awaitInbox(carl, 2);
            Thread.sleep(1000);
            var seenByDan = new ArrayList<String>();
            toDan.drainTo(seenByDan);
            assertThat(seenByDan).as("Dan sees the comments, not Carl's notifications").isNotEmpty()
                    .noneMatch(e -> e.contains("event:notification"));
        }
    }

    private long unread(Api user) {
        return ok(user.get(INBOX + "/unread-count")).json().get("unread").asLong();
    }
}
