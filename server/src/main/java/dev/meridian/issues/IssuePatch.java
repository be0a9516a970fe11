package dev.meridian.issues;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A partial update: only the fields named in {@code present} change; a present field whose value is null is cleared.
 * {@code version} is the version the client last saw. Estimates are Jira's duration text ("3w 2d 4h 30m").
 */
public record IssuePatch(Set<String> present, Integer version, String type, String summary, String description,
        String status, String priority, String resolution, String assignee, String reporter, List<String> labels,
        List<String> components, List<String> fixVersions, List<String> affectsVersions, BigDecimal storyPoints,
        LocalDate dueDate, String parent, String originalEstimate, String remainingEstimate) {

    public boolean has(String field) {
        return present.contains(field);
    }
}
