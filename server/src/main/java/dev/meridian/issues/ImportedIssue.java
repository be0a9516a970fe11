package dev.meridian.issues;

import java.time.Instant;
import java.util.List;

/** One issue from another tracker, with values by name as that tracker had them; already checked by the importer. */
public record ImportedIssue(String externalId, String type, String summary, String description, String status,
        String priority, String resolution, String assignee, String reporter, List<String> labels, List<String> components,
        List<String> affectsVersions, List<String> fixVersions, Instant createdAt, Instant updatedAt, Instant resolvedAt) {
}
