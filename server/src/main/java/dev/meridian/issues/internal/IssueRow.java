package dev.meridian.issues.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import dev.meridian.issues.TimeTracking;

/** An issue's stored state, by id, as the write side changes it. */
public record IssueRow(long id, long projectId, int number, String key, String externalId, long typeId, long statusId,
        Long priorityId, Long resolutionId, String summary, String description, Long assigneeId, Long reporterId,
        Long creatorId, Long parentId, List<String> labels, BigDecimal storyPoints, LocalDate dueDate, Instant createdAt,
        Instant updatedAt, Instant resolvedAt, int version, Set<Long> componentIds, Set<Long> fixVersionIds,
        Set<Long> affectsVersionIds, TimeTracking time) {

    IssueRow withUpdatedAt(Instant at) {
        return new IssueRow(id, projectId, number, key, externalId, typeId, statusId, priorityId, resolutionId, summary,
                description, assigneeId, reporterId, creatorId, parentId, labels, storyPoints, dueDate, createdAt,
                at, resolvedAt, version, componentIds, fixVersionIds, affectsVersionIds, time);
    }

    IssueRow withStatus(long status, Long resolution, Instant resolved) {
        return new IssueRow(id, projectId, number, key, externalId, typeId, status, priorityId, resolution, summary,
                description, assigneeId, reporterId, creatorId, parentId, labels, storyPoints, dueDate, createdAt,
                updatedAt, resolved, version, componentIds, fixVersionIds, affectsVersionIds, time);
    }

    /**
     * The issue in another project: its number and key there, values of that project's scheme, and none of the old
     * project's components and versions.
     */
    IssueRow movedTo(long project, int newNumber, String newKey, long type, Long priority, Long resolution, Long assignee,
            Long parent) {
        return new IssueRow(id, project, newNumber, newKey, externalId, type, statusId, priority, resolution, summary,
                description, assignee, reporterId, creatorId, parent, labels, storyPoints, dueDate, createdAt,
                updatedAt, resolvedAt, version, Set.of(), Set.of(), Set.of(), time);
    }

    IssueRow withParent(Long parent) {
        return new IssueRow(id, projectId, number, key, externalId, typeId, statusId, priorityId, resolutionId, summary,
                description, assigneeId, reporterId, creatorId, parent, labels, storyPoints, dueDate, createdAt,
                updatedAt, resolvedAt, version, componentIds, fixVersionIds, affectsVersionIds, time);
    }
}
