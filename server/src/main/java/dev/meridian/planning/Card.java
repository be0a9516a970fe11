package dev.meridian.planning;

import dev.meridian.identity.UserRef;
import java.math.BigDecimal;

/**
 * An issue as boards and backlogs show it; {@code subtaskPoints}: the sum of its sub-tasks' estimates;
 * {@code estimateSeconds}: its remaining estimate, or the original one when none remains set (null without either).
 */
public record Card(long id, String key, String summary, String type, boolean subtask, String status, String statusCategory,
        String priority, UserRef assignee, BigDecimal storyPoints, BigDecimal subtaskPoints, String epicKey,
        String epicSummary, String parentKey, String rank, Long estimateSeconds) {
}
