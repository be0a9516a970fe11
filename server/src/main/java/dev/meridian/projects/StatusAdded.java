package dev.meridian.projects;

/**
 * A status joined its project's workflow, added by an admin saving the workflow or by an import bringing a status the
 * project lacked. Published within the same transaction, once the whole workflow is saved.
 */
public record StatusAdded(ProjectRef project, long statusId, long byUserId) {
}
