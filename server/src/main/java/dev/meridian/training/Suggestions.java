package dev.meridian.training;

import java.util.List;

/** What the active model suggests for a draft: field values with confidences, and possible duplicates. */
public record Suggestions(String projectKey, String modelVersion, List<FieldSuggestion> fields,
        List<ScoredIssue> possibleDuplicates) {
}
