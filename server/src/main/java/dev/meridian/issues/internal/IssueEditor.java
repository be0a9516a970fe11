package dev.meridian.issues.internal;

import dev.meridian.identity.CurrentUser;
import dev.meridian.identity.UserRef;
import dev.meridian.identity.Users;
import dev.meridian.issues.HistoryEntry;
import dev.meridian.issues.IssueColumn;
import dev.meridian.issues.IssueLanes;
import dev.meridian.issues.IssueKey;
import dev.meridian.issues.IssuePatch;
import dev.meridian.issues.IssueQuery;
import dev.meridian.issues.IssueSummary;
import dev.meridian.issues.IssueView;
import dev.meridian.issues.NewIssue;
import dev.meridian.issues.TimeTracking;
import dev.meridian.platform.ConflictException;
import dev.meridian.platform.ForbiddenException;
import dev.meridian.platform.InvalidInputException;
import dev.meridian.platform.NotFoundException;
import dev.meridian.platform.Page;
import dev.meridian.platform.PageRequest;
import dev.meridian.platform.SupportedDates;
import dev.meridian.projects.ProjectAccess;
import dev.meridian.projects.ProjectRef;
import dev.meridian.projects.ProjectSchemes;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/** The write rules of issues; callers hold the transaction. */
@Component
public class IssueEditor {

    private final IssueRows rows;
    private final IssueReads reads;
    private final HistoryStore history;
    private final WatcherStore watchers;
    private final IssueEvents events;
    private final ProjectAccess access;
    private final ProjectSchemes schemes;
    private final Users users;
    private final Clock clock;
    private final LaneReads lanes;
    private final AttachmentStore attachments;

    IssueEditor(IssueRows rows, IssueReads reads, HistoryStore history, WatcherStore watchers, IssueEvents events,
            ProjectAccess access, ProjectSchemes schemes, Users users, Clock clock, LaneReads lanes, AttachmentStore attachments) {
        this.rows = rows;
        this.reads = reads;
        this.history = history;
        this.watchers = watchers;
        this.events = events;
        this.access = access;
        this.schemes = schemes;
        this.users = users;
        this.clock = clock;
        this.lanes = lanes;
        this.attachments = attachments;
    }

    public IssueView create(NewIssue issue, CurrentUser by) {
        var project = access.edit(issue.project(), by);
        var lookup = new Lookup(schemes.scheme(project), users);
        var scheme = lookup.scheme();
        var summary = FieldRules.summary(issue.summary(), lookup);
        var description = FieldRules.description(issue.description(), lookup);
        var labels = FieldRules.labels(issue.labels(), lookup);
        var points = FieldRules.storyPoints(issue.storyPoints(), lookup);
        Long typeId = lookup.type(issue.type());
        Long priorityId = issue.priority() == null
                ? scheme.defaultPriority().map(p -> p.id()).orElse(null) : lookup.priority(issue.priority());
        Long assigneeId = assignee(project, lookup, issue.assignee());
        Long reporterId = issue.reporter() == null ? by.id() : lookup.user("reporter", issue.reporter());
        var components = lookup.components(issue.components());
        var fix = lookup.versions("fixVersions", issue.fixVersions(), Set.of());
        var affects = lookup.versions("affectsVersions", issue.affectsVersions(), Set.of());
        Long parentId = typeId == null ? null : parent(project, lookup, typeId, issue.parent(), null);
        var estimate = FieldRules.duration("originalEstimate", issue.originalEstimate(), lookup);
        lookup.throwIfAny();
        var now = Instant.now(clock);
        int number = rows.reserveNumbers(project.id(), 1);
        var key = project.key() + "-" + number;
        var row = new IssueRow(0, project.id(), number, key, null, typeId, scheme.workflow().initial().id(), priorityId,
                null, summary, description, assigneeId, reporterId, by.id(), parentId, labels, points,
                SupportedDates.require("dueDate", issue.dueDate()), now,
                now, null, 1, components, fix, affects, new TimeTracking(estimate, estimate, null));
        long id = rows.insert(row);
        watchers.watch(id, by.id());
        if (reporterId != null && reporterId != by.id()) {
            watchers.watch(id, reporterId);
        }
        var view = reads.view(id).orElseThrow();
        events.issue("issue.created", view, by.id());
        return view;
    }

    public IssueView get(IssueKey key, CurrentUser user) {
        var row = visible(key, user);
        return forViewer(reads.view(row.id()).orElseThrow(), user);
    }

    /** A link to an issue of a project the viewer may not browse is left out: its key and summary are not theirs to see. */
    private IssueView forViewer(IssueView view, CurrentUser user) {
        if (user.siteAdmin() || view.links().isEmpty()) {
            return view;
        }
        var projects = access.browsable(user).stream().map(p -> p.key()).collect(java.util.stream.Collectors.toSet());
        var links = view.links().stream().filter(l -> projects.contains(IssueKey.parse(l.key()).project())).toList();
        return links.size() == view.links().size() ? view : view.withLinks(links);
    }

    public IssueView update(IssueKey key, IssuePatch patch, CurrentUser by) {
        var before = rows.lock(key.toString()).orElseThrow(() -> new NotFoundException("Issue", key));
        var project = access.requireEdit(projectOf(before, key, by));
        if (patch.version() != null && patch.version() != before.version()) {
            throw new ConflictException("Issue " + key + " was changed by someone else since version " + patch.version()
                    + " (now version " + before.version() + "); review the current state and apply your change again")
                    .with("current", forViewer(reads.view(before.id()).orElseThrow(), by));
        }
        var lookup = new Lookup(schemes.scheme(project), users);
        var after = IssuePatcher.apply(before, patch, lookup, this, project);
        lookup.throwIfAny();
        if (patch.has("status") && patch.status() == null) {
            lookup.reject("status", "an issue always has a status");
        }
        if (patch.has("status") || patch.has("resolution")) {
            Long status = patch.has("status") ? lookup.status(patch.status()) : Long.valueOf(before.statusId());
            Long resolution = patch.has("resolution") ? lookup.resolution(patch.resolution()) : null;
            lookup.throwIfAny();
            after = StatusMove.apply(after, lookup.scheme(), status, resolution, Instant.now(clock));
        }
        var changes = Diff.between(before, after, lookup, people(before, after), parentKeys(before, after));
        if (changes.isEmpty()) {
            return forViewer(reads.view(before.id()).orElseThrow(), by);
        }
        var now = Instant.now(clock);
        rows.update(after.withUpdatedAt(now), before);
        history.record(before.id(), by.id(), now, changes);
        var view = reads.view(before.id()).orElseThrow();
        events.issue("issue.updated", view, by.id());
        return forViewer(view, by);
    }

    /** Locks the issue for the rest of the transaction and returns it as it is now (labels, version). */
    public IssueRow lock(IssueKey key) {
        return rows.lock(key.toString()).orElseThrow(() -> new NotFoundException("Issue", key));
    }

    /** The issue's project if the user may change its issues: 404 when they cannot see it, 403 when they only view it. */
    public ProjectRef editable(IssueKey key, CurrentUser user) {
        var row = rows.find(key.toString()).orElseThrow(() -> new NotFoundException("Issue", key));
        return access.requireEdit(projectOf(row, key, user));
    }

    public void delete(IssueKey key, CurrentUser by) {
        var row = rows.lock(key.toString()).orElseThrow(() -> new NotFoundException("Issue", key));
        deletable(row, key, by, "delete");
        for (var subtask : rows.subtaskIds(row.id())) {
            var view = reads.view(subtask).orElseThrow();
            var watching = watchers.ids(subtask);
            attachments.forgetIssue(subtask);
            rows.delete(subtask);
            events.deleted(view, watching, by.id());
        }
        var view = reads.view(row.id()).orElseThrow();
        var watching = watchers.ids(row.id());
        attachments.forgetIssue(row.id());
        rows.delete(row.id());
        events.deleted(view, watching, by.id());
    }

    /**
     * The issue's project if the user may take the issue out of it ({@code doing}: "delete", "move"), as Jira's Delete
     * Issues permission: its admins and the member who reported it. 404 when they cannot see it, 403 otherwise.
     */
    ProjectRef deletable(IssueRow row, IssueKey askedAs, CurrentUser by, String doing) {
        var project = access.requireEdit(projectOf(row, askedAs, by));
        if (!project.callerRole().canAdminister() && !Objects.equals(row.reporterId(), by.id())) {
            throw new ForbiddenException("Only the reporter of " + row.key() + " or an admin of " + project.key() + " can " + doing + " it");
        }
        return project;
    }

    public Page<IssueSummary> list(IssueQuery query, PageRequest page, CurrentUser user, Users people) {
        var visible = query.project() == null || query.project().isBlank()
                ? access.browsable(user).stream().map(ProjectRef::id).toList()
                : List.of(access.browse(query.project(), user).id());
        return reads.list(visible, filter(query, user, people), page);
    }

    public List<IssueColumn> columns(IssueQuery query, int size, Map<String, Integer> sizes, CurrentUser user, Users people) {
        return reads.columns(board(query, user).id(), filter(query, user, people), size, sizes);
    }

    /** {@code sizes}: cards wanted for some cells, by lane id and lower-case status name. */
    public IssueLanes lanes(IssueQuery query, boolean byEpic, int size, Map<String, Map<String, Integer>> sizes, CurrentUser user, Users people) {
        return lanes.lanes(board(query, user).id(), filter(query, user, people), byEpic, size, sizes);
    }

    private ProjectRef board(IssueQuery query, CurrentUser user) {
        if (query.project() == null || query.project().isBlank()) {
            throw new InvalidInputException("project", "name the project whose board to read");
        }
        return access.browse(query.project(), user);
    }

    /** The query's filters with its assignee ("me", an email or "unassigned") resolved to a user id. */
    private static IssueReads.Filter filter(IssueQuery query, CurrentUser user, Users people) {
        var assignee = query.assignee();
        boolean unassigned = "unassigned".equalsIgnoreCase(assignee);
        Long assigneeId = null;
        if (assignee != null && !assignee.isBlank() && !unassigned) {
            assigneeId = "me".equalsIgnoreCase(assignee) ? user.id() : people.findByEmail(assignee).map(UserRef::id).orElse(-1L);
        }
        return new IssueReads.Filter(blankToNull(query.status()), assigneeId, unassigned, blankToNull(query.externalId()),
                blankToNull(query.text()), blankToNull(query.type()), blankToNull(query.label()));
    }

    public List<HistoryEntry> history(IssueKey key, CurrentUser user) {
        return history.list(visible(key, user).id());
    }

    /** The issue if the user may see it; otherwise the same 404 as for an issue that does not exist. */
    public IssueRow visible(IssueKey key, CurrentUser user) {
        var row = rows.find(key.toString()).orElseThrow(() -> new NotFoundException("Issue", key));
        projectOf(row, key, user);
        return row;
    }

    /** The issue with this id if the user may see it; otherwise the same 404 as for an id that names no issue. */
    public IssueRow visible(long id, CurrentUser user) {
        var row = rows.find(id).orElseThrow(() -> new NotFoundException("Issue", id));
        projectOf(row, id, user);
        return row;
    }

    /** The ids of those of the keys that name an issue, by key. */
    public Map<String, Long> ids(Collection<String> keys) {
        return rows.ids(keys);
    }

    /**
     * The issue's project as the user sees it; an issue in a project they cannot see does not exist for them (under the
     * key or id it was asked for by).
     */
    private ProjectRef projectOf(IssueRow row, Object key, CurrentUser user) {
        try {
            return access.browse(row.projectId(), user);
        } catch (NotFoundException e) {
            throw new NotFoundException("Issue", key);
        }
    }

    Long assignee(ProjectRef project, Lookup lookup, String email) {
        var id = lookup.user("assignee", email);
        if (id == null) {
            return null;
        }
        var role = access.roleOf(project.id(), id);
        if (role.isEmpty()) {
            lookup.reject("assignee", email + " is not a member of " + project.key() + " and cannot be assigned its issues");
        } else if (!role.get().canEdit()) {
            var name = users.findById(id).map(UserRef::displayName).orElse(email);
            lookup.reject("assignee", name + " is a viewer of " + project.key() + " and cannot be assigned issues");
        }
        return id;
    }

    /** Epics hold standard issues, standard issues hold sub-tasks; a sub-task must have a parent. */
    Long parent(ProjectRef project, Lookup lookup, long typeId, String parentKey, Long selfId) {
        int level = lookup.typeLevel(typeId);
        if (parentKey == null || parentKey.isBlank()) {
            if (level < 0) {
                lookup.reject("parent", "a " + lookup.typeName(typeId) + " needs a parent issue");
            }
            return null;
        }
        var parent = rows.find(parentKey.trim().toUpperCase()).orElse(null);
        if (parent == null || parent.projectId() != project.id()) {
            lookup.reject("parent", "no issue " + parentKey + " in " + project.key());
            return null;
        }
        if (Objects.equals(parent.id(), selfId)) {
            lookup.reject("parent", "an issue cannot be its own parent");
            return null;
        }
        int parentLevel = lookup.typeLevel(parent.typeId());
        if (parentLevel != level + 1) {
            lookup.reject("parent", "a " + lookup.typeName(typeId) + " cannot be under a " + lookup.typeName(parent.typeId())
                    + " (epics hold issues, issues hold sub-tasks)");
            return null;
        }
        return parent.id();
    }

    String parentKey(long parentId) {
        return rows.find(parentId).map(IssueRow::key).orElse(null);
    }

    /** What moving the issue to another project changed, in the words of each project's scheme. */
    List<FieldChange> changesAcross(IssueRow before, IssueRow after, Lookup from, Lookup to) {
        return Diff.across(before, after, from, to, people(before, after), parentKeys(before, after));
    }

    private Map<Long, UserRef> people(IssueRow a, IssueRow b) {
        var ids = new HashSet<Long>();
        Stream.of(a.assigneeId(), b.assigneeId(), a.reporterId(), b.reporterId()).filter(Objects::nonNull).forEach(ids::add);
        return users.byIds(ids);
    }

    private Map<Long, String> parentKeys(IssueRow a, IssueRow b) {
        var keys = new HashMap<Long, String>();
        Stream.of(a.parentId(), b.parentId()).filter(Objects::nonNull).distinct()
                .forEach(id -> rows.find(id).ifPresent(r -> keys.put(id, r.key())));
        return keys;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    public List<IssueSummary> summaries(List<Long> ids) {
        return reads.summaries(ids);
    }

    /** Summaries by issue id; ids that name no issue are left out. */
    public Map<Long, IssueSummary> summariesById(List<Long> ids) {
        return reads.summariesById(ids);
    }
}
