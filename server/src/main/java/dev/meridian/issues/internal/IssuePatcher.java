package dev.meridian.issues.internal;

import dev.meridian.platform.SupportedDates;
import dev.meridian.issues.IssuePatch;
import dev.meridian.issues.TimeTracking;
import dev.meridian.projects.ProjectRef;

/** Applies the non-workflow fields of a patch to a row; unknown names are collected in the lookup. */
final class IssuePatcher {

    private IssuePatcher() {
    }

    static IssueRow apply(IssueRow r, IssuePatch p, Lookup lookup, IssueEditor editor, ProjectRef project) {
        long typeId = r.typeId();
        if (p.has("type")) {
            if (p.type() == null) {
                lookup.reject("type", "an issue always has a type");
            } else {
                var t = lookup.type(p.type());
                typeId = t == null ? typeId : t;
            }
        }
        var summary = p.has("summary") ? FieldRules.summary(p.summary(), lookup) : r.summary();
        var description = p.has("description") ? FieldRules.description(p.description(), lookup) : r.description();
        var priority = p.has("priority") ? lookup.priority(p.priority()) : r.priorityId();
        var assignee = p.has("assignee") ? editor.assignee(project, lookup, p.assignee()) : r.assigneeId();
        var reporter = p.has("reporter") ? lookup.user("reporter", p.reporter()) : r.reporterId();
        var labels = p.has("labels") ? FieldRules.labels(p.labels(), lookup) : r.labels();
        var components = p.has("components") ? lookup.components(p.components()) : r.componentIds();
        var fix = p.has("fixVersions") ? lookup.versions("fixVersions", p.fixVersions(), r.fixVersionIds()) : r.fixVersionIds();
        var affects = p.has("affectsVersions") ? lookup.versions("affectsVersions", p.affectsVersions(), r.affectsVersionIds()) : r.affectsVersionIds();
        var points = p.has("storyPoints") ? FieldRules.storyPoints(p.storyPoints(), lookup) : r.storyPoints();
        var due = p.has("dueDate") ? SupportedDates.require("dueDate", p.dueDate()) : r.dueDate();
        var parent = p.has("parent") || p.has("type") ? editor.parent(project, lookup, typeId,
                p.has("parent") ? p.parent() : keyOfParent(r, editor), r.id()) : r.parentId();
        var time = estimates(r.time(), p, lookup);
        return new IssueRow(r.id(), r.projectId(), r.number(), r.key(), r.externalId(), typeId, r.statusId(), priority,
                r.resolutionId(), summary, description, assignee, reporter, r.creatorId(), parent, labels, points, due,
                r.createdAt(), r.updatedAt(), r.resolvedAt(), r.version(), components, fix, affects, time);
    }

    /** Setting an original estimate on an issue with no remaining one starts the remaining at it, as Jira does. */
    private static TimeTracking estimates(TimeTracking t, IssuePatch p, Lookup lookup) {
        var original = p.has("originalEstimate") ? FieldRules.duration("originalEstimate", p.originalEstimate(), lookup)
                : t.originalEstimateSeconds();
        var remaining = p.has("remainingEstimate") ? FieldRules.duration("remainingEstimate", p.remainingEstimate(), lookup)
                : t.remainingEstimateSeconds();
        if (p.has("originalEstimate") && !p.has("remainingEstimate") && remaining == null) {
            remaining = original;
        }
        return t.withEstimates(original, remaining);
    }

    private static String keyOfParent(IssueRow r, IssueEditor editor) {
        return r.parentId() == null ? null : editor.parentKey(r.parentId());
    }
}
