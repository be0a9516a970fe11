package dev.meridian.issues;

import dev.meridian.identity.UserRef;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The compact shape of issue lists and boards; {@code rank} orders a board column (and the backlog), top first;
 * {@code epicKey}/{@code epicSummary}: its epic, the parent or for a sub-task the parent's parent (as board cards show it).
 */
public record IssueSummary(String key, String projectKey, String externalId, String type, String summary, String status,
        String statusCategory, String priority, String resolution, UserRef assignee, UserRef reporter, List<String> labels,
        BigDecimal storyPoints, LocalDate dueDate, String parentKey, Instant createdAt, Instant updatedAt,
        Instant resolvedAt, int version, String rank, TimeTracking timeTracking, String epicKey, String epicSummary) {
}
