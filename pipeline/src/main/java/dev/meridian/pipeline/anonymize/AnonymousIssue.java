package dev.meridian.pipeline.anonymize;

import java.time.Instant;
import java.util.List;

/** An issue as it may be stored for training: people are pseudonyms, free text is redacted. */
public record AnonymousIssue(String key, String projectKey, String summary, String description, String type,
                             String status, String statusCategory, String priority, String resolution,
                             String assignee, String reporter, List<String> labels, List<String> components,
                             List<String> fixVersions, List<String> affectsVersions, Double storyPoints,
                             String dueDate, String parentKey, Instant createdAt, Instant updatedAt,
                             Instant resolvedAt) {
}
