package dev.meridian.planning;

import dev.meridian.events.ChangeEvent;
import dev.meridian.events.ChangeEvents;
import dev.meridian.identity.CurrentUser;
import dev.meridian.issues.IssueHistory;
import dev.meridian.planning.internal.SprintStore;
import dev.meridian.platform.ConflictException;
import dev.meridian.platform.InvalidInputException;
import dev.meridian.platform.NotFoundException;
import dev.meridian.projects.ProjectAccess;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sprints of a scrum board: created in the future, planned (issues added and removed), started with dates, and
 * completed, when unfinished issues go to the backlog or to another sprint. Each change of an issue's sprint is kept
 * in its history (field {@value #FIELD}, with sprint ids) so that reports can replay it.
 */
@Service
public class Sprints {

    public static final String FIELD = "Sprint";
    private static final Duration DEFAULT_LENGTH = Duration.ofDays(14);
    /** Long enough for a few sentences; a longer goal is a document, and pushed the sprint's buttons off screen. */
    static final int MAX_GOAL = 1000;

    private final SprintStore store;
    private final Boards boards;
    private final ProjectAccess access;
    private final IssueHistory history;
    private final ChangeEvents events;
    private final Clock clock;

    Sprints(SprintStore store, Boards boards, ProjectAccess access, IssueHistory history, ChangeEvents events, Clock clock) {
        this.store = store;
        this.boards = boards;
        this.access = access;
        this.history = history;
        this.events = events;
        this.clock = clock;
    }

    /** {@code moveTo}: "backlog", "next" (the board's next future sprint, created if there is none) or a sprint id. */
    public record Completion(String moveTo) {
    }

    @Transactional(readOnly = true)
    public SprintView get(long id, CurrentUser user) {
        var sprint = store.find(id).orElseThrow(() -> new NotFoundException("Sprint", id));
        visibleBoard(sprint, user);
        return sprint;
    }

    @Transactional(readOnly = true)
    public List<SprintView> ofBoard(long boardId, boolean includeClosed, CurrentUser user) {
        boards.visible(boardId, user);
        return store.ofBoard(boardId, includeClosed);
    }

    @Transactional(readOnly = true)
    public SprintView active(long boardId) {
        return store.ofBoard(boardId, false).stream().filter(s -> s.state().equals("active")).findFirst().orElse(null);
    }

    @Transactional
    public SprintView create(long boardId, String name, String goal, Instant start, Instant end, CurrentUser user) {
        var board = boards.visible(boardId, user);
        access.requireEdit(access.browse(board.projectId(), user));
        if (!board.kind().equals("scrum")) {
            throw new InvalidInputException("boardId", "board " + boardId + " is a kanban board; sprints belong to scrum boards");
        }
        checkDates(start, end);
        var sprintName = name == null || name.isBlank() ? board.name() + " Sprint " + (store.ofBoard(boardId, true).size() + 1) : name(name);
        long id = store.insert(boardId, board.projectId(), sprintName, goal(goal), start, end, Instant.now(clock));
        return recorded("sprint.created", id, user);
    }

    @Transactional
    public SprintView update(long id, String name, String goal, Instant start, Instant end, CurrentUser user) {
        var sprint = editable(id, user);
        if (sprint.state().equals("closed")) {
            throw new ConflictException("Sprint '" + sprint.name() + "' is completed and can no longer be changed");
        }
        var s = start != null ? start : sprint.startDate();
        var e = end != null ? end : sprint.endDate();
        checkDates(s, e);
        store.update(id, name == null ? sprint.name() : name(name), goal == null ? sprint.goal() : goal(goal), s, e);
        return recorded("sprint.updated", id, user);
    }

    /**
     * Adds issues (taking them out of any other open sprint) and removes others (back to the backlog), in a few
     * statements whatever their number. Sub-tasks follow their parent, as in Jira: they move with it and cannot be
     * planned on their own. Every sprint that gained or lost issues records its new contents in the outbox.
     */
    @Transactional
    public SprintView plan(long id, List<String> add, List<String> remove, CurrentUser user) {
        var sprint = editable(id, user);
        if (sprint.state().equals("closed")) {
            throw new ConflictException("Sprint '" + sprint.name() + "' is completed; plan the next one instead");
        }
        long projectId = store.projectId(id);
        var now = Instant.now(clock);
        var adding = keys(add);
        var added = store.members(adding);
        missing(adding, added.size(), "add");
        for (var issue : added) {
            if (issue.projectId() != projectId) {
                throw new InvalidInputException("add", issue.key() + " is not in " + sprint.projectKey() + ", the project of this sprint");
            }
            if (issue.subtask() && issue.parentId() != null) {
                throw new InvalidInputException("add", issue.key() + " is a sub-task: it is in the sprint of its parent "
                        + issue.parentKey() + "; plan " + issue.parentKey() + " instead");
            }
        }
        var moving = withSubtasks(added).stream().filter(issue -> !Objects.equals(issue.openSprintId(), id)).toList();
        store.moveInto(id, moving.stream().map(SprintStore.Member::id).toList());
        history.recordAll(user.id(), now, FIELD, moving.stream().map(issue -> new IssueHistory.Entry(issue.id(),
                issue.openSprintName(), sprint.name(), issue.openSprintId(), id)).toList());

        var removing = keys(remove);
        var removed = store.members(removing).stream().filter(issue -> Objects.equals(issue.openSprintId(), id)).toList();
        var removedIds = removed.stream().map(SprintStore.Member::id).collect(Collectors.toSet());
        for (var issue : removed) {
            if (issue.subtask() && !removedIds.contains(issue.parentId()) && inSprint(issue.parentId(), id)) {
                throw new InvalidInputException("remove", issue.key() + " is a sub-task: it stays in the sprint of its parent "
                        + issue.parentKey() + "; remove " + issue.parentKey() + " instead");
            }
        }
        var leaving = withSubtasks(removed).stream().filter(issue -> Objects.equals(issue.openSprintId(), id)).toList();
        store.removeAll(id, leaving.stream().map(SprintStore.Member::id).toList());
        history.recordAll(user.id(), now, FIELD, leaving.stream().map(issue -> new IssueHistory.Entry(issue.id(), sprint.name(),
                null, id, null)).toList());

        moving.stream().map(SprintStore.Member::openSprintId).filter(Objects::nonNull).distinct()
                .forEach(source -> recorded("sprint.planned", source, user));
        return recorded("sprint.planned", id, user);
    }

    /** The issues and the sub-tasks of those that have any, each once. */
    private List<SprintStore.Member> withSubtasks(List<SprintStore.Member> issues) {
        var parents = issues.stream().filter(issue -> !issue.subtask()).map(SprintStore.Member::id).toList();
        if (parents.isEmpty()) {
            return issues;
        }
        var all = new java.util.LinkedHashMap<Long, SprintStore.Member>();
        issues.forEach(issue -> all.put(issue.id(), issue));
        store.subtasksOf(parents).forEach(issue -> all.putIfAbsent(issue.id(), issue));
        return List.copyOf(all.values());
    }

    private boolean inSprint(Long issueId, long sprintId) {
        return issueId != null && store.contains(sprintId, issueId);
    }

    /** {@code name}, {@code goal}: null keeps the sprint's own, as Jira's Start dialog shows them for editing. */
    @Transactional
    public SprintView start(long id, String name, String goal, Instant start, Instant end, CurrentUser user) {
        var sprint = editable(id, user);
        if (!sprint.state().equals("future")) {
            throw new ConflictException("Sprint '" + sprint.name() + "' is " + sprint.state() + "; only a future sprint can be started");
        }
        var active = active(sprint.boardId());
        if (active != null) {
            throw new ConflictException("Sprint '" + active.name() + "' is still active on this board; complete it first");
        }
        var now = Instant.now(clock);
        var s = start != null ? start : sprint.startDate() != null ? sprint.startDate() : now;
        var e = end != null ? end : sprint.endDate() != null ? sprint.endDate() : s.plus(DEFAULT_LENGTH);
        checkDates(s, e);
        if (name != null || goal != null) {
            store.update(id, name == null ? sprint.name() : name(name), goal == null ? sprint.goal() : goal(goal), s, e);
        }
        store.start(id, s, e, now);
        return recorded("sprint.started", id, user);
    }

    /** Closes the sprint; done issues stay in it, the others move as the caller chose, each move kept in history. */
    @Transactional
    public SprintView complete(long id, Completion completion, CurrentUser user) {
        var sprint = editable(id, user);
        if (!sprint.state().equals("active")) {
            throw new ConflictException("Sprint '" + sprint.name() + "' is " + sprint.state() + "; only the active sprint can be completed");
        }
        var target = target(sprint, completion == null ? null : completion.moveTo(), user);
        var now = Instant.now(clock);
        var members = store.membersOf(id);
        var unfinished = members.stream().filter(issue -> !issue.done() && !issue.subtask()).map(SprintStore.Member::id)
                .collect(Collectors.toSet());
        var memberIds = members.stream().map(SprintStore.Member::id).collect(Collectors.toSet());
        // A sub-task goes where its parent goes; one whose parent is not in the sprint goes by its own status.
        var leaving = members.stream().filter(issue -> issue.subtask() && memberIds.contains(issue.parentId())
                ? unfinished.contains(issue.parentId()) : !issue.done()).toList();
        if (target != null) {
            store.addAll(target.id(), leaving.stream().map(SprintStore.Member::id).toList());
        }
        history.recordAll(user.id(), now, FIELD, leaving.stream().map(issue -> new IssueHistory.Entry(issue.id(), sprint.name(),
                target == null ? null : target.name(), id, target == null ? null : target.id())).toList());
        store.complete(id, now);
        if (target != null) {
            recorded("sprint.planned", target.id(), user);
        }
        return recorded("sprint.completed", id, user);
    }

    @Transactional
    public void delete(long id, CurrentUser user) {
        var sprint = editable(id, user);
        if (!sprint.state().equals("future")) {
            throw new ConflictException("Sprint '" + sprint.name() + "' has started; complete it instead of deleting it");
        }
        history.recordAll(user.id(), Instant.now(clock), FIELD, store.membersOf(id).stream()
                .map(issue -> new IssueHistory.Entry(issue.id(), sprint.name(), null, id, null)).toList());
        store.delete(id);
        events.record(new ChangeEvent("sprint.deleted", "sprint", String.valueOf(id), sprint.projectKey(), user.id(),
                new java.util.LinkedHashMap<>(java.util.Map.of("id", id, "name", sprint.name(), "deleted", true))));
    }

    private SprintView target(SprintView sprint, String moveTo, CurrentUser user) {
        if (moveTo == null || moveTo.isBlank() || moveTo.equalsIgnoreCase("backlog")) {
            return null;
        }
        if (moveTo.equalsIgnoreCase("next")) {
            return store.ofBoard(sprint.boardId(), false).stream().filter(s -> s.state().equals("future")).findFirst()
                    .orElseGet(() -> get(create(sprint.boardId(), null, null, null, null, user).id(), user));
        }
        long targetId;
        try {
            targetId = Long.parseLong(moveTo.trim());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("moveTo", "must be \"backlog\", \"next\" or the id of a future sprint of this board");
        }
        var target = store.find(targetId).filter(s -> s.boardId() == sprint.boardId() && s.state().equals("future"))
                .orElseThrow(() -> new InvalidInputException("moveTo", "sprint " + targetId + " is not a future sprint of this board"));
        return target;
    }

    private SprintView editable(long id, CurrentUser user) {
        var sprint = store.lock(id).orElseThrow(() -> new NotFoundException("Sprint", id));
        var board = visibleBoard(sprint, user);
        access.requireEdit(access.browse(board.projectId(), user));
        return sprint;
    }

    private dev.meridian.planning.internal.BoardStore.Row visibleBoard(SprintView sprint, CurrentUser user) {
        try {
            return boards.visible(sprint.boardId(), user);
        } catch (NotFoundException hidden) {
            throw new NotFoundException("Sprint", sprint.id());
        }
    }

    private SprintView recorded(String type, long id, CurrentUser user) {
        var view = store.find(id).orElseThrow();
        events.record(new ChangeEvent(type, "sprint", String.valueOf(id), view.projectKey(), user.id(), view));
        return view;
    }

    private static List<String> keys(List<String> keys) {
        return keys == null ? List.of() : keys.stream().filter(Objects::nonNull).map(k -> k.trim().toUpperCase(java.util.Locale.ROOT)).distinct().toList();
    }

    private static void missing(List<String> keys, int found, String field) {
        if (found < keys.size()) {
            throw new InvalidInputException(field, "some of " + keys + " do not exist");
        }
    }

    private static void checkDates(Instant start, Instant end) {
        if (start != null && end != null && !end.isAfter(start)) {
            throw new InvalidInputException("endDate", "a sprint must end after it starts");
        }
    }

    /** A blank goal clears it, as an emptied field in Jira's dialogs does. */
    private static String goal(String goal) {
        if (goal == null || goal.isBlank()) {
            return null;
        }
        var trimmed = goal.trim();
        if (trimmed.length() > MAX_GOAL) {
            throw new InvalidInputException("goal", "a sprint goal can be at most 1,000 characters; this one has "
                    + String.format(java.util.Locale.ROOT, "%,d", trimmed.length()) + ": shorten it or link a page that says more");
        }
        return trimmed;
    }

    private static String name(String name) {
        if (name.isBlank() || name.length() > 255) {
            throw new InvalidInputException("name", "a sprint needs a name of 1 to 255 characters");
        }
        return name.trim();
    }
}
