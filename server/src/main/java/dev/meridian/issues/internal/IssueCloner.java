package dev.meridian.issues.internal;

import dev.meridian.identity.CurrentUser;
import dev.meridian.identity.Users;
import dev.meridian.issues.IssueKey;
import dev.meridian.issues.IssueView;
import dev.meridian.issues.TimeTracking;
import dev.meridian.projects.ProjectAccess;
import dev.meridian.projects.ProjectRef;
import dev.meridian.projects.ProjectSchemes;
import dev.meridian.projects.Role;
import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * Copies of an issue as Jira's Clone makes them: what the work is (type, priority, description, labels, components,
 * versions, points, due date, original estimate), where it sits (parent or epic) and who has it (assignee while still
 * assignable, reporter), in the workflow's first status, with no work logged, comments or files. Callers hold the
 * transaction.
 */
@Component
public class IssueCloner {

    static final String PREFIX = "CLONE - ";

    private final IssueEditor editor;
    private final IssueRows rows;
    private final IssueReads reads;
    private final WatcherStore watchers;
    private final IssueEvents events;
    private final ProjectAccess access;
    private final ProjectSchemes schemes;
    private final Users users;
    private final Clock clock;

    IssueCloner(IssueEditor editor, IssueRows rows, IssueReads reads, WatcherStore watchers, IssueEvents events,
            ProjectAccess access, ProjectSchemes schemes, Users users, Clock clock) {
        this.editor = editor;
        this.rows = rows;
        this.reads = reads;
        this.watchers = watchers;
        this.events = events;
        this.access = access;
        this.schemes = schemes;
        this.users = users;
        this.clock = clock;
    }

    /**
     * The clone of the issue, named {@code summary} (Jira's "CLONE - " and the original's when null), its sub-tasks
     * cloned under it when asked. 404 when {@code by} cannot see the issue, 403 when they cannot change its project.
     */
    public IssueView copy(IssueKey key, String summary, boolean withSubtasks, CurrentUser by) {
        ProjectRef project = editor.editable(key, by);
        var original = editor.lock(key);
        var lookup = new Lookup(schemes.scheme(project), users);
        var name = FieldRules.summary(summary == null ? cloneName(original.summary()) : summary, lookup);
        lookup.throwIfAny();
        long firstStatus = lookup.scheme().workflow().initial().id();
        long clone = insert(original, name, original.parentId(), firstStatus, project, by);
        if (withSubtasks) {
            for (var subtask : rows.subtaskIds(original.id())) {
                var row = rows.find(subtask).orElseThrow();
                insert(row, row.summary(), clone, firstStatus, project, by);
            }
        }
        return reads.view(clone).orElseThrow();
    }

    /** "CLONE - " and the summary, cut to the longest a summary may be. */
    static String cloneName(String summary) {
        var name = PREFIX + summary;
        return name.length() <= FieldRules.SUMMARY_MAX ? name : name.substring(0, FieldRules.SUMMARY_MAX);
    }

    private long insert(IssueRow from, String summary, Long parentId, long status, ProjectRef project, CurrentUser by) {
        var now = Instant.now(clock);
        int number = rows.reserveNumbers(project.id(), 1);
        Long assignee = from.assigneeId() != null && access.roleOf(project.id(), from.assigneeId()).map(Role::canEdit).orElse(false) ? from.assigneeId() : null;
        Long estimate = from.time().originalEstimateSeconds();
        var row = new IssueRow(0, project.id(), number, project.key() + "-" + number, null, from.typeId(), status,
                from.priorityId(), null, summary, from.description(), assignee, from.reporterId(), by.id(), parentId,
                from.labels(), from.storyPoints(), from.dueDate(), now, now, null, 1, from.componentIds(),
                from.fixVersionIds(), from.affectsVersionIds(), new TimeTracking(estimate, estimate, null));
        long id = rows.insert(row);
        watchers.watch(id, by.id());
        if (from.reporterId() != null && from.reporterId() != by.id()) {
            watchers.watch(id, from.reporterId());
        }
        events.issue("issue.created", reads.view(id).orElseThrow(), by.id());
        return id;
    }
}
