package dev.meridian.issues.internal;

import dev.meridian.identity.Users;
import dev.meridian.projects.ProjectSchemes;
import dev.meridian.projects.StatusRetired;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Moves the issues of a status removed from its workflow to the status the admin chose, each as a change of its own
 * (history, version, change event), whatever the transitions: the status they were in is gone.
 */
@Component
class RetiredStatusMoves {

    private final IssueRows rows;
    private final IssueReads reads;
    private final HistoryStore history;
    private final IssueEvents events;
    private final ProjectSchemes schemes;
    private final Users users;
    private final Clock clock;

    RetiredStatusMoves(IssueRows rows, IssueReads reads, HistoryStore history, IssueEvents events, ProjectSchemes schemes,
            Users users, Clock clock) {
        this.rows = rows;
        this.reads = reads;
        this.history = history;
        this.events = events;
        this.schemes = schemes;
        this.users = users;
        this.clock = clock;
    }

    @EventListener
    void moveIssues(StatusRetired retired) {
        if (retired.movedToStatusId() == null) {
            return;
        }
        var lookup = new Lookup(schemes.scheme(retired.project()), users);
        var now = Instant.now(clock);
        for (var before : rows.lockAllIn(retired.statusId())) {
            var after = StatusMove.enter(before, lookup.scheme(), retired.movedToStatusId(), null, now).withUpdatedAt(now);
            rows.update(after, before);
            history.record(before.id(), retired.byUserId(), now, Diff.between(before, after, lookup, Map.of(), Map.of()));
            events.issue("issue.updated", reads.view(before.id()).orElseThrow(), retired.byUserId());
        }
    }
}
