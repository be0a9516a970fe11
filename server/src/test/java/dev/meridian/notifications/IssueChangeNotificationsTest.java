package dev.meridian.notifications;

import static dev.meridian.notifications.Inboxes.awaitInbox;
import static dev.meridian.notifications.Inboxes.awaitReason;
import static dev.meridian.notifications.Inboxes.changes;
import static dev.meridian.notifications.Inboxes.inbox;
import static dev.meridian.notifications.Inboxes.ok;
import static dev.meridian.notifications.Inboxes.reasons;
import static org.assertj.core.api.Assertions.assertThat;

import dev.meridian.support.Fixtures;
import dev.meridian.support.MeridianTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What Jira's default scheme tells an issue's watchers, reporter and assignee besides comments and assignments. */
@MeridianTest
class IssueChangeNotificationsTest {

    @LocalServerPort
    int port;

    private Involved the;

    @BeforeEach
    void anIssueWithItsPeople() {
        the = Involved.inNewProject(port);
    }

    @Test
    void anyFieldChangedTellsThoseInvolvedWhatItWasAndBecameButNotWhoChangedIt() {
        ok(the.bob().patch("/api/v1/issues/" + the.issue(), Map.of("labels", List.of("checksums"), "dueDate", "2030-03-01",
                "description", "Files over 2 GB")));

        var toAda = awaitReason(the.ada(), "updated");
        assertThat(changes(toAda)).containsExactlyInAnyOrder("labels:none->checksums", "dueDate:none->2030-03-01",
                "description:none->Files over 2 GB");
        assertThat(changes(awaitInbox(the.carl(), 2).get(0))).as("the watcher hears of the same change").hasSize(3);
        assertThat(reasons(the.bob())).as("the one who changed it").containsExactly("assigned");
        assertThat(inbox(the.dan())).as("a member who is not involved").isEmpty();
    }

    @Test
    void aLinkAddedOrRemovedTellsThoseInvolvedInEachIssueInItsOwnWords() {
        var other = the.fixtures().issue(the.project(), the.dan(), "Large files time out");
        var links = ok(the.bob().post("/api/v1/issues/" + the.issue() + "/links", Map.of("type", "blocks", "issue", other))).json();

        assertThat(changes(awaitReason(the.ada(), "updated"))).containsExactly("link:none->blocks " + other);
        assertThat(changes(awaitReason(the.dan(), "updated"))).as("the other issue's reporter")
                .containsExactly("link:none->is blocked by " + the.issue());
        var linkId = links.get(0).get("id").asLong();
        ok(the.bob().delete("/api/v1/issues/" + the.issue() + "/links/" + linkId));

        assertThat(changes(awaitInbox(the.ada(), 2).get(0))).containsExactly("link:blocks " + other + "->none");
        assertThat(reasons(the.bob())).as("the one who linked them").containsExactly("assigned");
    }

    @Test
    void anAttachmentAddedOrRemovedTellsThoseInvolved() {
        var added = ok(the.bob().upload("/api/v1/issues/" + the.issue() + "/attachments", "trace.txt", "text/plain",
                "at Checksum.verify".getBytes(StandardCharsets.UTF_8))).json().get(0);

        assertThat(changes(awaitReason(the.ada(), "updated"))).containsExactly("attachment:none->trace.txt");
        ok(the.bob().delete("/api/v1/attachments/" + added.get("id").asLong()));

        assertThat(changes(awaitInbox(the.ada(), 2).get(0))).containsExactly("attachment:trace.txt->none");
        assertThat(changes(awaitInbox(the.carl(), 3).get(0))).containsExactly("attachment:trace.txt->none");
        assertThat(reasons(the.bob())).containsExactly("assigned");
    }

    @Test
    void anEditedCommentTellsThoseInvolvedItsNewTextAndAnEditThatChangesNothingTellsNobody() {
        var comment = ok(the.bob().post("/api/v1/issues/" + the.issue() + "/comments", Map.of("body", "Reproduced with 3 GB"))).json();
        awaitReason(the.ada(), "commented");
        var path = "/api/v1/issues/" + the.issue() + "/comments/" + comment.get("id").asLong();
        ok(the.bob().put(path, Map.of("body", "Reproduced with 3 GB")));
        ok(the.bob().put(path, Map.of("body", "Reproduced with 2.1 GB")));

        var edited = awaitReason(the.ada(), "commentEdited");
        assertThat(edited.get("excerpt").asString()).isEqualTo("Reproduced with 2.1 GB");
        assertThat(reasons(the.ada())).as("the edit that left the text as it was told nothing").containsExactly("commentEdited", "commented");
        assertThat(reasons(the.bob())).containsExactly("assigned");
    }

    @Test
    void workLoggedTellsThoseInvolvedHowLongAndWhy() {
        ok(the.bob().post("/api/v1/issues/" + the.issue() + "/worklogs", Map.of("timeSpent", "2h", "comment", "Bisected the bug")));

        var logged = awaitReason(the.ada(), "workLogged");
        assertThat(changes(logged)).containsExactly("timeLogged:none->2h");
        assertThat(logged.get("excerpt").asString()).isEqualTo("Bisected the bug");
        assertThat(reasons(the.bob())).containsExactly("assigned");
    }

    @Test
    void aDeletedIssueTellsItsWatchersAndAssigneeThatItIsGoneButNotWhoDeletedIt() {
        ok(the.ada().delete("/api/v1/issues/" + the.issue()));

        var toBob = awaitReason(the.bob(), "deleted");
        assertThat(toBob.get("issueKey").asString()).isEqualTo(the.issue());
        assertThat(toBob.get("issueSummary").asString()).isEqualTo("Checksums fail on large files");
        assertThat(toBob.get("actor").get("displayName").asString()).isEqualTo("Ada Lovelace");
        assertThat(awaitReason(the.carl(), "deleted")).as("a watcher, though the watchers went with the issue").isNotNull();
        assertThat(inbox(the.ada())).as("the reporter deleted it herself").isEmpty();
    }

    @Test
    void anIssueFiledForSomeoneElseTellsThemItWasCreated() {
        var created = ok(the.ada().post("/api/v1/issues", Map.of("project", the.project(), "type", "Task", "summary", "Rotate the keys",
                "reporter", Fixtures.email(the.dan())))).json().get("key").asString();

        var toDan = awaitReason(the.dan(), "created");
        assertThat(toDan.get("issueKey").asString()).isEqualTo(created);
        assertThat(toDan.get("issueSummary").asString()).isEqualTo("Rotate the keys");
    }
}
