package dev.meridian.issues.internal;

import dev.meridian.identity.UserRef;
import dev.meridian.issues.TimeTracking;
import dev.meridian.issues.WorkDuration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** What changed between two states of an issue, field by field, in the words a person reads. */
final class Diff {

    private Diff() {
    }

    static List<FieldChange> between(IssueRow a, IssueRow b, Lookup names, Map<Long, UserRef> users, Map<Long, String> issueKeys) {
        return across(a, b, names, names, users, issueKeys);
    }

    /**
     * As {@link #between}, for an issue moved to another project whose scheme ({@code to}) names b's values. There a type,
     * status, priority or resolution of the same name is no change, though another project's has another id.
     */
    static List<FieldChange> across(IssueRow a, IssueRow b, Lookup from, Lookup to, Map<Long, UserRef> users,
            Map<Long, String> issueKeys) {
        var changes = new ArrayList<FieldChange>();
        boolean byId = from == to;
        add(changes, byId, "type", from.typeName(a.typeId()), to.typeName(b.typeId()), a.typeId(), b.typeId());
        add(changes, "summary", a.summary(), b.summary());
        add(changes, "description", a.description(), b.description());
        add(changes, byId, "status", from.statusName(a.statusId()), to.statusName(b.statusId()), a.statusId(), b.statusId());
        add(changes, byId, "priority", from.priorityName(a.priorityId()), to.priorityName(b.priorityId()), a.priorityId(), b.priorityId());
        add(changes, byId, "resolution", from.resolutionName(a.resolutionId()), to.resolutionName(b.resolutionId()), a.resolutionId(), b.resolutionId());
        add(changes, true, "assignee", from.userName(a.assigneeId(), users), to.userName(b.assigneeId(), users), a.assigneeId(), b.assigneeId());
        add(changes, true, "reporter", from.userName(a.reporterId(), users), to.userName(b.reporterId(), users), a.reporterId(), b.reporterId());
        add(changes, "labels", Lookup.join(a.labels()), Lookup.join(b.labels()));
        add(changes, "components", from.componentNames(a.componentIds()), to.componentNames(b.componentIds()));
        add(changes, "fixVersions", from.versionNames(a.fixVersionIds()), to.versionNames(b.fixVersionIds()));
        add(changes, "affectsVersions", from.versionNames(a.affectsVersionIds()), to.versionNames(b.affectsVersionIds()));
        add(changes, "storyPoints", plain(a.storyPoints()), plain(b.storyPoints()));
        add(changes, "dueDate", Objects.toString(a.dueDate(), null), Objects.toString(b.dueDate(), null));
        add(changes, "parent", a.parentId() == null ? null : issueKeys.get(a.parentId()),
                b.parentId() == null ? null : issueKeys.get(b.parentId()));
        changes.addAll(time(a.time(), b.time()));
        return changes;
    }

    /** Estimates and time spent as Jira writes durations ("1w 2d"), so history reads like the panel. */
    static List<FieldChange> time(TimeTracking a, TimeTracking b) {
        var changes = new ArrayList<FieldChange>();
        add(changes, "originalEstimate", WorkDuration.formatOrNull(a.originalEstimateSeconds()),
                WorkDuration.formatOrNull(b.originalEstimateSeconds()));
        add(changes, "remainingEstimate", WorkDuration.formatOrNull(a.remainingEstimateSeconds()),
                WorkDuration.formatOrNull(b.remainingEstimateSeconds()));
        add(changes, "timeSpent", WorkDuration.formatOrNull(a.timeSpentSeconds()), WorkDuration.formatOrNull(b.timeSpentSeconds()));
        return changes;
    }

    private static String plain(java.math.BigDecimal n) {
        return n == null ? null : n.stripTrailingZeros().toPlainString();
    }

    private static void add(List<FieldChange> changes, String field, String from, String to) {
        if (!Objects.equals(from, to)) {
            changes.add(new FieldChange(field, from, to));
        }
    }

    /** Ids decide ({@code byId}), so that two users or statuses of the same name still make a change. */
    private static void add(List<FieldChange> changes, boolean byId, String field, String from, String to, Long fromId, Long toId) {
        if (byId ? !Objects.equals(fromId, toId) : !Objects.equals(from, to)) {
            changes.add(new FieldChange(field, from, to, fromId, toId));
        }
    }
}
