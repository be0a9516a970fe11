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
        var changes = new ArrayList<FieldChange>();
        add(changes, "type", names.typeName(a.typeId()), names.typeName(b.typeId()), a.typeId(), b.typeId());
        add(changes, "summary", a.summary(), b.summary());
        add(changes, "description", a.description(), b.description());
        add(changes, "status", names.statusName(a.statusId()), names.statusName(b.statusId()), a.statusId(), b.statusId());
        add(changes, "priority", names.priorityName(a.priorityId()), names.priorityName(b.priorityId()), a.priorityId(), b.priorityId());
        add(changes, "resolution", names.resolutionName(a.resolutionId()), names.resolutionName(b.resolutionId()), a.resolutionId(), b.resolutionId());
        add(changes, "assignee", names.userName(a.assigneeId(), users), names.userName(b.assigneeId(), users), a.assigneeId(), b.assigneeId());
        add(changes, "reporter", names.userName(a.reporterId(), users), names.userName(b.reporterId(), users), a.reporterId(), b.reporterId());
        add(changes, "labels", Lookup.join(a.labels()), Lookup.join(b.labels()));
        add(changes, "components", names.componentNames(a.componentIds()), names.componentNames(b.componentIds()));
        add(changes, "fixVersions", names.versionNames(a.fixVersionIds()), names.versionNames(b.fixVersionIds()));
        add(changes, "affectsVersions", names.versionNames(a.affectsVersionIds()), names.versionNames(b.affectsVersionIds()));
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

    /** Ids decide, so that two users or statuses of the same name still make a change. */
    private static void add(List<FieldChange> changes, String field, String from, String to, Long fromId, Long toId) {
        if (!Objects.equals(fromId, toId)) {
            changes.add(new FieldChange(field, from, to, fromId, toId));
        }
    }
}
