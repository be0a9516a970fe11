package dev.meridian.issues;

import java.util.List;

/** The people an issue concerns, by user id: its assignee and reporter (null when none) and its watchers. */
public record IssuePeople(String key, String summary, Long assigneeId, Long reporterId, List<Long> watcherIds) {
}
