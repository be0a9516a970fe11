package dev.meridian.pipeline.event;

import java.time.Instant;
import java.util.List;

/** An issue after the change; {@code deleted} is true for the last image of a deleted issue. */
public record IssueImage(String key, String projectKey, String externalId, String summary, String description,
                         String type, String status, String statusCategory, String priority, String resolution,
                         Person assignee, Person reporter, List<String> labels, List<String> components,
                         List<String> fixVersions, List<String> affectsVersions, Double storyPoints, String dueDate,
                         String parentKey, Instant createdAt, Instant updatedAt, Instant resolvedAt, Long version,
                         boolean deleted, List<LinkImage> links) {

    public IssueImage {
        labels = labels == null ? List.of() : labels;
        components = components == null ? List.of() : components;
        fixVersions = fixVersions == null ? List.of() : fixVersions;
        affectsVersions = affectsVersions == null ? List.of() : affectsVersions;
        links = links == null ? List.of() : links;
    }
}
