package dev.meridian.projects;

/**
 * A status was left out of its project's workflow by the admin who saved it. Within the same transaction, before the
 * status is deleted: its issues, when it had any, must move to {@code movedToStatusId} (a status of the new workflow;
 * null when it had none), and whatever else refers to the status must let go of it.
 */
public record StatusRetired(ProjectRef project, long statusId, Long movedToStatusId, long byUserId) {
}
