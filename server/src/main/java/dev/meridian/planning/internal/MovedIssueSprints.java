package dev.meridian.planning.internal;

import dev.meridian.events.ChangeEvent;
import dev.meridian.events.ChangeEvents;
import dev.meridian.issues.IssueHistory;
import dev.meridian.issues.IssueMoved;
import dev.meridian.planning.Sprints;
import java.time.Clock;
import java.time.Instant;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * An issue moved to another project leaves the open sprints of its old project's boards (a sprint plans its project's
 * issues), each leave kept in the issue's history as a sprint change is; its rank, one order over all issues, stays.
 */
@Component
class MovedIssueSprints {

    private final SprintStore store;
    private final IssueHistory history;
    private final ChangeEvents events;
    private final Clock clock;

    MovedIssueSprints(SprintStore store, IssueHistory history, ChangeEvents events, Clock clock) {
        this.store = store;
        this.history = history;
        this.events = events;
        this.clock = clock;
    }

    @EventListener
    void leaveSprints(IssueMoved moved) {
        var left = store.leaveOpenSprintsOf(moved.fromProjectId(), moved.issueIds());
        if (left.isEmpty()) {
            return;
        }
        history.recordAll(moved.byUserId(), Instant.now(clock), Sprints.FIELD, left.stream()
                .map(l -> new IssueHistory.Entry(l.issueId(), l.sprintName(), null, l.sprintId(), null)).toList());
        left.stream().map(SprintStore.Left::sprintId).distinct().forEach(id -> {
            var sprint = store.find(id).orElseThrow();
            events.record(new ChangeEvent("sprint.planned", "sprint", String.valueOf(id), sprint.projectKey(), moved.byUserId(), sprint));
        });
    }
}
