package dev.meridian.issues;

import dev.meridian.identity.CurrentUser;
import dev.meridian.issues.internal.IssueEditor;
import dev.meridian.issues.internal.IssueEvents;
import dev.meridian.issues.internal.IssueRow;
import dev.meridian.issues.internal.WorklogStore;
import dev.meridian.platform.ForbiddenException;
import dev.meridian.platform.InvalidInputException;
import dev.meridian.platform.NotFoundException;
import dev.meridian.projects.ProjectAccess;
import dev.meridian.projects.ProjectRef;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Work logged on issues. Members log work, its authors and project admins edit or delete it; each of these is a change
 * of the issue: its time spent and remaining estimate (adjusted as the caller chose, automatically by default, as in
 * Jira), history and updated time, and a change event.
 */
@Service
public class Worklogs {

    private final IssueEditor issues;
    private final WorklogStore store;
    private final IssueEvents events;
    private final ProjectAccess access;
    private final Clock clock;

    Worklogs(IssueEditor issues, WorklogStore store, IssueEvents events, ProjectAccess access, Clock clock) {
        this.issues = issues;
        this.store = store;
        this.events = events;
        this.access = access;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<WorklogView> list(String key, CurrentUser user) {
        return store.list(issues.visible(IssueKey.parse(key), user).id());
    }

    @Transactional
    public WorklogView add(String key, NewWorklog work, AdjustEstimate estimate, CurrentUser by) {
        var issueKey = IssueKey.parse(key);
        var project = access.requireEdit(access.browse(issues.visible(issueKey, by).projectId(), by));
        long seconds = seconds(work);
        var adjust = estimate.whenLogging();
        var issue = issues.lock(issueKey);
        var now = Instant.now(clock);
        long id = store.insert(issue.id(), by.id(), started(work, now), seconds, comment(work.comment()), now);
        store.recordChange(issue.id(), by.id(), now, issue.time(), adjust.apply(issue.time(), seconds));
        var view = store.find(issue.id(), id).orElseThrow();
        events.other("worklog.added", "worklog", String.valueOf(id), project.key(), by.id(), view);
        return view;
    }

    @Transactional
    public WorklogView edit(String key, long worklogId, NewWorklog work, AdjustEstimate estimate, CurrentUser by) {
        var issueKey = IssueKey.parse(key);
        var before = owned(issueKey, worklogId, by);
        long seconds = seconds(work);
        var adjust = estimate.whenEditing();
        var issue = issues.lock(issueKey);
        var now = Instant.now(clock);
        store.update(worklogId, started(work, before.started()), seconds, comment(work.comment()), now);
        store.recordChange(issue.id(), by.id(), now, issue.time(), adjust.apply(issue.time(), seconds - before.timeSpentSeconds()));
        var view = store.find(issue.id(), worklogId).orElseThrow();
        events.other("worklog.updated", "worklog", String.valueOf(worklogId), IssueKey.parse(issue.key()).project(), by.id(), view);
        return view;
    }

    @Transactional
    public void delete(String key, long worklogId, AdjustEstimate estimate, CurrentUser by) {
        var issueKey = IssueKey.parse(key);
        var worklog = owned(issueKey, worklogId, by);
        var adjust = estimate.whenDeleting();
        IssueRow issue = issues.lock(issueKey);
        store.delete(worklogId);
        var after = adjust.apply(issue.time(), -worklog.timeSpentSeconds());
        store.recordChange(issue.id(), by.id(), Instant.now(clock), issue.time(), after);
        events.other("worklog.deleted", "worklog", String.valueOf(worklogId), IssueKey.parse(issue.key()).project(), by.id(),
                Map.of("id", worklogId, "issueKey", worklog.issueKey(), "timeSpentSeconds", worklog.timeSpentSeconds(),
                        "deleted", true));
    }

    private WorklogView owned(IssueKey key, long worklogId, CurrentUser by) {
        var issue = issues.visible(key, by);
        var worklog = store.find(issue.id(), worklogId).orElseThrow(() -> new NotFoundException("Worklog", worklogId));
        ProjectRef project = access.requireEdit(access.browse(issue.projectId(), by));
        if (worklog.author().id() != by.id() && !project.callerRole().canAdminister()) {
            throw new ForbiddenException("Only the person who logged this work or an admin of " + project.key() + " can change it");
        }
        return worklog;
    }

    private static long seconds(NewWorklog work) {
        if (work.timeSpentSeconds() != null) {
            if (work.timeSpentSeconds() < 60) {
                throw new InvalidInputException("timeSpentSeconds", "log at least a minute (60 seconds)");
            }
            return work.timeSpentSeconds();
        }
        if (work.timeSpent() == null || work.timeSpent().isBlank()) {
            throw new InvalidInputException("timeSpent", "say how long you worked. " + WorkDuration.HINT);
        }
        var seconds = WorkDuration.parse(work.timeSpent());
        if (seconds.isEmpty()) {
            throw new InvalidInputException("timeSpent", WorkDuration.notADuration(work.timeSpent()));
        }
        if (seconds.getAsLong() < 60) {
            throw new InvalidInputException("timeSpent", "log at least a minute (1m)");
        }
        return seconds.getAsLong();
    }

    private static Instant started(NewWorklog work, Instant otherwise) {
        return work.started() == null ? otherwise : work.started();
    }

    private static String comment(String comment) {
        if (comment == null || comment.isBlank()) {
            return null;
        }
        if (comment.getBytes(StandardCharsets.UTF_8).length > 64 * 1024) {
            throw new InvalidInputException("comment", "must be at most 64 KiB");
        }
        return comment.strip();
    }
}
