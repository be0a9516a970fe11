package dev.meridian.projects;

/**
 * A status was left out of its project's workflow while issues were in it: within the same transaction, before the
 * status is deleted, its issues must move to {@code movedToStatusId} (a status of the new workflow), changed by the
 * admin who saved the workflow.
 */
public record StatusRetired(ProjectRef project, long statusId, long movedToStatusId, long byUserId) {
}
