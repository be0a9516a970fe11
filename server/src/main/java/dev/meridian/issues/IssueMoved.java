package dev.meridian.issues;

import java.util.List;

/**
 * An issue was moved to another project, with its sub-tasks ({@code issueIds}: all of them, the issue first), by the
 * given user. Published within the move's transaction, so that what other modules keep of the issue in its old
 * project (its place in the old project's sprints) goes with it.
 */
public record IssueMoved(String fromKey, String toKey, long fromProjectId, long toProjectId, List<Long> issueIds, long byUserId) {
}
