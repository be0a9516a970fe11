package dev.meridian.notifications;

import static dev.meridian.notifications.Inboxes.awaitInbox;
import static dev.meridian.notifications.Inboxes.ok;

import dev.meridian.support.Api;
import dev.meridian.support.Fixtures;
import java.util.List;
import java.util.Map;

/** Ada reports an issue and assigns it to Bob; Carl (a viewer) watches it; Dan is a member with nothing to do with it. */
record Involved(Fixtures fixtures, String project, Api ada, Api bob, Api carl, Api dan, String issue) {

    /** In a new project, once Bob and Carl were told of the assignment. */
    static Involved inNewProject(int port) {
        var fixtures = new Fixtures(port);
        var project = fixtures.project();
        var ada = fixtures.user("ada", "Ada Lovelace");
        var bob = fixtures.user("bob", "Bob Kahn");
        var carl = fixtures.user("carl", "Carl Sagan");
        var dan = fixtures.user("dan", "Dan Ingalls");
        for (var member : List.of(ada, bob, dan)) {
            fixtures.member(project, member, "member");
        }
        fixtures.member(project, carl, "viewer");
        var issue = fixtures.issue(project, ada, "Checksums fail on large files");
        ok(carl.post("/api/v1/issues/" + issue + "/watchers", null));
        ok(ada.patch("/api/v1/issues/" + issue, Map.of("assignee", Fixtures.email(bob))));
        awaitInbox(bob, 1);
        awaitInbox(carl, 1);
        return new Involved(fixtures, project, ada, bob, carl, dan, issue);
    }
}
