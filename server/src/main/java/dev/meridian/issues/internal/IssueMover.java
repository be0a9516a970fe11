package dev.meridian.issues.internal;

import dev.meridian.identity.CurrentUser;
import dev.meridian.identity.Users;
import dev.meridian.issues.IssueKey;
import dev.meridian.issues.IssueMoved;
import dev.meridian.issues.IssueView;
import dev.meridian.platform.ConflictException;
import dev.meridian.platform.ForbiddenException;
import dev.meridian.platform.InvalidInputException;
import dev.meridian.platform.NotFoundException;
import dev.meridian.projects.ProjectAccess;
import dev.meridian.projects.ProjectRef;
import dev.meridian.projects.ProjectSchemes;
import dev.meridian.projects.Role;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Moves an issue, with its sub-tasks, to another project as Jira's Move does: each takes the project's next key (the
 * old one keeps finding it), its type and status mapped into the project's scheme, its components and versions (the
 * old project's) dropped, and so are an assignee who cannot be assigned there and an epic of the old project.
 * Comments, files, links, watchers and work logged stay; history records the move. Callers hold the transaction.
 */
@Component
public class IssueMover {

    private final IssueEditor editor;
    private final IssueRows rows;
    private final IssueReads reads;
    private final HistoryStore history;
    private final CommentStore comments;
    private final IssueEvents events;
    private final ProjectAccess access;
    private final ProjectSchemes schemes;
    private final Users users;
    private final Clock clock;
    private final ApplicationEventPublisher moduleEvents;

    IssueMover(IssueEditor editor, IssueRows rows, IssueReads reads, HistoryStore history, CommentStore comments,
            IssueEvents events, ProjectAccess access, ProjectSchemes schemes, Users users, Clock clock,
            ApplicationEventPublisher moduleEvents) {
        this.editor = editor;
        this.rows = rows;
        this.reads = reads;
        this.history = history;
        this.comments = comments;
        this.events = events;
        this.access = access;
        this.schemes = schemes;
        this.users = users;
        this.clock = clock;
        this.moduleEvents = moduleEvents;
    }

    /** {@code types}, {@code statuses}: old name to the target's, for those the target lacks. Answers the moved issue. */
    public IssueView move(IssueKey key, String projectKey, Map<String, String> types, Map<String, String> statuses, CurrentUser by) {
        var issue = editor.lock(key);
        var source = editor.deletable(issue, key, by, "move");
        var from = new Lookup(schemes.scheme(source), users);
        if (issue.parentId() != null && from.typeLevel(issue.typeId()) < 0) {
            throw new ConflictException(subtaskAlone(issue));
        }
        var target = target(projectKey, source, by);
        var to = new Lookup(schemes.scheme(target), users);
        var children = rows.lockChildren(issue.id());
        boolean epic = from.typeLevel(issue.typeId()) > 0;
        var moving = new ArrayList<IssueRow>(List.of(issue));
        if (!epic) {
            moving.addAll(children);
        }
        var mapping = new MoveMapping(from, to, types, statuses);
        moving.forEach(row -> {
            mapping.type(row.typeId());
            mapping.status(row.statusId());
        });
        to.throwIfAny();

        var before = moving.stream().map(row -> reads.view(row.id()).orElseThrow()).toList();
        var now = Instant.now(clock);
        int number = rows.reserveNumbers(target.id(), moving.size());
        if (epic) {
            children.forEach(child -> leaveEpic(child, from, by, now));
        }
        for (var row : moving) {
            Long parent = row == issue ? null : issue.id();
            relocate(row, target, number++, parent, from, to, mapping, by, now);
        }
        for (int i = 0; i < moving.size(); i++) {
            var after = reads.view(moving.get(i).id()).orElseThrow();
            events.moved(before.get(i), after, comments.list(after.id()), by.id());
        }
        var moved = reads.view(issue.id()).orElseThrow();
        moduleEvents.publishEvent(new IssueMoved(issue.key(), moved.key(), source.id(), target.id(),
                moving.stream().map(IssueRow::id).toList(), by.id()));
        return editor.get(IssueKey.parse(moved.key()), by);
    }

    /** Why a sub-task is not moved on its own, as in Jira. */
    String subtaskAlone(IssueRow subtask) {
        var parent = editor.parentKey(subtask.parentId());
        return subtask.key() + " is a sub-task: it moves with its parent " + parent + "; move " + parent + " instead";
    }

    /** The project to move to: one the caller can see, not the issue's own, where they may create issues. */
    ProjectRef target(String projectKey, ProjectRef source, CurrentUser by) {
        if (projectKey == null || projectKey.isBlank()) {
            throw new InvalidInputException("project", "choose the project to move the issue to");
        }
        ProjectRef target;
        try {
            target = access.browse(projectKey, by);
        } catch (NotFoundException e) {
            throw new InvalidInputException("project", "there is no project '" + projectKey.trim() + "' you are a member of; choose one of yours");
        }
        if (target.id() == source.id()) {
            throw new InvalidInputException("project", "the issue is already in " + source.key() + "; choose another project");
        }
        if (!target.callerRole().canEdit()) {
            throw new ForbiddenException("Viewers of " + target.key() + " cannot create issues in it, so cannot move issues to it; "
                    + "ask an admin of " + target.key() + " for the member role");
        }
        return target;
    }

    private void relocate(IssueRow before, ProjectRef target, int number, Long parent, Lookup from, Lookup to,
            MoveMapping mapping, CurrentUser by, Instant now) {
        var key = target.key() + "-" + number;
        Long assignee = before.assigneeId() != null
                && access.roleOf(target.id(), before.assigneeId()).map(Role::canEdit).orElse(false) ? before.assigneeId() : null;
        Long resolution = mapping.resolution(before.resolutionId());
        var moved = before.movedTo(target.id(), number, key, mapping.type(before.typeId()), mapping.priority(before.priorityId()),
                resolution, assignee, parent);
        var after = StatusMove.enter(moved, to.scheme(), mapping.status(before.statusId()), resolution, now).withUpdatedAt(now);
        var changes = new ArrayList<FieldChange>();
        changes.add(new FieldChange("project", from.scheme().project().name(), target.name(), before.projectId(), target.id()));
        changes.add(new FieldChange("key", before.key(), key));
        changes.addAll(editor.changesAcross(before, after, from, to));
        rows.relocate(before.id(), target.id(), number, key, before.key());
        rows.update(after, before);
        history.record(before.id(), by.id(), now, changes);
    }

    /** An epic's issues stay in their project, which the epic leaves: they are no longer under it. */
    private void leaveEpic(IssueRow child, Lookup scheme, CurrentUser by, Instant now) {
        var after = child.withParent(null).withUpdatedAt(now);
        rows.update(after, child);
        history.record(child.id(), by.id(), now, editor.changesAcross(child, after, scheme, scheme));
        events.issue("issue.updated", reads.view(child.id()).orElseThrow(), by.id());
    }
}
