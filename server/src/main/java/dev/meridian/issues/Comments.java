package dev.meridian.issues;

import java.util.Map;
import dev.meridian.identity.CurrentUser;
import dev.meridian.issues.internal.CommentStore;
import dev.meridian.issues.internal.IssueEditor;
import dev.meridian.issues.internal.IssueEvents;
import dev.meridian.issues.internal.WatcherStore;
import dev.meridian.platform.ForbiddenException;
import dev.meridian.platform.InvalidInputException;
import dev.meridian.platform.NotFoundException;
import dev.meridian.projects.ProjectAccess;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Markdown comments on issues; their authors and project admins may edit or delete them. */
@Service
public class Comments {

    private final IssueEditor issues;
    private final CommentStore store;
    private final WatcherStore watchers;
    private final IssueEvents events;
    private final ProjectAccess access;
    private final Clock clock;

    Comments(IssueEditor issues, CommentStore store, WatcherStore watchers, IssueEvents events, ProjectAccess access, Clock clock) {
        this.issues = issues;
        this.store = store;
        this.watchers = watchers;
        this.events = events;
        this.access = access;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<CommentView> list(String key, CurrentUser user) {
        return store.list(issues.visible(IssueKey.parse(key), user).id());
    }

    @Transactional
    public CommentView add(String key, String body, CurrentUser by) {
        var issue = issues.visible(IssueKey.parse(key), by);
        access.requireEdit(access.browse(issue.projectId(), by));
        long id = store.insert(issue.id(), by.id(), checked(body), Instant.now(clock));
        watchers.watch(issue.id(), by.id());
        var view = store.find(issue.id(), id).orElseThrow();
        events.other("comment.added", "comment", String.valueOf(id), IssueKey.parse(issue.key()).project(), by.id(), view);
        return view;
    }

    @Transactional
    public CommentView edit(String key, long commentId, String body, CurrentUser by) {
        var issue = issues.visible(IssueKey.parse(key), by);
        var comment = owned(issue.projectId(), issue.id(), commentId, by);
        store.update(comment.id(), checked(body), Instant.now(clock));
        var view = store.find(issue.id(), commentId).orElseThrow();
        events.other("comment.updated", "comment", String.valueOf(commentId), IssueKey.parse(issue.key()).project(), by.id(), view);
        return view;
    }

    @Transactional
    public void delete(String key, long commentId, CurrentUser by) {
        var issue = issues.visible(IssueKey.parse(key), by);
        var comment = owned(issue.projectId(), issue.id(), commentId, by);
        store.delete(commentId);
        events.other("comment.deleted", "comment", String.valueOf(commentId), IssueKey.parse(issue.key()).project(), by.id(),
                Map.of("id", commentId, "issueKey", comment.issueKey(), "deleted", true));
    }

    private CommentView owned(long projectId, long issueId, long commentId, CurrentUser by) {
        var comment = store.find(issueId, commentId).orElseThrow(() -> new NotFoundException("Comment", commentId));
        var project = access.requireEdit(access.browse(projectId, by));
        if (comment.author().id() != by.id() && !project.callerRole().canAdminister()) {
            throw new ForbiddenException("Only the author of a comment or a project admin can change it");
        }
        return comment;
    }

    private static String checked(String body) {
        if (body == null || body.isBlank()) {
            throw new InvalidInputException("body", "a comment needs some text");
        }
        if (body.getBytes(StandardCharsets.UTF_8).length > 64 * 1024) {
            throw new InvalidInputException("body", "must be at most 64 KiB");
        }
        return body;
    }
}
